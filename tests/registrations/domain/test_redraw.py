"""A second draw of a country: the current panel is read once per person, the redraw is
confirmed first, and seats of people not drawn again are freed."""

import pytest

from registrations.domain.exceptions import RedrawNeedsConfirmation
from registrations.domain.panels import execute_panel_run, request_panel_selection
from registrations.domain.pool import current_panel_ids, current_panel_summary
from registrations.domain.replacement import replace_from_reserve
from registrations.domain.tables import seat_site_panel
from registrations.models import PanelRun, Registrant, TableSeat
from tests.factories.registrations import QuotaTargetFactory
from wetheinternet.core.models import AuditEntry

from ..conftest import make_pool

pytestmark = pytest.mark.django_db


def _gender_quota(setup, each):
    for category in ("woman", "man"):
        QuotaTargetFactory(category=setup.features["gender"][category], country="FR", min_count=each, max_count=each)


def _draw(setup, seed, *, panel_size=6, reserve_size=10, replace_current=True):
    run = request_panel_selection(setup.dialogue, country="FR", panel_size=panel_size, reserve_size=reserve_size,
                                  seed=seed, algorithm="legacy", by=setup.france_member, replace_current=replace_current)
    execute_panel_run(run.pk)
    run.refresh_from_db()
    return run


def test_current_panel_after_a_second_draw_has_each_person_once(setup):
    make_pool(setup.lyon, 30, features=setup.features)
    _gender_quota(setup, 3)
    _draw(setup, 5)
    _draw(setup, 6)

    current = current_panel_ids(setup.dialogue, "FR")

    assert current == sorted(Registrant.objects.filter(status="selected").values_list("pk", flat=True))
    assert len(current) == 6


def test_replacement_after_a_second_draw_keeps_the_quota(setup):
    make_pool(setup.lyon, 30, features=setup.features)
    _gender_quota(setup, 3)
    _draw(setup, 5)
    second = _draw(setup, 6)
    leaving = Registrant.objects.filter(status="selected").order_by("pk").first()
    gender = leaving.answers.get(feature__code="gender").category.code

    replacement = replace_from_reserve(leaving, by=setup.france_member)

    assert replacement.answers.get(feature__code="gender").category.code == gender
    assert second.members.filter(registrant=replacement, role="reserve").exists()
    assert Registrant.objects.filter(status="selected").count() == 6
    record = PanelRun.objects.get(kind="replacement")
    assert [(row["label"], row["selected"]) for row in record.quota_fulfilment if row["feature"] == "gender"] == [
        ("Gender: Woman", 3), ("Gender: Man", 3)
    ]


def test_redraw_is_refused_until_confirmed_and_says_what_it_replaces(setup):
    make_pool(setup.lyon, 30, features=setup.features)
    _draw(setup, 5, replace_current=False)
    seat_site_panel(setup.lyon, table_size=3, seed=1, by=setup.france_member)

    with pytest.raises(RedrawNeedsConfirmation) as refused:
        request_panel_selection(setup.dialogue, country="FR", panel_size=6, seed=9, algorithm="legacy",
                                by=setup.france_member)

    assert refused.value.replaces == {"selected": 6, "reserve": 10, "seated": 6, "tables": 2}
    assert refused.value.message == (
        "This draw replaces the current panel: 6 selected and 10 on the reserve list. 6 of them are seated at 2 "
        "tables; everyone not drawn again loses their seat, so seat the tables again after the draw."
    )
    assert PanelRun.objects.count() == 1


def test_a_first_draw_needs_no_confirmation_and_another_country_is_not_counted(setup):
    make_pool(setup.lyon, 30, features=setup.features)
    _draw(setup, 5, replace_current=False)

    assert current_panel_summary(setup.dialogue, "KE") == {"selected": 0, "reserve": 0, "seated": 0, "tables": 0}


def test_confirmed_redraw_frees_the_seats_of_people_not_drawn_again(setup):
    make_pool(setup.lyon, 30, features=setup.features)
    _draw(setup, 5, replace_current=False)
    seat_site_panel(setup.lyon, table_size=3, seed=1, by=setup.france_member)
    seated_before = set(TableSeat.objects.values_list("registrant_id", flat=True))

    run = _draw(setup, 6)

    selected = set(Registrant.objects.filter(status="selected").values_list("pk", flat=True))
    kept = seated_before & selected
    assert set(TableSeat.objects.values_list("registrant_id", flat=True)) == kept
    assert not TableSeat.objects.exclude(registrant__status="selected").exists()
    requested = AuditEntry.objects.get(action="registrations.panel.requested", target_id=str(run.pk))
    drawn = AuditEntry.objects.get(action="registrations.panel.drawn", target_id=str(run.pk))
    assert requested.data["replaces"] == {"selected": 6, "reserve": 10, "seated": 6, "tables": 2}
    assert drawn.data["seats_cleared"] == 6 - len(kept)
