"""Purging personal data once a dialogue's retention period has passed."""

import datetime as dt

from django.db import transaction

from dialogues.domain.redaction import NameRegister
from dialogues.domain.redaction.scrub import scrub_dialogue
from dialogues.models import Dialogue
from dialogues.models.results import ResultSubmission
from wetheinternet.core.audit import log_action
from wetheinternet.core.models import StoredFile

from ..enums import ConsentPurpose
from ..models import ConsentRecord, DataRightsRequest, Registrant, RetentionPurge
from .data_rights import erase_registrant
from .queries import personal_names


def dialogues_past_retention(today):
    return [
        dialogue
        for dialogue in Dialogue.objects.all()
        if dialogue.deliberation_date + dt.timedelta(days=dialogue.retention_days) < today
    ]


def purge_expired_personal_data(now):
    """Remove every personal value of dialogues past their retention period; the
    anonymous statistics (ballots, counts, released figures) remain.

    Side effects, per dialogue: every registered free text (raw open answers, reviewed
    texts) redacted with the detector and the register of the dialogue's names, before
    the names are forgotten; every remaining registrant erased (see
    ``erase_registrant``); photos of paper result sheets deleted (handwriting and faces
    are personal data); data-rights request rows stripped of reference codes and
    details; one RetentionPurge row per dialogue that had something to purge; audit
    entry ``registrations.retention.purged``. Running twice is harmless."""
    purges = []
    for dialogue in dialogues_past_retention(now.date()):
        remaining = Registrant.objects.filter(dialogue=dialogue, erased_at__isnull=True)
        photos = ResultSubmission.objects.filter(topic__dialogue=dialogue, photo__isnull=False)
        requests = DataRightsRequest.objects.filter(dialogue=dialogue).exclude(reference_code="", detail="")
        if not (remaining.exists() or photos.exists() or requests.exists()):
            continue
        with transaction.atomic():
            texts = scrub_dialogue(dialogue, NameRegister(personal_names(dialogue)))
            open_consents = (
                ConsentRecord.objects.filter(registrant__in=remaining, withdrawn_at__isnull=True)
                .exclude(purpose=ConsentPurpose.STATISTICS)
                .count()
            )
            erased = 0
            for registrant in remaining.select_for_update():
                erase_registrant(registrant, reason="retention", scrub=False)
                erased += 1
            photos_deleted = _delete_photos(photos)
            requests.update(reference_code="", detail="", registrant=None)
            purge = RetentionPurge.objects.create(
                dialogue=dialogue, ran_at=now, registrants_erased=erased, consents_closed=open_consents
            )
            log_action(
                "registrations.retention.purged",
                target=dialogue,
                data={"registrants_erased": erased, "texts_redacted": texts, "photos_deleted": photos_deleted,
                      "purge": purge.pk},
            )
        purges.append(purge)
    return purges


def _delete_photos(photos):
    stored = list(StoredFile.objects.filter(pk__in=photos.values("photo")))
    photos.update(photo=None)
    for file in stored:
        transaction.on_commit(lambda name=file.file.name, storage=file.file.storage: storage.delete(name))
        file.delete()
    return len(stored)
