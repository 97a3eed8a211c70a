"""Withdrawing and giving consent after registration."""

from django.db import transaction
from django.utils import timezone
from django.utils.translation import gettext as _

from wetheinternet.core.audit import log_action

from ..enums import ConsentPurpose, RegistrantStatus
from ..models import ConsentRecord, TableSeat
from .exceptions import RegistrationError

# Withdrawing one of these takes the person out of the panel (statistics is needed to
# be selected, participation for everything).
SELECTION_PURPOSES = (ConsentPurpose.PARTICIPATION, ConsentPurpose.STATISTICS)


def withdraw_consent(registrant, purpose, *, by=None):
    """Close the active consent record for ``purpose``.

    Side effects: sets ``withdrawn_at``; for participation the registrant becomes
    withdrawn (out of selection and every later step) and loses any seat; for
    statistics a selected or reserve person leaves the panel and their seat;
    audit entry ``registrations.consent.withdrawn``. Raises ``RegistrationError`` if
    there is no active consent for the purpose."""
    with transaction.atomic():
        record = ConsentRecord.objects.select_for_update().filter(
            registrant=registrant, purpose=purpose, withdrawn_at__isnull=True
        ).first()
        if record is None:
            raise RegistrationError(_("There is no consent to withdraw for this purpose."))
        record.withdrawn_at = timezone.now()
        record.save(update_fields=["withdrawn_at"])
        if purpose == ConsentPurpose.PARTICIPATION:
            registrant.status = RegistrantStatus.WITHDRAWN
        elif purpose == ConsentPurpose.STATISTICS and registrant.status in (
            RegistrantStatus.SELECTED,
            RegistrantStatus.RESERVE,
        ):
            registrant.status = RegistrantStatus.REGISTERED
        if purpose in SELECTION_PURPOSES:
            TableSeat.objects.filter(registrant=registrant).delete()
        registrant.save(update_fields=["status", "updated_at"])
        log_action(
            "registrations.consent.withdrawn",
            actor=by,
            target=registrant,
            data={"purpose": purpose, "consent_record": record.pk},
        )
    return record


def active_purposes(registrant):
    return set(
        ConsentRecord.objects.filter(registrant=registrant, withdrawn_at__isnull=True).values_list("purpose", flat=True)
    )
