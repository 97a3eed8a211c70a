"""Forms for sites, their agenda and their tables."""

import datetime as dt
import re
import zoneinfo

from django import forms
from django.utils import formats
from django.utils.translation import gettext_lazy as _

from wetheinternet.core.input import EmailAddressField, WholeNumberField

from ..enums import DayMode, SiteMode

# BCP 47 language tags as people type them: "fr", "tn", "pt-br", "zh-hant".
LANGUAGE_TAG = re.compile(r"^[a-z]{2,3}(-[a-z0-9]{2,8})*$")


class SiteForm(forms.Form):
    name = forms.CharField(label=_("Name"), max_length=200)
    mode = forms.ChoiceField(label=_("Format"), choices=SiteMode.choices)
    country = forms.ChoiceField(label=_("Country"))
    city = forms.CharField(label=_("City"), max_length=120, required=False)
    street_address = forms.CharField(
        label=_("Street address"), max_length=300, required=False, widget=forms.Textarea(attrs={"rows": 2}),
        help_text=_("As a participant would write it on an envelope. Shown on their slip and page."),
    )
    directions = forms.CharField(
        label=_("Directions"), max_length=1000, required=False, widget=forms.Textarea(attrs={"rows": 3}),
        help_text=_("How to get there without a map: transport, entrance, floor, landmarks."),
    )
    time_zone = forms.CharField(
        label=_("Time zone"), max_length=64,
        help_text=_("An IANA name such as Europe/Paris, America/Argentina/Buenos_Aires or Pacific/Fiji."),
        widget=forms.TextInput(attrs={"list": "time-zones", "autocomplete": "off"}),
    )
    local_date = forms.DateField(
        label=_("First day at this site"), required=False,
        help_text=_("Leave empty for the dialogue's first day. Add more days on the site's page."),
        widget=forms.DateInput(attrs={"type": "date"}),
    )
    local_start_time = forms.TimeField(
        label=_("Local start time"), initial="09:00", widget=forms.TimeInput(attrs={"type": "time"}, format="%H:%M")
    )
    languages = forms.CharField(
        label=_("Languages"), max_length=100, help_text=_("Language codes separated by commas, for example: fr, en.")
    )
    capacity = WholeNumberField(label=_("Capacity (people)"), min_value=1, max_value=5000, initial=100)
    registration_target = WholeNumberField(
        label=_("Registration target"), min_value=1, max_value=100000, required=False,
        help_text=_("How many registrations you aim for at this site (more than the places, to draw a panel "
                    "from). Empty: the capacity."),
    )
    accessibility_notes = forms.CharField(
        label=_("Accessibility"), required=False, widget=forms.Textarea(attrs={"rows": 3})
    )
    meeting_link = forms.URLField(label=_("Online meeting link"), required=False, assume_scheme="https")
    is_media_site = forms.BooleanField(label=_("Media present (photographs)"), required=False)
    conduct_contact_email = EmailAddressField(
        label=_("Conduct contact's e-mail"), required=False,
        help_text=_("The person who presents the code of conduct at this site. Invited if new."),
    )

    def __init__(self, *args, partner, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["country"].choices = [(c.code, c.name) for c in partner.countries]
        self.fields["country"].error_messages["invalid_choice"] = _(
            "%(partner)s does not cover this country. Choose one of your countries."
        ) % {"partner": partner.name}

    def clean_time_zone(self):
        value = self.cleaned_data["time_zone"].strip()
        if value not in zoneinfo.available_timezones():
            raise forms.ValidationError(
                _("“%(value)s” is not a known time zone. Use a name such as Europe/Paris or Pacific/Fiji."),
                params={"value": value},
            )
        return value

    def clean_languages(self):
        codes = [code.strip().lower() for code in self.cleaned_data["languages"].split(",") if code.strip()]
        unknown = [code for code in codes if not LANGUAGE_TAG.match(code)]
        if unknown or not codes:
            raise forms.ValidationError(
                _("Not a language code: %(codes)s. Use codes such as fr, sw or pt-br."), params={"codes": ", ".join(unknown)}
            )
        return codes


class ShiftAgendaForm(forms.Form):
    minutes = forms.IntegerField(
        label=_("Move every item by (minutes)"), min_value=-720, max_value=720,
        help_text=_("Negative numbers move the day earlier."),
    )


class SiteDayForm(forms.Form):
    date = forms.DateField(label=_("Date"), widget=forms.DateInput(attrs={"type": "date"}))
    mode = forms.ChoiceField(label=_("Format"), choices=DayMode.choices)
    start_time = forms.TimeField(
        label=_("Local start time"), initial="09:00", widget=forms.TimeInput(attrs={"type": "time"}, format="%H:%M")
    )
    meeting_link = forms.URLField(
        label=_("Online meeting link"), required=False, assume_scheme="https",
        help_text=_("Shown only to this site's people, never on public pages."),
    )


class AgendaTimesForm(forms.Form):
    """A day, a start and an end time (local) for each of a site's scheduled items."""

    def __init__(self, *args, items, zone, days, **kwargs):
        super().__init__(*args, **kwargs)
        self.items = items
        choices = [(day.date.isoformat(), formats.date_format(day.date, "DATE_FORMAT")) for day in days]
        for item in items:
            local_start, local_end = item.starts_at.astimezone(zone), item.ends_at.astimezone(zone)
            self.fields[f"day_{item.pk}"] = forms.TypedChoiceField(
                label=_("Day of “%(title)s”") % {"title": item.title}, choices=choices,
                coerce=dt.date.fromisoformat, initial=local_start.date().isoformat(),
            )
            self.fields[f"start_{item.pk}"] = forms.TimeField(
                label=_("Start of “%(title)s”") % {"title": item.title}, initial=local_start.strftime("%H:%M"),
                widget=forms.TimeInput(attrs={"type": "time"}, format="%H:%M"),
            )
            self.fields[f"end_{item.pk}"] = forms.TimeField(
                label=_("End of “%(title)s”") % {"title": item.title}, initial=local_end.strftime("%H:%M"),
                widget=forms.TimeInput(attrs={"type": "time"}, format="%H:%M"),
            )

    def rows(self):
        return [(item, self[f"day_{item.pk}"], self[f"start_{item.pk}"], self[f"end_{item.pk}"]) for item in self.items]

    def local_times(self):
        return {
            item.pk: (self.cleaned_data[f"day_{item.pk}"], self.cleaned_data[f"start_{item.pk}"], self.cleaned_data[f"end_{item.pk}"])
            for item in self.items
        }


class BulkTablesForm(forms.Form):
    count = WholeNumberField(label=_("Number of tables"), min_value=1, max_value=200, initial=12)
    capacity = WholeNumberField(label=_("Seats per table"), initial=6, help_text=_("5 to 8 is usual."))
    language = forms.CharField(label=_("Language"), max_length=10)


class TableForm(forms.Form):
    capacity = WholeNumberField(label=_("Seats"))
    language = forms.CharField(label=_("Language"), max_length=10)
    facilitator_email = EmailAddressField(label=_("Facilitator's e-mail"), required=False)
    note_taker_email = EmailAddressField(label=_("Note taker's e-mail"), required=False)
