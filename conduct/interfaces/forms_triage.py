"""Forms of the conduct team's pages."""

from django import forms
from django.conf import settings
from django.utils.translation import gettext_lazy as _

from wetheinternet.accounts.enums import OrganisationRole
from wetheinternet.accounts.models import User
from wetheinternet.core.input import EmailAddressField, WholeNumberField

from ..domain.participants import find_participant
from ..enums import AcceptanceMethod, CaseState, LadderStep, LimitedActivity

AGE_CHOICES = [("", _("Any age")), ("1", _("Less than a day")), ("7", _("Less than a week")), ("30", _("Less than a month")),
               ("older", _("Older than a month"))]


class QueueFilterForm(forms.Form):
    state = forms.ChoiceField(label=_("State"), choices=[("", _("Open cases")), ("all", _("All"))] + list(CaseState.choices),
                              required=False)
    urgency = forms.ChoiceField(label=_("Urgency"), choices=[("", _("Any")), ("urgent", _("Urgent only"))], required=False)
    dialogue = forms.ModelChoiceField(label=_("Dialogue"), queryset=None, required=False, empty_label=_("Any dialogue"))
    site = forms.ModelChoiceField(label=_("Site"), queryset=None, required=False, empty_label=_("Any site"))
    age = forms.ChoiceField(label=_("Received"), choices=AGE_CHOICES, required=False)

    def __init__(self, *args, dialogues, sites, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["dialogue"].queryset = dialogues
        self.fields["site"].queryset = sites


class MoveForm(forms.Form):
    to_state = forms.ChoiceField(choices=CaseState.choices)


class AssignForm(forms.Form):
    handler = forms.ModelChoiceField(label=_("Handler"), queryset=None)

    def __init__(self, *args, incident, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["handler"].queryset = (
            User.objects.filter(role_assignments__role__in=[OrganisationRole.CONDUCT_HANDLER, OrganisationRole.RESPONSE_LEAD])
            .exclude(conduct_recusals__incident=incident)
            .exclude(conduct_assignments__incident=incident)
            .distinct()
        )


class RecuseForm(forms.Form):
    handler = forms.ModelChoiceField(label=_("Who recuses"), queryset=None)

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["handler"].queryset = User.objects.filter(
            role_assignments__role__in=[OrganisationRole.CONDUCT_HANDLER, OrganisationRole.RESPONSE_LEAD]
        ).distinct()


class NoteForm(forms.Form):
    body = forms.CharField(label=_("Internal note"), widget=forms.Textarea(attrs={"rows": 3}), max_length=10000)


class DecisionForm(forms.Form):
    step = forms.ChoiceField(label=_("Step of the ladder"), choices=LadderStep.choices, widget=forms.RadioSelect)
    subject_email = EmailAddressField(
        label=_("Account concerned (e-mail address, optional)"), required=False,
        help_text=_("For a suspension or ban, this account cannot sign in until the end date."),
    )
    subject_reference = forms.CharField(
        label=_("Participant concerned (registration reference code, optional)"), required=False, max_length=20,
        help_text=_("A banned or suspended participant is flagged at check-in."),
    )
    limited_activity = forms.ChoiceField(label=_("Limited activity"), choices=[("", "—")] + list(LimitedActivity.choices),
                                         required=False)
    ends_at = forms.DateTimeField(
        label=_("Until (UTC)"), required=False, widget=forms.DateTimeInput(attrs={"type": "datetime-local"}),
        help_text=_("Required except for a permanent ban."),
    )
    repair_step = forms.CharField(label=_("Repair step"), widget=forms.Textarea(attrs={"rows": 3}), max_length=5000)
    message = forms.CharField(label=_("Message to the people concerned"), widget=forms.Textarea(attrs={"rows": 4}),
                              max_length=10000)

    def clean_subject_email(self):
        email = self.cleaned_data["subject_email"].strip().lower()
        if not email:
            return None
        user = User.objects.filter(email=email).first()
        if user is None:
            raise forms.ValidationError(_("No account has this e-mail address."))
        return user

    def clean_subject_reference(self):
        code = self.cleaned_data["subject_reference"].strip()
        if not code:
            return None
        participant = find_participant(code)
        if participant is None:
            raise forms.ValidationError(_("No participant has this reference code."))
        return participant


class DecisionEndForm(forms.Form):
    ends_at = forms.DateTimeField(label=_("New end (UTC)"), widget=forms.DateTimeInput(attrs={"type": "datetime-local"}))


class SiteAcceptanceForm(forms.Form):
    reference_code = forms.CharField(label=_("Participant's reference code"), max_length=20,
                                     widget=forms.TextInput(attrs={"autocomplete": "off"}))
    method = forms.ChoiceField(
        label=_("How"), choices=[(AcceptanceMethod.AT_SITE, AcceptanceMethod.AT_SITE.label),
                                 (AcceptanceMethod.PAPER, AcceptanceMethod.PAPER.label)],
    )

    def __init__(self, *args, site, **kwargs):
        kwargs.setdefault("auto_id", f"%s-{site.pk}")  # one form per site on the contact's page
        super().__init__(*args, **kwargs)
        self.site = site

    def clean_reference_code(self):
        participant = find_participant(self.cleaned_data["reference_code"].strip(), site=self.site)
        if participant is None:
            raise forms.ValidationError(_("No participant of this site has this reference code."))
        return participant


class PresentationForm(forms.Form):
    people_present = WholeNumberField(label=_("People present"), min_value=0, required=False)

    def __init__(self, *args, site=None, **kwargs):
        if site is not None:  # one form per site on the contact's page
            kwargs.setdefault("auto_id", f"%s-{site.pk}")
        super().__init__(*args, **kwargs)


class WhatWeHeardForm(forms.Form):
    """The short public summary of a consultation, one text per interface language."""

    def __init__(self, *args, version, **kwargs):
        super().__init__(*args, **kwargs)
        for code, name in settings.LANGUAGES:
            field = f"what_we_heard_{code}"
            self.fields[field] = forms.CharField(
                label=name, required=False, max_length=10000, initial=getattr(version, field) or "",
                widget=forms.Textarea(attrs={"rows": 6, "lang": code}),
            )
