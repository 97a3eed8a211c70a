"""Staff pages for content translation: what is missing, export for translators,
import their file back."""

from django.contrib import messages
from django.http import HttpResponse
from django.shortcuts import redirect, render
from django.utils.translation import ngettext
from django.views.decorators.http import require_GET, require_POST

from wetheinternet.core.permissions import permission_required

from .content.exchange import FILE_FORMATS, TranslationImportRefused, export_missing, import_translations
from .content.missing import missing_counts
from .content.registry import content_languages
from .forms import ExportForm, ImportForm

PERMISSION = "i18n.manage_content_translations"


def _render_status(request, *, import_form=None, import_errors=(), status=200):
    context = {
        "statuses": missing_counts(),
        "languages": content_languages(),
        "export_form": ExportForm(),
        "import_form": import_form or ImportForm(),
        "import_errors": import_errors,
    }
    return render(request, "i18n/content_status.html", context, status=status)


@require_GET
@permission_required(PERMISSION)
def content_status(request):
    return _render_status(request)


@require_GET
@permission_required(PERMISSION)
def export_content(request):
    form = ExportForm(request.GET)
    if not form.is_valid():
        return redirect("i18n:content_status")
    language, file_format = form.cleaned_data["language"], form.cleaned_data["file_format"]
    content = export_missing(languages=[language], file_format=file_format)
    response = HttpResponse(content, content_type=FILE_FORMATS[file_format][0])
    response["Content-Disposition"] = f'attachment; filename="missing-translations-{language}.{file_format}"'
    return response


@require_POST
@permission_required(PERMISSION)
def import_content(request):
    form = ImportForm(request.POST, request.FILES)
    if not form.is_valid():
        return _render_status(request, import_form=form, status=400)
    try:
        summary = import_translations(form.cleaned_data["file"].read(), file_format=form.file_format, by=request.user)
    except TranslationImportRefused as refusal:
        return _render_status(request, import_form=form, import_errors=refusal.errors, status=400)
    text = ngettext(
        "%(updated)d translation imported (rows left empty: %(skipped)d).",
        "%(updated)d translations imported (rows left empty: %(skipped)d).",
        summary.updated,
    )
    messages.success(request, text % {"updated": summary.updated, "skipped": summary.skipped})
    return redirect("i18n:content_status")
