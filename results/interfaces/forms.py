"""The two small forms of the result review page: the photo of the paper sheet, and the
reason given when a result is rejected. They go through the site's field template, so
a refusal shows in the error summary and beside the field with Django's ids."""

from django import forms
from django.utils.translation import gettext_lazy as _

PHOTO_LIMIT = 5 * 1024 * 1024


class ResultPhotoForm(forms.Form):
    photo = forms.FileField(
        label=_("Attach a photo (JPEG, PNG or WebP, at most 5 MB)"),
        widget=forms.FileInput(attrs={"accept": "image/jpeg,image/png,image/webp"}),
        error_messages={
            "required": _("Choose the photo of the paper sheet."),
            "empty": _("Choose the photo of the paper sheet."),
        },
    )

    def clean_photo(self):
        photo = self.cleaned_data["photo"]
        if photo.size > PHOTO_LIMIT:
            raise forms.ValidationError(_("The photo is too large: the limit is 5 MB."))
        return photo


class ResultDecisionForm(forms.Form):
    """The reason is checked by the domain (``reject_result``), since confirming needs none."""

    reason = forms.CharField(
        label=_("Or say what is wrong"),
        required=False,
        strip=False,
        widget=forms.Textarea(attrs={"rows": 3, "maxlength": 1000}),
    )


def show_result_errors(form, errors):
    """Put a ``ResultInvalid``'s messages beside their fields (or above the form)."""
    for key, messages in errors.items():
        for message in messages:
            form.add_error(key if key in form.fields else None, message)
