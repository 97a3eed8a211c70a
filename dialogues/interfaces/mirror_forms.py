"""The self-service sign-up for a mirror dialogue and staff's actions on one."""

from django import forms
from django.conf import settings
from django.utils.translation import gettext_lazy as _
from django_countries import countries

from wetheinternet.core.input import EmailAddressField

from ..models.mirrors import MOST_EXPECTED_PARTICIPANTS


class MirrorSignupForm(forms.Form):
    organisation = forms.CharField(label=_("Organisation or group"), max_length=200)
    country = forms.ChoiceField(label=_("Country"), choices=[("", "---------"), *countries])
    expected_participants = forms.IntegerField(
        label=_("Expected participants"),
        min_value=1,
        max_value=MOST_EXPECTED_PARTICIPANTS,
    )
    first_day = forms.DateField(label=_("First day"), widget=forms.DateInput(attrs={"type": "date"}))
    last_day = forms.DateField(
        label=_("Last day"),
        required=False,
        help_text=_("Leave empty for a one-day dialogue."),
        widget=forms.DateInput(attrs={"type": "date"}),
    )
    full_name = forms.CharField(label=_("Your full name"), max_length=200)
    email = EmailAddressField(
        label=_("Your e-mail"), help_text=_("We send the link to choose your password to this address.")
    )
    language = forms.ChoiceField(label=_("Your language"), choices=settings.LANGUAGES)
    accepts_conduct = forms.BooleanField(
        label=_("I accept the code of conduct of this toolkit for my dialogue and its participants."),
        error_messages={"required": _("Please accept the code of conduct to start a mirror dialogue.")},
    )
    accepts_agreement = forms.BooleanField(
        label=_("I accept the data-protection agreement above."),
        error_messages={"required": _("Please accept the data-protection agreement to start a mirror dialogue.")},
    )
    agreement_version = forms.CharField(widget=forms.HiddenInput)

    def __init__(self, *args, agreement_text, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["accepts_agreement"].help_text = agreement_text
        self.fields["organisation"].widget.attrs["autocomplete"] = "organization"
        self.fields["full_name"].widget.attrs["autocomplete"] = "name"
        self.fields["email"].widget.attrs["autocomplete"] = "email"

    def signup_values(self):
        data = self.cleaned_data
        return {
            name: data[name]
            for name in (
                "organisation",
                "country",
                "expected_participants",
                "first_day",
                "last_day",
                "full_name",
                "email",
                "language",
                "agreement_version",
            )
        }


class SuspendMirrorForm(forms.Form):
    reason = forms.CharField(
        label=_("Reason for the suspension"),
        widget=forms.Textarea(attrs={"rows": 3}),
        help_text=_("Shown to the organiser and their helpers when they open its pages."),
    )
