import pytest

from dialogues.domain.errors import TableError
from dialogues.domain.tables import create_tables, update_table
from registrations.models import TableSeat
from tests.factories.dialogues import SiteFactory, TableFactory
from tests.factories.registrations import RegistrantFactory

pytestmark = pytest.mark.django_db


def test_create_tables_creates_twelve_tables_of_six(partner, coordinator):
    site = SiteFactory(partner=partner, capacity=80)
    TableFactory(site=site, number=1, capacity=6)

    tables = create_tables(site, by=coordinator, count=12, capacity=6, language="fr")

    assert [(t.number, t.capacity, t.language) for t in tables][:2] == [(2, 6, "fr"), (3, 6, "fr")]
    assert list(site.tables.values_list("number", flat=True)) == list(range(1, 14))


def test_create_tables_refuses_more_seats_than_site_capacity(partner, coordinator):
    site = SiteFactory(partner=partner, capacity=60)

    with pytest.raises(TableError) as error:
        create_tables(site, by=coordinator, count=12, capacity=6)

    assert error.value.message == "12 tables of 6 would bring the site to 72 seats, over its capacity of 60 people."
    assert not site.tables.exists()


@pytest.mark.parametrize("capacity", [1, 21])
def test_create_tables_refuses_seats_outside_limits(partner, coordinator, capacity):
    site = SiteFactory(partner=partner, capacity=500)

    with pytest.raises(TableError) as error:
        create_tables(site, by=coordinator, count=2, capacity=capacity)

    assert (error.value.field, error.value.message) == (
        "capacity", "A table seats between 2 and 20 people (5 to 8 is usual).")


def test_update_table_invites_facilitator_and_note_taker(partner, coordinator):
    table = TableFactory(site=SiteFactory(partner=partner))

    update_table(table, by=coordinator, capacity=7, language="en",
                 facilitator_email="fac@example.org", note_taker_email="notes@example.org")

    table.refresh_from_db()
    assert (table.capacity, table.facilitator.email, table.note_taker.email) == (7, "fac@example.org", "notes@example.org")


def test_update_table_refuses_fewer_seats_than_people_seated(partner, coordinator):
    table = TableFactory(site=SiteFactory(partner=partner), capacity=6)
    for seat in range(1, 6):
        TableSeat.objects.create(table=table, seat_number=seat, registrant=RegistrantFactory(site=table.site))

    with pytest.raises(TableError) as error:
        update_table(table, by=coordinator, capacity=4, language="fr")

    assert error.value.message == "5 people are already seated at this table: it cannot have fewer seats."
    table.refresh_from_db()
    assert table.capacity == 6
