"""Registration forms. The form is built from the dialogue's features and current
consent texts, so organisers add a question without touching code."""

from django import forms
from django.conf import settings
from django.utils.translation import get_language
from django.utils.translation import gettext_lazy as _

from dialogues.models import Feature
from wetheinternet.core.input import EmailAddressField

from ..domain.consent_texts import current_consent_texts
from ..domain.registration import RegistrationData, registration_problems
from ..enums import ConsentMethod, ConsentPurpose

LANGUAGE_NAMES = dict(settings.LANGUAGES)


def language_choices(dialogue):
    return [(code, LANGUAGE_NAMES.get(code, code)) for code in dialogue.languages or [settings.LANGUAGE_CODE]]


class ConsentField(forms.BooleanField):
    """A consent checkbox; its wording is its help text, so the checkbox's
    ``aria-describedby`` names the exact text the person agrees to."""

    def __init__(self, *, consent_text, **kwargs):
        super().__init__(help_text=consent_text.text, template_name="forms/consent_field.html", **kwargs)
        self.consent_text = consent_text


class RegistrationForm(forms.Form):
    first_name = forms.CharField(label=_("First name"), max_length=100)
    last_name = forms.CharField(label=_("Last name"), max_length=100, required=False)
    email = EmailAddressField(label=_("E-mail"), required=False, help_text=_("E-mail or phone: we need one to reach you."))
    phone = forms.CharField(label=_("Phone"), max_length=40, required=False)
    preferred_language = forms.ChoiceField(label=_("Language you prefer"))

    def __init__(self, *args, dialogue, country, site=None, sites=None, conduct_version=None, assisted=False, **kwargs):
        super().__init__(*args, **kwargs)
        self.dialogue, self.country, self.site, self.assisted = dialogue, country, site, assisted
        self.fields["preferred_language"].choices = language_choices(dialogue)
        self.fields["preferred_language"].initial = get_language()
        for name in ("first_name", "last_name", "email", "phone"):
            self.fields[name].widget.attrs["autocomplete"] = {
                "first_name": "given-name", "last_name": "family-name", "email": "email", "phone": "tel",
            }[name]
        self.fields["phone"].widget.input_type = "tel"
        if sites is not None:
            self.fields["site"] = forms.ModelChoiceField(
                label=_("Where will you take part?"), queryset=sites, empty_label=_("Wherever I am needed"),
                required=False,
            )
        self.features = list(Feature.objects.filter(dialogue=dialogue).prefetch_related("categories"))
        for feature in self.features:
            self.fields[f"feature_{feature.code}"] = forms.ModelChoiceField(
                label=feature.name,
                queryset=feature.categories.all(),
                widget=forms.RadioSelect,
                empty_label=None,
                error_messages={"required": _("Please choose an answer.")},
            )
        self.consent_texts = current_consent_texts(dialogue, media_site=bool(site and site.is_media_site))
        for purpose, text in self.consent_texts.items():
            self.fields[f"consent_{purpose}"] = ConsentField(
                label=ConsentPurpose(purpose).label,
                consent_text=text,
                required=purpose == ConsentPurpose.PARTICIPATION,
                error_messages={"required": _("This consent is needed to register.")},
            )
        if assisted:
            # Filled by js/read-aloud.js when the partner let the device read the texts aloud.
            self.fields["consent_read_aloud"] = forms.BooleanField(
                required=False, widget=forms.HiddenInput(attrs={"data-read-aloud-record": ""})
            )
            self.fields["consent_language"] = forms.ChoiceField(
                label=_("Language in which the consent script was read aloud"), choices=language_choices(dialogue)
            )
        self.conduct_version = conduct_version
        if conduct_version is not None:
            self.fields["accepts_conduct"] = forms.BooleanField(
                label=_("I accept the code of conduct: %(title)s") % {"title": conduct_version.title}
                if conduct_version.title
                else _("I accept the code of conduct"),
                required=True,
                error_messages={"required": _("Please accept the code of conduct to register.")},
            )

    def clean(self):
        """The registration rules (``registration_problems``), each shown beside its field
        unless that field already has an error."""
        cleaned = super().clean()
        problems = registration_problems(
            self.registration_data(get_language()),
            method=ConsentMethod.ASSISTED if self.assisted else ConsentMethod.ONLINE,
            consent_purposes=self.consent_texts,
            conduct_required=self.conduct_version is not None,
        )
        for problem in problems:
            field = problem.field if problem.field in self.fields else None
            if field is None or field not in self.errors:
                self.add_error(field, problem.message)
        return cleaned

    def feature_fields(self):
        return [self[f"feature_{feature.code}"] for feature in self.features]

    def consent_fields(self):
        return [self[f"consent_{purpose}"] for purpose in self.consent_texts]

    def registration_data(self, language):
        data = self.cleaned_data
        return RegistrationData(
            country=self.country,
            first_name=data.get("first_name", ""),
            last_name=data.get("last_name", ""),
            email=data.get("email", ""),
            phone=data.get("phone", ""),
            preferred_language=data.get("preferred_language", language),
            answers={feature: data.get(f"feature_{feature.code}") for feature in self.features},
            consents={purpose for purpose in self.consent_texts if data.get(f"consent_{purpose}")},
            consent_language=data.get("consent_language") or language,
            accepts_conduct=bool(data.get("accepts_conduct")),
            consents_read_aloud=bool(data.get("consent_read_aloud")),
        )

    def chosen_site(self):
        return self.site or self.cleaned_data.get("site")


class CorrectionForm(forms.Form):
    first_name = forms.CharField(label=_("First name"), max_length=100)
    last_name = forms.CharField(label=_("Last name"), max_length=100, required=False)
    email = EmailAddressField(label=_("E-mail"), required=False)
    phone = forms.CharField(label=_("Phone"), max_length=40, required=False)
    preferred_language = forms.ChoiceField(label=_("Language you prefer"))

    def __init__(self, *args, dialogue, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["preferred_language"].choices = language_choices(dialogue)


class ImportForm(forms.Form):
    file = forms.FileField(
        label=_("Spreadsheet of paper forms (CSV or XLSX)"),
        help_text=_("One person per row; the first row names the columns."),
    )

    def clean_file(self):
        upload = self.cleaned_data["file"]
        if not upload.name.lower().endswith((".csv", ".xlsx")):
            raise forms.ValidationError(_("Upload a .csv or .xlsx file."))
        return upload


class NewLinkForm(forms.Form):
    identifier = forms.CharField(
        label=_("Your e-mail address or reference code"),
        max_length=254,
        help_text=_("The reference code is on your slip or in your confirmation e-mail, for example ABCD-2345."),
    )


class FulfilmentForm(forms.Form):
    """What the data-protection desk did about a data-rights request; one form per open
    request on the desk's page, its id made from the request (``fulfilment-<pk>``)."""

    fulfilment = forms.CharField(label=_("What was done"), max_length=2000)

    def __init__(self, *args, rights_request, **kwargs):
        kwargs.setdefault("auto_id", f"%s-{rights_request.pk}")
        super().__init__(*args, **kwargs)


class ErasureForm(forms.Form):
    """The person's confirmation that their data is to be erased (the box posts ``yes``)."""

    confirm = forms.BooleanField(
        label=_("I want my personal data erased. This cannot be undone."),
        widget=forms.CheckboxInput(attrs={"value": "yes"}),
        error_messages={"required": _("Tick the box to confirm that you want your data erased.")},
    )

    def __init__(self, *args, **kwargs):
        kwargs.setdefault("auto_id", "%s-erase")
        super().__init__(*args, **kwargs)
