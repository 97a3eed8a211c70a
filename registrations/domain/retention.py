"""Purging personal data once a dialogue's retention period has passed."""

import datetime as dt

from django.db import transaction

from dialogues.models import Dialogue
from wetheinternet.core.audit import log_action

from ..enums import ConsentPurpose
from ..models import ConsentRecord, Registrant, RetentionPurge
from .data_rights import erase_registrant


def dialogues_past_retention(today):
    return [
        dialogue
        for dialogue in Dialogue.objects.all()
        if dialogue.deliberation_date + dt.timedelta(days=dialogue.retention_days) < today
    ]


def purge_expired_personal_data(now):
    """Erase every remaining registrant of dialogues past their retention period.

    Side effects: erases registrants (see ``erase_registrant``), one RetentionPurge row
    per dialogue that had someone to erase, audit entry
    ``registrations.retention.purged``. Running twice is harmless."""
    purges = []
    for dialogue in dialogues_past_retention(now.date()):
        remaining = Registrant.objects.filter(dialogue=dialogue, erased_at__isnull=True)
        if not remaining.exists():
            continue
        with transaction.atomic():
            open_consents = (
                ConsentRecord.objects.filter(registrant__in=remaining, withdrawn_at__isnull=True)
                .exclude(purpose=ConsentPurpose.STATISTICS)
                .count()
            )
            erased = 0
            for registrant in remaining.select_for_update():
                erase_registrant(registrant, reason="retention")
                erased += 1
            purge = RetentionPurge.objects.create(
                dialogue=dialogue, ran_at=now, registrants_erased=erased, consents_closed=open_consents
            )
            log_action(
                "registrations.retention.purged",
                target=dialogue,
                data={"registrants_erased": erased, "purge": purge.pk},
            )
        purges.append(purge)
    return purges
