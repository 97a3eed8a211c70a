from django import forms
from django.conf import settings
from django.utils.text import format_lazy
from django.utils.translation import gettext_lazy as _
from django_countries import countries

from dialogues.enums import QuestionKind
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

    def __init__(self, *args, response=None, **kwargs):
        """One form per response on the decision maker's page: the ids are made from the
        response (``date-<pk>``...), so they stay unique on the page."""
        if response is not None:
            kwargs.setdefault("auto_id", f"%s-{response.pk}")
        super().__init__(*args, **kwargs)


# Last choice of an optional radio group: a ticked radio cannot be unticked, so a person
# who changes their mind takes their answer back with this one (it stores nothing).
NO_ANSWER = ("", _("No answer"))


class EvaluationForm(forms.Form):
    """The questions of an evaluation questionnaire (none required: skip what you like),
    with the one-time code first for participants."""

    def __init__(self, *args, questionnaire, with_token, token="", **kwargs):
        super().__init__(*args, **kwargs)
        if with_token:
            self.fields["token"] = forms.CharField(label=_("Your code (on your slip or in your e-mail)"),
                                                   max_length=100, initial=token)
        self.questions = list(questionnaire.questions.prefetch_related("choices"))
        for question in self.questions:
            key = f"q{question.pk}"
            if question.kind == QuestionKind.OPEN_TEXT:
                field = forms.CharField(widget=forms.Textarea(attrs={"rows": 3}), max_length=2000,
                                        validators=[reject_control_characters])
            elif question.kind == QuestionKind.SCALE:
                field = forms.TypedChoiceField(
                    choices=[(n, n) for n in range(1, question.scale_max + 1)] + [NO_ANSWER],
                    coerce=int, widget=forms.RadioSelect,
                )
            elif question.kind == QuestionKind.MULTIPLE_CHOICE:
                field = forms.MultipleChoiceField(choices=[(c.pk, c.label) for c in question.choices.all()],
                                                  widget=forms.CheckboxSelectMultiple)
            else:
                field = forms.ChoiceField(choices=[(c.pk, c.label) for c in question.choices.all()] + [NO_ANSWER],
                                          widget=forms.RadioSelect)
            field.label = question.text
            field.required = False
            self.fields[key] = field

    def raw_answers(self):
        """``{question id: [strings]}`` for ``domain.evaluation.read_answers``."""
        raw = {}
        for question in self.questions:
            value = self.cleaned_data.get(f"q{question.pk}")
            values = value if isinstance(value, list) else [value]
            raw[question.pk] = [str(v) for v in values if v not in (None, "")]
        return raw


class IssueTokensForm(forms.Form):
    count = forms.IntegerField(label=_("Number of codes"), min_value=1, max_value=1000, initial=50)


class EvaluationReportForm(forms.Form):
    language = forms.ChoiceField(label=_("Language of the report"))

    def __init__(self, *args, dialogue, **kwargs):
        super().__init__(*args, **kwargs)
        names = dict(settings.LANGUAGES)
        self.fields["language"].choices = [(code, names.get(code, code))
                                           for code in (dialogue.languages or [dialogue.default_language])]
