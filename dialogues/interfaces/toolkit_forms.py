"""The staff form that copies a dialogue for its next round."""

from django import forms
from django.utils.translation import gettext_lazy as _

from ..enums import DialogueKind


class CopyDialogueForm(forms.Form):
    name = forms.CharField(label=_("Name of the new dialogue"), max_length=200)
    kind = forms.ChoiceField(
        label=_("Kind"), choices=DialogueKind.choices,
        help_text=_("A stakeholder dialogue keeps the same question codes and adds the sector and organisation questions."),
    )
    slug = forms.SlugField(label=_("Short name in addresses"), max_length=50)
    first_day = forms.DateField(label=_("First day"), widget=forms.DateInput(attrs={"type": "date"}))
    last_day = forms.DateField(
        label=_("Last day"), required=False, help_text=_("Leave empty for a one-day dialogue."),
        widget=forms.DateInput(attrs={"type": "date"}),
    )
