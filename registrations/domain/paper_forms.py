"""Paper registration forms imported from a spreadsheet: the uploaded file is kept
(privately, for two hours) between the preview and the confirmation, then every row is
registered, all or nothing. Reading and checking the rows is the importer's part
(``registrations.interfaces.paper_import``)."""

import datetime as dt

from django.db import transaction
from django.utils import timezone

from conduct.domain.queries import current_published_version
from wetheinternet.core.audit import log_action
from wetheinternet.core.files import store_file
from wetheinternet.core.models import StoredFile

from ..enums import ConsentMethod
from .registration import register_participant

PREVIEW_LIFETIME = dt.timedelta(hours=2)


def keep_for_confirmation(content, *, filename):
    """Keep an uploaded spreadsheet (bytes) until its import is confirmed. Side effect: a
    private StoredFile that the expiry sweep deletes after ``PREVIEW_LIFETIME``."""
    return store_file(content, filename=filename, content_type="application/octet-stream",
                      expires_at=timezone.now() + PREVIEW_LIFETIME)


def kept_file(file_id):
    """The spreadsheet kept for confirmation, or None once it expired or was used."""
    return StoredFile.objects.filter(pk=file_id, expires_at__gt=timezone.now()).first()


def import_registrants(partner, rows, *, by, kept=None):
    """Register every checked row (``ParsedRow``: site and ``RegistrationData``), all or
    nothing, with the method "paper form".

    Side effects: what ``register_participant`` does for each row; an audit entry
    ``registrations.import.done`` with the number of rows; the kept spreadsheet deleted.
    Raises ``RegistrationError`` (nothing written) if a row no longer passes."""
    conduct_version = current_published_version(partner.dialogue)
    with transaction.atomic():
        registrants = [
            register_participant(partner.dialogue, row.data, site=row.site, method=ConsentMethod.PAPER, by=by,
                                 conduct_version=conduct_version)
            for row in rows
        ]
        log_action("registrations.import.done", actor=by, target=partner, data={"rows": len(registrants)})
    if kept is not None:
        kept.file.delete(save=False)
        kept.delete()
    return registrants
