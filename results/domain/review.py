"""Confirming or rejecting a table's result, and attaching the photo of its paper sheet."""

import io

from django.db import transaction
from django.utils import timezone
from django.utils.translation import gettext as _

from wetheinternet.core.audit import log_action
from wetheinternet.core.files import store_file

from ..enums import ResultState
from ..models import ResultSubmission
from .errors import ResultConflict, ResultInvalid

MAX_PHOTO_BYTES = 5 * 1024 * 1024
PHOTO_FORMATS = {"JPEG": ("image/jpeg", "jpg"), "PNG": ("image/png", "png"), "WEBP": ("image/webp", "webp")}


def _lock_current(submission):
    current = ResultSubmission.objects.select_for_update().filter(pk=submission.pk, superseded_at__isnull=True).first()
    if current is None:
        raise ResultConflict(_("This result was corrected in the meantime: review the current result."))
    return current


def confirm_result(submission, *, by, now=None):
    """Mark the current ``submission`` confirmed. Writes the review fields and an audit
    entry ``dialogues.result.confirmed``; raises ResultConflict if it was corrected."""
    with transaction.atomic():
        current = _lock_current(submission)
        current.state = ResultState.CONFIRMED
        current.reviewed_by, current.reviewed_at, current.rejection_reason = by, now or timezone.now(), ""
        current.save(update_fields=["state", "reviewed_by", "reviewed_at", "rejection_reason"])
        log_action("dialogues.result.confirmed", actor=by, target=current, data={"table": current.table_id})
    return current


def reject_result(submission, *, by, reason, now=None):
    """Mark the current ``submission`` rejected with ``reason`` (shown to the note taker).
    Writes the review fields and an audit entry ``dialogues.result.rejected``."""
    reason = (reason or "").strip()
    if not reason:
        raise ResultInvalid({"reason": [_("Say why the result is rejected, so the note taker can correct it.")]})
    if len(reason) > 1000:
        raise ResultInvalid({"reason": [_("Keep the reason under 1000 characters.")]})
    with transaction.atomic():
        current = _lock_current(submission)
        current.state = ResultState.REJECTED
        current.reviewed_by, current.reviewed_at, current.rejection_reason = by, now or timezone.now(), reason
        current.save(update_fields=["state", "reviewed_by", "reviewed_at", "rejection_reason"])
        log_action("dialogues.result.rejected", actor=by, target=current, data={"table": current.table_id})
    return current


def check_photo(content):
    """Return (content type, extension) of an image upload or raise ResultInvalid."""
    from PIL import Image, UnidentifiedImageError

    if len(content) > MAX_PHOTO_BYTES:
        raise ResultInvalid({"photo": [_("The photo is too large: the limit is 5 MB.")]})
    try:
        with Image.open(io.BytesIO(content)) as image:
            image_format = image.format
            image.verify()
    except (UnidentifiedImageError, OSError, SyntaxError, ValueError, Image.DecompressionBombError):
        raise ResultInvalid({"photo": [_("This file is not a photo: send a JPEG, PNG or WebP image.")]}) from None
    if image_format not in PHOTO_FORMATS:
        raise ResultInvalid({"photo": [_("This file is not a photo: send a JPEG, PNG or WebP image.")]})
    return PHOTO_FORMATS[image_format]


def attach_photo(submission, *, by, content):
    """Keep ``content`` (bytes of an image) privately as the photo of the paper sheet of
    the current ``submission``. Writes a StoredFile and an audit entry
    ``dialogues.result.photo_attached``; raises ResultInvalid for a non-image or too large file."""
    content_type, extension = check_photo(content)
    with transaction.atomic():
        current = _lock_current(submission)
        current.photo = store_file(
            content, filename=f"result-sheet-{current.table_id}-{current.topic_id}.{extension}", content_type=content_type
        )
        current.save(update_fields=["photo"])
        log_action("dialogues.result.photo_attached", actor=by, target=current, data={"table": current.table_id})
    return current
