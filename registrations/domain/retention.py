"""Purging personal data once a dialogue's retention period has passed."""

import datetime as dt

from django.db import transaction

from dialogues.domain.mirrors import purge_inactive_mirrors
from dialogues.domain.redaction import NameRegister
from dialogues.domain.redaction.scrub import scrub_dialogue
from dialogues.models import Dialogue
from wetheinternet.core.audit import log_action

from ..enums import ConsentPurpose
from ..models import ConsentRecord, DataRightsRequest, Registrant, RetentionPurge
from .data_rights import erase_registrant
from .holders import delete_personal_files, has_personal_files
from .queries import personal_names


def has_registrants(dialogue):
    """Whether anyone registered for ``dialogue`` (an activity check of
    ``dialogues.domain.mirrors``)."""
    return Registrant.objects.filter(dialogue=dialogue).exists()


def dialogues_past_retention(today):
    return [
        dialogue
        for dialogue in Dialogue.objects.all()
        # Counted from the window's last day: a month-long dialogue keeps data for its whole month.
        if dialogue.last_day + dt.timedelta(days=dialogue.retention_days) < today
    ]


def purge_expired_personal_data(now):
    """Remove every personal value of dialogues past their retention period; the
    anonymous statistics (ballots, counts, released figures) remain.

    Side effects, per dialogue: every registered free text (raw open answers, reviewed
    texts) redacted with the detector and the register of the dialogue's names, before
    the names are forgotten; every remaining registrant erased (see
    ``erase_registrant``); the registered personal files (``holders``: photos of paper
    result sheets, whose handwriting and faces are personal data) deleted; data-rights request rows stripped of reference codes and
    details; one RetentionPurge row per dialogue that had something to purge; audit
    entry ``registrations.retention.purged``. Before that, the mirror dialogues in which
    nothing happened are deleted whole (``purge_inactive_mirrors``); those with
    registrants or results are purged here like any other. Running twice is harmless."""
    purge_inactive_mirrors(now.date())
    purges = []
    for dialogue in dialogues_past_retention(now.date()):
        remaining = Registrant.objects.filter(dialogue=dialogue, erased_at__isnull=True)
        requests = DataRightsRequest.objects.filter(dialogue=dialogue).exclude(reference_code="", detail="")
        if not (remaining.exists() or has_personal_files(dialogue) or requests.exists()):
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
            photos_deleted = delete_personal_files(dialogue)
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

