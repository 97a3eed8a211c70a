from pathlib import Path

from django import forms
from django.conf import settings
from django.utils.translation import gettext_lazy as _

from .content.exchange import FILE_FORMATS


class ExportForm(forms.Form):
    language = forms.ChoiceField(label=_("Language"), choices=settings.LANGUAGES)
    file_format = forms.ChoiceField(
        label=_("File format"), choices=[(key, label) for key, (_type, label) in FILE_FORMATS.items()]
    )


class ImportForm(forms.Form):
    file = forms.FileField(
        label=_("Translated file"), help_text=_("The exported file (CSV or XLSX) with the “translation” column filled in.")
    )

    def clean_file(self):
        upload = self.cleaned_data["file"]
        suffix = Path(upload.name).suffix.lower().lstrip(".")
        if suffix not in FILE_FORMATS:
            raise forms.ValidationError(_("Choose a CSV or XLSX file."))
        self.file_format = suffix
        return upload
