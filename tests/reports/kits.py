"""Helpers of the dissemination-kit tests: build a kit in the test process as a worker
would, and read what is inside it."""

import io
import subprocess
import zipfile

from reports.domain.kits import build_kit
from reports.interfaces.kits import render_kit
from reports.models import DisseminationKit


def built_kit(dialogue, scope, area, language="en"):
    """Build the kit of ``area`` in ``language`` as the worker does; return it refreshed."""
    kit, _created = DisseminationKit.objects.get_or_create(dialogue=dialogue, scope=scope, area=area, language=language)
    DisseminationKit.objects.filter(pk=kit.pk).update(state="queued")
    build_kit(kit.pk, render=render_kit)
    return DisseminationKit.objects.select_related("file").get(pk=kit.pk)


def kit_files(content):
    """``{name inside the kit's folder: bytes}`` of a kit's ZIP (bytes)."""
    with zipfile.ZipFile(io.BytesIO(content)) as archive:
        return {name.split("/", 1)[1]: archive.read(name) for name in archive.namelist()}


def stored_files(kit):
    with kit.file.file.open("rb") as stored:
        return kit_files(stored.read())


def pdf_text(pdf):
    """The text of a PDF as ``pdftotext`` reads it (fails if the PDF does not open)."""
    result = subprocess.run(["pdftotext", "-layout", "-", "-"], input=pdf, capture_output=True, check=True)  # noqa: S607
    return " ".join(result.stdout.decode().split())


def pdf_pages(pdf):
    result = subprocess.run(["pdfinfo", "-"], input=pdf, capture_output=True, check=True)  # noqa: S607
    return int(next(line.split()[-1] for line in result.stdout.decode().splitlines() if line.startswith("Pages:")))


def png_size(png):
    """(width, height) of a PNG, from its header; fails if it is not a PNG."""
    assert png[:8] == b"\x89PNG\r\n\x1a\n" and png[12:16] == b"IHDR"
    return int.from_bytes(png[16:20], "big"), int.from_bytes(png[20:24], "big")
