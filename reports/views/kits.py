"""Public: dissemination kits, one ZIP per area and language, and the files inside it,
served from private storage only while the dialogue's results are public (not a
draft, released at least once); anything else, an unknown area, language or file
included, is 404."""

import mimetypes
import zipfile

from django.http import FileResponse, Http404, HttpResponse
from django.shortcuts import get_object_or_404
from django.urls import reverse
from django.utils.translation import get_language_info

from dialogues.models import Dialogue

from ..domain.kits import kit_filename, public_kit, public_kits

PARTS = ("key-findings.pdf", "slides.pdf", "press-summary.html")


def _kit_or_404(slug, area, language):
    kit = public_kit(get_object_or_404(Dialogue, slug=slug), area, language)  # None unless its results are public
    if kit is None:
        raise Http404
    return kit


def download(request, slug, area, language):
    """The kit's ZIP."""
    kit = _kit_or_404(slug, area, language)
    return FileResponse(
        kit.file.file.open("rb"), as_attachment=True, filename=kit.file.filename, content_type="application/zip"
    )


def kit_file(request, slug, area, language, name):
    """One file of the kit (``key-findings.pdf``, ``slides.pdf``, ``press-summary.html``
    or ``charts/<chart>.svg|png``), read from its ZIP and sent as a download."""
    kit = _kit_or_404(slug, area, language)
    member = kit_filename(kit, name) if name in PARTS else name
    with kit.file.file.open("rb") as stored, zipfile.ZipFile(stored) as archive:
        try:
            content = archive.read(f"{kit_filename(kit, 'kit')}/{member}")
        except KeyError:
            raise Http404 from None
    content_type = mimetypes.guess_type(member)[0] or "application/octet-stream"
    response = HttpResponse(content, content_type=content_type)
    response["Content-Disposition"] = f'attachment; filename="{member.rsplit("/", 1)[-1]}"'
    return response


def kit_rows(dialogue):
    """The public page's list: per area its name and, per language, the kit's links."""
    rows = []
    for name, area, kits in public_kits(dialogue):
        links = []
        for kit in kits:
            args = {"slug": dialogue.slug, "area": area, "language": kit.language}
            links.append(
                {
                    "language": get_language_info(kit.language)["name_local"],
                    "code": kit.language,
                    "zip": reverse("reports:kit", kwargs=args),
                    **{
                        part.split(".")[0].replace("-", "_"): reverse("reports:kit_file", kwargs=args | {"name": part})
                        for part in PARTS
                    },
                }
            )
        rows.append((name, links))
    return rows
