"""Forms of the information materials (staff pages)."""

from django import forms
from django.conf import settings
from django.utils.translation import gettext_lazy as _

from ..enums import MaterialKind

LANGUAGE_NAMES = dict(settings.LANGUAGES)


def dialogue_languages(dialogue):
    return [(code, LANGUAGE_NAMES.get(code, code)) for code in (dialogue.languages or [dialogue.default_language])]


class MaterialForm(forms.Form):
    """A new material: kind, topic, and its title in each of the dialogue's languages
    (required in the main language)."""

    kind = forms.ChoiceField(label=_("Kind"), choices=MaterialKind.choices)

    def __init__(self, *args, dialogue, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["topic"] = forms.ModelChoiceField(
            label=_("Topic"),
            queryset=dialogue.topics.all(),
            required=False,
            empty_label=_("The whole dialogue"),
        )
        for code, name in dialogue_languages(dialogue):
            self.fields[f"title_{code}"] = forms.CharField(
                label=_("Title (%(language)s)") % {"language": name},
                max_length=200,
                required=code == dialogue.default_language,
            )

    def titles(self):
        return {
            key.removeprefix("title_"): value
            for key, value in self.cleaned_data.items()
            if key.startswith("title_") and value
        }


class MaterialFileForm(forms.Form):
    """One language of a version: a file or a link (a video)."""

    language = forms.ChoiceField(label=_("Language"))
    upload = forms.FileField(
        label=_("File"),
        required=False,
        help_text=_("PDF, Word, PowerPoint, OpenDocument, PNG or JPEG; at most 20 MB."),
    )
    link = forms.URLField(label=_("Or a link (a video)"), required=False, max_length=500, assume_scheme="https")

    def __init__(self, *args, dialogue, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["language"].choices = dialogue_languages(dialogue)


class VersionForm(MaterialFileForm):
    note = forms.CharField(label=_("What changed"), max_length=300, required=False)
