from django.db import transaction
from django.db.models import Max
from django.utils import timezone
from django.utils.translation import gettext as _

from wetheinternet.core.audit import log_action

from ..enums import VersionState
from ..models import CodeVersion
from .errors import ConductError


def start_new_version(code, *, by, **texts):
    """Create the next draft version of ``code``. ``texts`` are translated field values
    (``title_en``, ``body_fr``…). Side effects: one row, audit ``conduct.version.created``."""
    with transaction.atomic():
        number = (code.versions.aggregate(highest=Max("number"))["highest"] or 0) + 1
        version = CodeVersion.objects.create(code=code, number=number, created_by=by, **texts)
        log_action("conduct.version.created", actor=by, target=version, data={"number": number})
    return version


def open_consultation(version, *, closes_at=None, by):
    """Open a draft for public consultation. Side effects: state change, audit
    ``conduct.version.consultation_opened``."""
    if version.state != VersionState.DRAFT:
        raise ConductError(_("Only a draft can be opened for consultation."))
    with transaction.atomic():
        version.state = VersionState.CONSULTATION
        version.consultation_closes_at = closes_at
        version.save(update_fields=["state", "consultation_closes_at", "updated_at"])
        log_action("conduct.version.consultation_opened", actor=by, target=version)
    return version


def publish_version(version, *, by):
    """Publish ``version``; the version published before it is superseded in the same
    transaction (the database allows one published version per code). Users are asked
    to accept it at their next sign-in, participants at check-in.

    Side effects: two state changes, audit ``conduct.version.published``."""
    if version.state not in (VersionState.DRAFT, VersionState.CONSULTATION):
        raise ConductError(_("This version has already been published."))
    now = timezone.now()
    with transaction.atomic():
        previous = CodeVersion.objects.select_for_update().filter(code=version.code, state=VersionState.PUBLISHED)
        superseded = [row.pk for row in previous]
        previous.update(state=VersionState.SUPERSEDED, superseded_at=now, updated_at=now)
        version.state = VersionState.PUBLISHED
        version.published_at = now
        version.save(update_fields=["state", "published_at", "updated_at"])
        log_action("conduct.version.published", actor=by, target=version, data={"superseded": superseded})
    return version


def publish_what_we_heard(version, *, by, **texts):
    """Publish the short "what we heard" page of a consultation. ``texts`` are
    ``what_we_heard_<lang>`` values. Side effects: audit ``conduct.consultation.summary_published``."""
    if not any(value.strip() for value in texts.values()):
        raise ConductError(_("Write what you heard before publishing it."))
    with transaction.atomic():
        for field, value in texts.items():
            setattr(version, field, value)
        version.what_we_heard_published_at = timezone.now()
        version.save()
        log_action("conduct.consultation.summary_published", actor=by, target=version)
    return version
