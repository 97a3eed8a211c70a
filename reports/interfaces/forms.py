from django import forms
from django.conf import settings
from django.utils.translation import gettext_lazy as _

from ..enums import ReportScope


class LaunchReportsForm(forms.Form):
    scopes = forms.MultipleChoiceField(
        label=_("Reports"), choices=ReportScope.choices, widget=forms.CheckboxSelectMultiple,
        initial=list(ReportScope.values),
    )
    languages = forms.MultipleChoiceField(label=_("Languages"), widget=forms.CheckboxSelectMultiple)

    def __init__(self, *args, dialogue, **kwargs):
        super().__init__(*args, **kwargs)
        names = dict(settings.LANGUAGES)
        self.fields["languages"].choices = [(code, names.get(code, code)) for code in dialogue.languages]
        self.fields["languages"].initial = list(dialogue.languages)


class ReviewForm(forms.Form):
    text = forms.CharField(
        label=_("Text as it will be published"), widget=forms.Textarea(attrs={"rows": 3}), max_length=2000,
        help_text=_("Personal data you add back is removed again."),
    )
