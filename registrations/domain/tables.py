"""Seating a site's panel at tables, and manual swaps afterwards."""

from django.db import transaction
from django.utils.translation import gettext as _

from dialogues.enums import DialogueKind
from dialogues.models import Table
from wetheinternet.core.audit import log_action

from ..enums import RegistrantStatus
from ..models import Registrant, RegistrantAnswer, TableAssignmentRun, TableSeat
from .exceptions import RegistrationError
from .table_assignment import assign_tables


def seat_categories_of(registrant_ids):
    people = {pk: [] for pk in registrant_ids}
    answers = RegistrantAnswer.objects.filter(registrant_id__in=registrant_ids).order_by("registrant_id", "category_id")
    for registrant_id, category_id in answers.values_list("registrant_id", "category_id"):
        people[registrant_id].append(category_id)
    return people


def seat_site_panel(site, *, table_size, seed, by):
    """Split the site's selected people (everyone registered at a demonstration) into
    tables of ``table_size`` with maximum diversity and seat them (tables 1..n are created as needed, earlier seats at the
    site are replaced).

    Side effects: Table rows (missing numbers), TableSeat rows, a TableAssignmentRun;
    audit entry ``registrations.tables.assigned``. Raises ``RegistrationError`` when
    nobody is selected at the site."""
    if not 2 <= table_size <= 20:
        raise RegistrationError(_("A table has between 2 and 20 people."), field="table_size")
    selected = list(_people_to_seat(site).values_list("pk", flat=True))
    if not selected:
        raise RegistrationError(_("Nobody at this site is selected yet: draw the panel first."))
    assignment = assign_tables(seat_categories_of(selected), table_size, seed)
    with transaction.atomic():
        TableSeat.objects.filter(table__site=site).delete()
        seats = []
        for number, people in enumerate(assignment.tables, start=1):
            table, _created = Table.objects.get_or_create(
                site=site, number=number, defaults={"capacity": max(table_size, 2), "language": _site_language(site)}
            )
            seats += [TableSeat(table=table, seat_number=i, registrant_id=pk) for i, pk in enumerate(people, 1)]
        TableSeat.objects.bulk_create(seats)
        run = TableAssignmentRun.objects.create(
            site=site, seed=seed, table_size=table_size, people=len(selected),
            clashes=assignment.clashes, best_bound=assignment.best_bound, created_by=by,
        )
        log_action("registrations.tables.assigned", actor=by, target=run,
                   data={"tables": len(assignment.tables), "clashes": assignment.clashes})
    return run, assignment


def _people_to_seat(site):
    """The selected panel; at a one-site demonstration (no sortition) everyone
    registered, split at random into diverse groups by the same function."""
    if site.partner.dialogue.kind == DialogueKind.DEMONSTRATION:
        return Registrant.objects.filter(
            site=site, status__in=[RegistrantStatus.REGISTERED, RegistrantStatus.SELECTED]
        )
    return Registrant.objects.filter(site=site, status=RegistrantStatus.SELECTED)


def _site_language(site):
    return site.languages[0] if site.languages else "en"


def swap_seats(first, second, *, by):
    """Exchange the people of two seats of the same site.

    Side effects: both TableSeat rows; audit entry ``registrations.tables.swapped``."""
    if first.table.site_id != second.table.site_id:
        raise RegistrationError(_("Both seats must be at the same site."))
    with transaction.atomic():
        # A person has one seat (one-to-one), so free the first seat before refilling it.
        first_person, second_person = first.registrant_id, second.registrant_id
        first_table, first_number = first.table, first.seat_number
        first.delete()
        second.registrant_id = first_person
        second.save(update_fields=["registrant"])
        TableSeat.objects.create(table=first_table, seat_number=first_number, registrant_id=second_person)
        log_action("registrations.tables.swapped", actor=by, target=first.table,
                   data={"seats": [first.seat_number, second.seat_number], "other_table": second.table_id})
