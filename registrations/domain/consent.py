"""Withdrawing and giving consent after registration."""

from django.db import transaction
from django.utils import timezone
from django.utils.translation import gettext as _

from wetheinternet.core.audit import log_action

from ..enums import ConsentPurpose, RegistrantStatus
from ..models import ConsentRecord, RegistrantAnswer, TableSeat
from .exceptions import RegistrationError
from .holders import remove_seat_categories

# Withdrawing one of these takes the person out of the panel (statistics is needed to
# be selected, participation for everything).
SELECTION_PURPOSES = (ConsentPurpose.PARTICIPATION, ConsentPurpose.STATISTICS)


def withdraw_consent(registrant, purpose, *, by=None):
    """Close the active consent record for ``purpose``.

    Side effects: sets ``withdrawn_at``; for participation the registrant becomes
    withdrawn (out of selection and every later step) and loses any seat; for
    statistics a selected or reserve person leaves the panel and their seat, their
    demographic answers are deleted and their categories are taken off the ballots of
    their seat (reports are built from ballots' categories: the next release no longer
    counts them in any breakdown); audit entry ``registrations.consent.withdrawn``.
    Raises ``RegistrationError`` if there is no active consent for the purpose."""
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
        cleared = _clear_categories(registrant) if purpose == ConsentPurpose.STATISTICS else 0
        if purpose in SELECTION_PURPOSES:
            _leave_seat(registrant, keeps_statistics=purpose != ConsentPurpose.STATISTICS)
        registrant.save(update_fields=["status", "former_table", "former_seat_number", "updated_at"])
        log_action(
            "registrations.consent.withdrawn",
            actor=by,
            target=registrant,
            data={"purpose": purpose, "consent_record": record.pk, "ballot_categories_removed": cleared},
        )
    return record


def _clear_categories(registrant):
    """Delete the person's demographic answers and take their categories off the
    ballots cast at their seat. Returns how many ballot categories were removed."""
    categories = list(RegistrantAnswer.objects.filter(registrant=registrant).values_list("category_id", flat=True))
    seat = TableSeat.objects.filter(registrant=registrant).first()
    table_id, seat_number = (seat.table_id, seat.seat_number) if seat else (
        registrant.former_table_id, registrant.former_seat_number
    )
    removed = 0
    if table_id is not None and categories:
        removed = remove_seat_categories(table_id, seat_number, categories)
    RegistrantAnswer.objects.filter(registrant=registrant).delete()
    registrant.former_table, registrant.former_seat_number = None, None
    return removed


def _leave_seat(registrant, *, keeps_statistics):
    seat = TableSeat.objects.filter(registrant=registrant).first()
    if seat is None:
        return
    if keeps_statistics and registrant.consents.filter(
        purpose=ConsentPurpose.STATISTICS, withdrawn_at__isnull=True
    ).exists():
        registrant.former_table_id, registrant.former_seat_number = seat.table_id, seat.seat_number
    seat.delete()


def active_purposes(registrant):
    return set(
        ConsentRecord.objects.filter(registrant=registrant, withdrawn_at__isnull=True).values_list("purpose", flat=True)
    )
