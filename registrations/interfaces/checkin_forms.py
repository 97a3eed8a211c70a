from django import forms
from django.utils.translation import gettext_lazy as _

from ..domain.checkin import OVERRIDE_REASON_MAX


class AdmissionOverrideForm(forms.Form):
    reason = forms.CharField(
        label=_("Why this person is admitted despite the conduct decision"),
        widget=forms.Textarea(attrs={"rows": 4}),
        max_length=OVERRIDE_REASON_MAX,
        help_text=_("Kept with the check-in record; read by the Response Lead."),
    )
