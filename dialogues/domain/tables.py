"""Tables of a site: bulk creation and their facilitator and note taker."""

from django.db import transaction
from django.db.models import Max, Sum
from django.utils.translation import gettext as _

from wetheinternet.core.audit import log_action
from wetheinternet.core.deletion import BLOCKING_ERRORS, blocked_message

from ..models import Table
from .errors import TableError
from .people import invite_helper

MIN_SEATS, MAX_SEATS = 2, 20
MAX_TABLES_AT_ONCE = 200


def _check_seats(capacity):
    if not MIN_SEATS <= capacity <= MAX_SEATS:
        raise TableError(
            _("A table seats between %(min)s and %(max)s people (5 to 8 is usual).") % {"min": MIN_SEATS, "max": MAX_SEATS},
            field="capacity",
        )


def create_tables(site, *, by, count, capacity=6, language="en"):
    """Create ``count`` tables of ``capacity`` seats, numbered after the existing ones.
    Refuses when all the site's tables together would seat more people than the site holds.

    Side effects: table rows, audit entry ``dialogues.site.tables_created``."""
    if not 1 <= count <= MAX_TABLES_AT_ONCE:
        raise TableError(_("Create between 1 and %(max)s tables at once.") % {"max": MAX_TABLES_AT_ONCE}, field="count")
    _check_seats(capacity)
    existing = site.tables.aggregate(seats=Sum("capacity"), last=Max("number"))
    seats = (existing["seats"] or 0) + count * capacity
    if seats > site.capacity:
        raise TableError(
            _("%(count)s tables of %(capacity)s would bring the site to %(seats)s seats, over its capacity of %(site)s people.")
            % {"count": count, "capacity": capacity, "seats": seats, "site": site.capacity},
            field="count",
        )
    first = (existing["last"] or 0) + 1
    with transaction.atomic():
        tables = Table.objects.bulk_create(
            Table(site=site, number=number, capacity=capacity, language=language) for number in range(first, first + count)
        )
        log_action("dialogues.site.tables_created", actor=by, target=site, data={"count": count, "capacity": capacity})
    return tables


def seated_count(table):
    """People already seated at ``table`` (table assignment lives in registrations)."""
    seats = getattr(table, "seats", None)
    return seats.count() if seats is not None else 0


def update_table(table, *, by, capacity, language, facilitator_email="", note_taker_email=""):
    """Change a table's seats and language and name its facilitator and note taker by
    e-mail (each is invited if new). Refuses fewer seats than people already seated.

    Side effects: the table row, invitations, audit entry ``dialogues.table.updated``."""
    _check_seats(capacity)
    seated = seated_count(table)
    if capacity < seated:
        raise TableError(
            _("%(seated)s people are already seated at this table: it cannot have fewer seats.") % {"seated": seated},
            field="capacity",
        )
    context = _("You are invited to help at table %(number)s of %(site)s.") % {"number": table.number, "site": table.site}
    with transaction.atomic():
        table.capacity = capacity
        table.language = language
        table.facilitator = invite_helper(facilitator_email, by=by, context_line=context)
        table.note_taker = invite_helper(note_taker_email, by=by, context_line=context)
        table.save()
        log_action("dialogues.table.updated", actor=by, target=table, data={"capacity": capacity})
    return table


def delete_table(table, *, by):
    """Delete a table. Side effects: audit entry. Raises TableError, saying what blocks
    it, when results depend on it."""
    if table.results.exists():
        raise TableError(
            _("Table %(number)s cannot be deleted: results were sent for it, and results are kept.")
            % {"number": table.number}
        )
    try:
        with transaction.atomic():
            log_action("dialogues.table.deleted", actor=by, target=table.site, data={"number": table.number})
            table.delete()
    except BLOCKING_ERRORS as error:
        raise TableError(blocked_message(error)) from None
