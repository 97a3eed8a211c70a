"""The response that sends a material's stored file (after the caller checked who asks)."""

from django.http import FileResponse


def material_file_response(material_file):
    """The stored file of ``material_file``, sent inline (a PDF opens in the browser),
    never cached by shared caches."""
    stored = material_file.file
    response = FileResponse(stored.file.open("rb"), filename=stored.filename, content_type=stored.content_type)
    response["Cache-Control"] = "private, no-store"
    response["X-Content-Type-Options"] = "nosniff"
    return response
