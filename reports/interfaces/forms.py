import datetime as dt

from django import forms
from django.conf import settings
from django.utils import timezone
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
    """One form per answer on the review page: the field keeps its name ``text`` and
    its id is made from the review (``text-<pk>``), so the ids stay unique on the page."""

    text = forms.CharField(
        label=_("Text as it will be published"), widget=forms.Textarea(attrs={"rows": 3}), max_length=2000,
        help_text=_("Personal data you add back is removed again."),
        error_messages={"required": _("Write the text to publish, or reject the answer.")},
    )

    def __init__(self, *args, review, **kwargs):
        kwargs.setdefault("auto_id", f"%s-{review.pk}")
        kwargs.setdefault("initial", {"text": review.redacted_text})
        super().__init__(*args, **kwargs)


class UTCDateTimeField(forms.DateTimeField):
    """A date and time typed in UTC whatever the active time zone."""

    def to_python(self, value):
        with timezone.override(dt.UTC):
            return super().to_python(value)


class ScheduleReleaseForm(forms.Form):
    at = UTCDateTimeField(
        label=_("Release at (UTC)"),
        widget=forms.DateTimeInput(attrs={"type": "datetime-local"}, format="%Y-%m-%dT%H:%M"),
        help_text=_("Date and time in UTC (Coordinated Universal Time), not your local time. The release is made "
                    "within five minutes after this time, with everything reported by then."),
    )
