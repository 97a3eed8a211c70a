"""The forms with which a partner writes to its volunteers and staff to partners."""

from django import forms
from django.utils.translation import gettext_lazy as _
from django_countries import countries

from ..enums import OnboardingState, VolunteerAudience
from ..regions import REGION_NAMES


class VolunteerMessageForm(forms.Form):
    audience = forms.ChoiceField(label=_("To"), choices=VolunteerAudience.choices, widget=forms.RadioSelect)
    subject = forms.CharField(label=_("Subject"), max_length=200)
    text = forms.CharField(label=_("Message"), max_length=5000, widget=forms.Textarea(attrs={"rows": 8}),
                           help_text=_("Sent as you write it, by e-mail, to each person of the group."))


def _region_choices():
    return [("", _("Every region")), *((code, name) for code, name in REGION_NAMES.items())]


def _state_choices():
    return [("", _("Every onboarding state")), *OnboardingState.choices]


def _country_choices():
    return [("", _("Every country")), *countries]


class PartnerMessageForm(forms.Form):
    """Staff write to the coordinators of the partners matching the filters."""

    region = forms.ChoiceField(label=_("Region"), choices=_region_choices, required=False)
    state = forms.ChoiceField(label=_("Onboarding state"), choices=_state_choices, required=False)
    country = forms.ChoiceField(label=_("Country"), choices=_country_choices, required=False)
    subject = forms.CharField(label=_("Subject"), max_length=200)
    text = forms.CharField(label=_("Message"), max_length=5000, widget=forms.Textarea(attrs={"rows": 8}),
                           help_text=_("Sent as you write it, by e-mail, to each coordinator of the partners chosen."))
