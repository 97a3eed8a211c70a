"""Importing translations of approved answers from a CSV file: all rows or none."""

from django.contrib import messages
from django.shortcuts import redirect, render
from django.utils.translation import gettext as _

from wetheinternet.core.forms import posted, posted_files
from wetheinternet.core.permissions import permission_required

from ..domain.errors import TranslationImportError
from ..domain.translations import import_translations
from ..interfaces.forms import TranslationImportForm
from ..interfaces.translation_import import read_translation_rows
from .common import dialogue_from_url


@permission_required("analysis.translate_answers", fn=dialogue_from_url)
def import_file(request, slug):
    dialogue = dialogue_from_url(request, slug)
    form = TranslationImportForm(posted(request), posted_files(request))
    problems = []
    if request.method == "POST" and form.is_valid():
        try:
            count = import_translations(dialogue, read_translation_rows(form.cleaned_data["file"]), by=request.user)
        except TranslationImportError as error:
            form.add_error(None, error.message)
            problems = error.problems
        else:
            messages.success(request, _("%(count)s translations imported.") % {"count": count})
            return redirect("analysis:answers", slug=slug)
    status = 400 if problems else 200
    return render(request, "analysis/import.html", {"dialogue": dialogue, "form": form, "problems": problems},
                  status=status)
