import random
import time

import pytest

from registrations.domain.checkin import fill_seat_from_reserve, mark_attendance, search_site_people
from registrations.domain.exceptions import RegistrationError
from registrations.domain.panels import execute_panel_run
from registrations.domain.queries import partner_registration_numbers
from registrations.domain.table_assignment import assign_tables, best_bound, table_sizes
from registrations.domain.tables import seat_site_panel, swap_seats
from registrations.models import PanelRun, Registrant, TableSeat
from tests.factories.registrations import QuotaTargetFactory, RegistrantFactory

from ..conftest import make_pool

pytestmark = pytest.mark.django_db


def _people(count, seed=1):
    rng = random.Random(seed)
    return {i: [f * 10 + rng.randrange(3 if f % 2 else 4) for f in range(6)] for i in range(count)}


def test_table_sizes_are_balanced():
    assert table_sizes(200, 6) == [6] * 30 + [5] * 4
    assert table_sizes(10, 5) == [5, 5]
    assert table_sizes(0, 6) == []


def test_assign_tables_200_into_6_is_fast_reproducible_and_near_the_bound():
    people = _people(200)

    started = time.monotonic()
    first = assign_tables(people, 6, seed=42)
    elapsed = time.monotonic() - started
    second = assign_tables(people, 6, seed=42)

    assert elapsed < 1.0
    assert first.tables == second.tables
    assert sorted(pk for table in first.tables for pk in table) == list(range(200))
    assert first.best_bound == best_bound(people, table_sizes(200, 6))
    assert first.clashes >= first.best_bound
    assert first.score >= 90


def test_assign_tables_random_groups_of_five_for_a_demonstration():
    people = _people(23, seed=3)

    assignment = assign_tables(people, 5, seed=9)

    assert [len(t) for t in assignment.tables] == [5, 5, 5, 4, 4]
    assert assign_tables(people, 5, seed=10).tables != assignment.tables


def _drawn_site(setup, size=12, pool=16):
    make_pool(setup.lyon, pool, features=setup.features)
    run = PanelRun.objects.create(dialogue=setup.dialogue, country="FR", site=setup.lyon, panel_size=size,
                                  reserve_size=pool - size, algorithm="legacy", seed=5)
    execute_panel_run(run.pk)
    return run


def test_seat_site_panel_seats_everyone_selected_at_new_tables(setup):
    _drawn_site(setup)

    run, assignment = seat_site_panel(setup.lyon, table_size=6, seed=3, by=setup.france_member)

    assert TableSeat.objects.filter(table__site=setup.lyon).count() == 12
    assert sorted(setup.lyon.tables.values_list("number", flat=True)) == [1, 2]
    assert (run.clashes, run.best_bound, run.seed) == (assignment.clashes, assignment.best_bound, 3)


def test_seat_site_panel_refused_before_the_draw(setup):
    with pytest.raises(RegistrationError):
        seat_site_panel(setup.lyon, table_size=6, seed=3, by=setup.france_member)


def test_demonstration_splits_everyone_registered_into_groups_of_five(setup):
    setup.dialogue.kind = "demonstration"
    setup.dialogue.save()
    make_pool(setup.lyon, 12, features=setup.features)

    run, assignment = seat_site_panel(setup.lyon, table_size=5, seed=8, by=setup.france_member)

    assert [len(table) for table in assignment.tables] == [4, 4, 4]
    assert TableSeat.objects.filter(table__site=setup.lyon).count() == 12


def test_swap_seats_exchanges_two_people(setup):
    _drawn_site(setup)
    seat_site_panel(setup.lyon, table_size=6, seed=3, by=setup.france_member)
    first = TableSeat.objects.get(table__number=1, seat_number=1)
    second = TableSeat.objects.get(table__number=2, seat_number=2)
    a, b = first.registrant_id, second.registrant_id

    swap_seats(first, second, by=setup.france_member)

    assert TableSeat.objects.get(table__number=1, seat_number=1).registrant_id == b
    assert TableSeat.objects.get(table__number=2, seat_number=2).registrant_id == a


def test_check_in_search_by_code_or_name(setup):
    _drawn_site(setup)
    person = Registrant.objects.filter(status="selected").first()

    assert list(search_site_people(setup.lyon, person.reference_code.replace("-", "").lower())) == [person]
    assert person in search_site_people(setup.lyon, person.last_name)


@pytest.mark.parametrize("words", ["Karim Fontaine", "fontaine karim", "Fontaine", "KARIM  föntaine"])
def test_check_in_search_finds_names_in_any_order_case_and_accents(setup, words):
    karim = RegistrantFactory(site=setup.lyon, first_name="Karim", last_name="Fontaine", status="selected")
    RegistrantFactory(site=setup.lyon, first_name="Karim", last_name="Benali", status="selected")
    RegistrantFactory(site=setup.nairobi, first_name="Karim", last_name="Fontaine", status="selected")

    assert list(search_site_people(setup.lyon, words)) == [karim]


def test_no_show_seat_goes_to_the_reserve(setup):
    _drawn_site(setup)
    seat_site_panel(setup.lyon, table_size=6, seed=3, by=setup.france_member)
    absent = TableSeat.objects.get(table__number=1, seat_number=1).registrant
    mark_attendance(absent, "no_show", by=setup.france_member)
    for reserve in Registrant.objects.filter(status="reserve"):
        mark_attendance(reserve, "attended", by=setup.france_member)

    replacement = fill_seat_from_reserve(absent, by=setup.france_member)

    assert TableSeat.objects.get(table__number=1, seat_number=1).registrant == replacement
    assert (replacement.status, replacement.attendance) == ("selected", "attended")


def test_fill_seat_refused_until_marked_no_show(setup):
    _drawn_site(setup)
    person = Registrant.objects.filter(status="selected").first()

    with pytest.raises(RegistrationError):
        fill_seat_from_reserve(person, by=setup.france_member)


def test_partner_registration_numbers_only_count_the_partners_countries(setup):
    _drawn_site(setup)
    RegistrantFactory(site=setup.nairobi)
    QuotaTargetFactory(category=setup.features["gender"]["woman"], country="FR", min_count=6, max_count=6)
    person = Registrant.objects.filter(status="selected").first()
    mark_attendance(person, "attended", by=setup.france_member)

    numbers = partner_registration_numbers(setup.france)

    assert numbers["totals"] == {"registered": 16, "withdrawn": 0, "selected": 12, "reserves": 4, "checked_in": 1}
    assert [row["site"] for row in numbers["sites"]] == ["Lyon hall"]
    assert numbers["consents"] == {"participation": 16, "contact": 0, "statistics": 16, "photographs": 0}
    woman = next(r for r in numbers["categories"] if r["category"] == "Woman")
    assert (woman["country"], woman["registered"], woman["min"], woman["max"]) == ("FR", 8, 6, 6)
