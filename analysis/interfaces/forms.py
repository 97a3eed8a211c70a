from django import forms
from django.conf import settings
from django.utils.text import format_lazy
from django.utils.translation import gettext_lazy as _
from django_countries import countries

from wetheinternet.accounts.enums import OrganisationRole
from wetheinternet.core.input import reject_control_characters

from ..enums import ResponsePosition

LANGUAGE_NAMES = dict(settings.LANGUAGES)


def _add_translated_fields(form, dialogue, instance, fields):
    """One field per language of ``dialogue`` for each ``(name, label, widget, max_length)``
    of ``fields`` (``name_fr``...), the main language first and required."""
    languages = [dialogue.default_language] + [code for code in dialogue.languages if code != dialogue.default_language]
    for name, label, widget, max_length in fields:
        for code in languages:
            key = f"{name}_{code}"
            form.fields[key] = forms.CharField(
                label=format_lazy("{label} ({language})", label=label, language=LANGUAGE_NAMES.get(code, code)),
                required=False, max_length=max_length, widget=widget, validators=[reject_control_characters],
                initial=getattr(instance, key, "") if instance is not None else "",
            )


class ThemeForm(forms.Form):
    def __init__(self, *args, dialogue, questions, instance=None, **kwargs):
        super().__init__(*args, **kwargs)
        if instance is None:
            self.fields["question"] = forms.ModelChoiceField(label=_("Question"), queryset=questions)
        _add_translated_fields(self, dialogue, instance, [
            ("name", _("Name"), forms.TextInput, 120),
            ("description", _("Description"), forms.Textarea(attrs={"rows": 2}), 2000),
        ])
        self.fields["position"] = forms.IntegerField(label=_("Position"), min_value=0, max_value=999,
                                                     initial=instance.position if instance else 0)


class TranslationForm(forms.Form):
    language = forms.ChoiceField(label=_("Language of the translation"), choices=settings.LANGUAGES)
    text = forms.CharField(label=_("Translation"), max_length=2000, widget=forms.Textarea(attrs={"rows": 3}),
                           validators=[reject_control_characters])


MAX_UPLOAD = 1024 * 1024


class TranslationImportForm(forms.Form):
    file = forms.FileField(
        label=_("CSV file"),
        help_text=_("Columns: answer (the number shown beside each answer), language (en, fr, es, ar or pt), "
                    "translation. At most 1 MB, UTF-8."),
    )

    def clean_file(self):
        upload = self.cleaned_data["file"]
        if not upload.name.lower().endswith(".csv"):
            raise forms.ValidationError(_("Send a CSV file (.csv)."))
        if upload.size > MAX_UPLOAD:
            raise forms.ValidationError(_("The file is larger than 1 MB."))
        return upload


class InviteAnalystForm(forms.Form):
    email = forms.EmailField(label=_("E-mail address"))
    full_name = forms.CharField(label=_("Name"), max_length=200, validators=[reject_control_characters])
    role = forms.ChoiceField(label=_("Role"), choices=[(r.value, r.label) for r in (OrganisationRole.ANALYST,
                                                                                    OrganisationRole.TRANSLATOR)])
    language = forms.ChoiceField(label=_("Language of the invitation"), choices=settings.LANGUAGES)


class DecisionMakerForm(forms.Form):
    email = forms.EmailField(label=_("E-mail address"))
    name = forms.CharField(label=_("Name"), max_length=200, validators=[reject_control_characters])
    institution = forms.CharField(label=_("Institution"), max_length=200, validators=[reject_control_characters])
    country = forms.ChoiceField(label=_("Country"), required=False,
                                help_text=_("Leave empty for a decision maker who responds for the world."))
    language = forms.ChoiceField(label=_("Language of the invitation"), choices=settings.LANGUAGES)

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["country"].choices = [("", _("Global"))] + list(countries)


class RecommendationForm(forms.Form):
    def __init__(self, *args, dialogue, themes, questions, instance=None, **kwargs):
        super().__init__(*args, **kwargs)
        _add_translated_fields(self, dialogue, instance, [
            ("title", _("Title"), forms.TextInput, 200),
            ("text", _("Recommendation"), forms.Textarea(attrs={"rows": 3}), 5000),
        ])
        self.fields["themes"] = forms.ModelMultipleChoiceField(
            label=_("Themes behind it"), queryset=themes, required=False, widget=forms.CheckboxSelectMultiple,
            initial=list(instance.themes.all()) if instance else [])
        self.fields["questions"] = forms.ModelMultipleChoiceField(
            label=_("Questions whose figures support it"), queryset=questions, required=False,
            widget=forms.CheckboxSelectMultiple, initial=list(instance.questions.all()) if instance else [])
        self.fields["position"] = forms.IntegerField(label=_("Position"), min_value=0, max_value=999,
                                                     initial=instance.position if instance else 0)


class ResponseForm(forms.Form):
    position = forms.ChoiceField(label=_("Your position"), choices=ResponsePosition.choices, widget=forms.RadioSelect)
    reasons = forms.CharField(label=_("Reasons"), max_length=5000, widget=forms.Textarea(attrs={"rows": 3}),
                              validators=[reject_control_characters])
    commitment = forms.CharField(label=_("What you commit to do"), max_length=5000, required=False,
                                 widget=forms.Textarea(attrs={"rows": 3}), validators=[reject_control_characters])


class FollowUpForm(forms.Form):
    date = forms.DateField(label=_("Date"), widget=forms.DateInput(attrs={"type": "date"}))
    text = forms.CharField(label=_("What happened"), max_length=5000, widget=forms.Textarea(attrs={"rows": 3}),
                           validators=[reject_control_characters])
    link = forms.URLField(label=_("Link"), required=False, assume_scheme="https")
