"""Forms of the public pages: the consultation, the incident report, the receipt lookup."""

import datetime as dt

from django import forms
from django.utils import formats, timezone
from django.utils.html import format_html
from django.utils.translation import gettext_lazy as _
from django.utils.translation import ngettext

from dialogues.models import Site
from wetheinternet.core.input import EmailAddressField

from ..domain.reports import MAX_DESCRIPTION, MAX_SHORT_TEXT
from ..enums import ChangeKind, Familiarity, PlaceKind, ReporterRelation, ReportKind

TEXT_AREA = forms.Textarea(attrs={"rows": 4})


def _weekday_and_time(moment):
    return f"{formats.date_format(moment, 'l')} {formats.date_format(moment, 'DATETIME_FORMAT')}"


class WorkingSessionChoiceField(forms.ModelChoiceField):
    """A session's title, start (UTC; js/local-time.js adds the reader's local time) and length."""

    def label_from_instance(self, obj):
        return format_html(
            '{}: <time datetime="{}" data-local-time data-local-label="{}">{} UTC</time> ({})',
            obj.title, obj.starts_at.isoformat(), _("your time"),
            _weekday_and_time(obj.starts_at.astimezone(dt.UTC)),
            ngettext("%(minutes)d minute", "%(minutes)d minutes", obj.duration_minutes) % {"minutes": obj.duration_minutes},
        )


class ConsultationForm(forms.Form):
    familiarity = forms.TypedChoiceField(
        label=_("How familiar are you with the current code of conduct?"),
        choices=Familiarity.choices, coerce=int, widget=forms.RadioSelect,
    )
    works_well = forms.CharField(label=_("What works well in the draft?"), required=False, widget=TEXT_AREA, max_length=5000)
    missing_or_unclear = forms.CharField(
        label=_("What is missing or unclear?"), required=False, widget=TEXT_AREA, max_length=5000
    )
    change_kind = forms.ChoiceField(
        label=_("Should something be added, removed or rethought?"),
        choices=[("", _("Nothing"))] + list(ChangeKind.choices), required=False, widget=forms.RadioSelect,
    )
    change_suggestion = forms.CharField(
        label=_("Your concrete suggestion"), required=False, widget=TEXT_AREA, max_length=5000,
        help_text=_("For example the sentence you would add, or what you would write instead."),
    )
    working_session = WorkingSessionChoiceField(
        label=_("Would you join a working session on the draft?"), queryset=None, required=False,
        empty_label=_("No, thank you"), blank=True, widget=forms.RadioSelect,
        help_text=_("Times are in UTC; with JavaScript on, your local time is shown beside them."),
    )
    name = forms.CharField(label=_("Your name (only if you join a session)"), required=False, max_length=200)
    email = EmailAddressField(label=_("Your e-mail address (only if you join a session)"), required=False)
    other_question = forms.CharField(label=_("Any other question?"), required=False, widget=TEXT_AREA, max_length=5000)

    def __init__(self, *args, version, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["working_session"].queryset = version.working_sessions.filter(starts_at__gt=timezone.now())

    def clean(self):
        data = super().clean()
        if data.get("working_session"):
            if not data.get("name", "").strip():
                self.add_error("name", _("To join a working session, give your name."))
            if not data.get("email", "").strip() and "email" not in self.errors:
                self.add_error("email", _("To join a working session, give your e-mail address."))
        if data.get("change_kind") and not data.get("change_suggestion", "").strip():
            self.add_error("change_suggestion", _("Please give a concrete suggestion."))
        return data


class SiteChoiceField(forms.ModelChoiceField):
    def label_from_instance(self, obj):
        return f"{obj.name} ({obj.city}, {obj.country.name})" if obj.city else f"{obj.name} ({obj.country.name})"


class IncidentReportForm(forms.Form):
    kind = forms.ChoiceField(label=_("What are you reporting?"), choices=ReportKind.choices, initial=ReportKind.INCIDENT,
                             widget=forms.RadioSelect)
    related_receipt_code = forms.CharField(
        label=_("Reference of the decision (from the message you received) or your receipt code"), required=False,
        max_length=60, help_text=_("Only if you are writing about a decision, for example C-42."),
    )
    description = forms.CharField(label=_("What happened?"), widget=forms.Textarea(attrs={"rows": 8}), max_length=MAX_DESCRIPTION)
    happened_when = forms.CharField(
        label=_("When did it happen?"), max_length=200, help_text=_("A date and time, or as close as you remember.")
    )
    place_kind = forms.ChoiceField(label=_("Where did it happen?"), choices=PlaceKind.choices, widget=forms.RadioSelect)
    site = SiteChoiceField(label=_("Which site?"), queryset=Site.objects.none(), required=False,
                           help_text=_("Only if it happened at a dialogue site."))
    place_detail = forms.CharField(
        label=_("More about the place"), required=False, max_length=MAX_SHORT_TEXT,
        help_text=_("For example the room, the online session or the chat group."),
    )
    people_involved = forms.CharField(
        label=_("People involved (optional)"), required=False, widget=TEXT_AREA, max_length=5000,
        help_text=_("Names or descriptions, if you wish. You do not have to name anyone."),
    )
    relation = forms.ChoiceField(label=_("Did it happen to you, or did you observe it?"), choices=ReporterRelation.choices,
                                 widget=forms.RadioSelect)
    is_urgent = forms.BooleanField(
        label=_("This is urgent: someone is in danger or in distress"), required=False,
        help_text=_("The Response Lead and the site's conduct contact are told at once. In immediate danger, also call the local emergency number."),
    )
    share_with_site_contact = forms.BooleanField(
        label=_("The site's conduct contact may read this report"), required=False, initial=True,
        help_text=_("Untick if the conduct contact is involved: then only the conduct team reads it."),
    )
    contact = forms.CharField(
        label=_("How can we reach you? (optional)"), required=False, max_length=MAX_SHORT_TEXT,
        help_text=_("An e-mail address or phone number. Without it the report is anonymous; keep your receipt code to follow it."),
    )

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["site"].queryset = Site.objects.select_related("partner").order_by("country", "name")

    def clean(self):
        data = super().clean()
        if data.get("place_kind") == PlaceKind.SITE and not data.get("site"):
            self.add_error("site", _("Choose the site where it happened."))
        return data


class ReceiptLookupForm(forms.Form):
    code = forms.CharField(label=_("Your receipt code"), max_length=60,
                           help_text=_("Six groups of four letters and digits, for example ABCD-EFGH-…"))


class PartnerAcceptanceForm(forms.Form):
    accept = forms.BooleanField(
        label=_("I accept the code of conduct on behalf of my organisation and will share it with our team."),
        error_messages={"required": _("Tick the box to accept the code of conduct.")},
    )
