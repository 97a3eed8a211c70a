"""The form with which a partner writes to its volunteers."""

from django import forms
from django.utils.translation import gettext_lazy as _

from ..enums import VolunteerAudience


class VolunteerMessageForm(forms.Form):
    audience = forms.ChoiceField(label=_("To"), choices=VolunteerAudience.choices, widget=forms.RadioSelect)
    subject = forms.CharField(label=_("Subject"), max_length=200)
    text = forms.CharField(label=_("Message"), max_length=5000, widget=forms.Textarea(attrs={"rows": 8}),
                           help_text=_("Sent as you write it, by e-mail, to each person of the group."))
