"""Forms of the partner application and the onboarding checklist."""

from django import forms
from django.conf import settings
from django.utils.translation import gettext_lazy as _
from django_countries import countries

from wetheinternet.core.input import EmailAddressField

from ..domain.training import QUIZ
from ..enums import PartnerRole


class PartnerApplicationForm(forms.Form):
    name = forms.CharField(label=_("Organisation name"), max_length=200)
    countries = forms.MultipleChoiceField(
        label=_("Countries you would cover"), choices=countries,
        help_text=_("Hold Ctrl (or Cmd) to choose several."),
        widget=forms.SelectMultiple(attrs={"size": 8}),
    )
    website = forms.URLField(label=_("Website"), required=False, assume_scheme="https")
    description = forms.CharField(label=_("About the organisation"), widget=forms.Textarea(attrs={"rows": 4}))
    coordinator_name = forms.CharField(label=_("Coordinator's full name"), max_length=200)
    coordinator_email = EmailAddressField(label=_("Coordinator's e-mail"))
    coordinator_language = forms.ChoiceField(label=_("Coordinator's language"), choices=settings.LANGUAGES)
    motivation = forms.CharField(
        label=_("Why does your organisation want to take part?"), widget=forms.Textarea(attrs={"rows": 5})
    )


class DecisionForm(forms.Form):
    APPROVE, DECLINE = "approve", "decline"
    decision = forms.ChoiceField(
        label=_("Decision"), widget=forms.RadioSelect,
        choices=[(APPROVE, _("Approve and invite the coordinator")), (DECLINE, _("Decline"))],
    )
    message = forms.CharField(
        label=_("Message to the applicant"), required=False, widget=forms.Textarea(attrs={"rows": 4}),
        help_text=_("Required when declining. Sent by e-mail."),
    )


class InviteMemberForm(forms.Form):
    email = EmailAddressField(label=_("E-mail"))
    full_name = forms.CharField(label=_("Full name"), max_length=200, required=False)
    role = forms.ChoiceField(label=_("Role"), choices=PartnerRole.choices, initial=PartnerRole.STAFF)
    language = forms.ChoiceField(label=_("Language of the invitation"), choices=settings.LANGUAGES)


class AgreementForm(forms.Form):
    accept = forms.BooleanField(
        label=_("I have read the partner agreement and sign it on behalf of my organisation."), required=False
    )
    signed_copy = forms.FileField(
        label=_("Or upload a signed copy (PDF, PNG or JPEG, up to 5 MB)"), required=False
    )

    def clean(self):
        data = super().clean()
        if not data.get("accept") and not data.get("signed_copy"):
            raise forms.ValidationError(_("Tick the box to sign online, or upload a signed copy."))
        return data


class TrainingQuizForm(forms.Form):
    """One radio group per quiz question."""

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        for question in QUIZ:
            self.fields[question.code] = forms.ChoiceField(
                label=question.text, choices=question.options, widget=forms.RadioSelect,
                error_messages={"required": _("Choose an answer.")},
            )
