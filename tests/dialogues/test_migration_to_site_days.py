"""Dialogues 0013 gives every existing site one day (its old date, or the dialogue's,
its start time, link and format) and every dialogue a window, so existing one-day
dialogues keep working unchanged; and it goes back again."""

import datetime as dt

import pytest
from django.db import connection
from django.db.migrations.executor import MigrationExecutor

from dialogues.domain.agenda import apply_agenda_template
from dialogues.models import Dialogue, Site, SiteDay
from tests.factories.onboarding import AgendaTemplateItemFactory

pytestmark = pytest.mark.django_db(transaction=True)

BEFORE = [("dialogues", "0012_site_address_directions_search_text")]
AFTER = [("dialogues", "0013_dialogue_window_and_site_days")]


def _apps(targets):
    executor = MigrationExecutor(connection)
    executor.loader.build_graph()
    executor.migrate(targets)
    return executor.loader.project_state(targets).apps


def _migrate_to_latest():
    executor = MigrationExecutor(connection)
    executor.loader.build_graph()
    executor.migrate(executor.loader.graph.leaf_nodes())


def test_existing_sites_get_their_day_and_dialogues_a_window():
    old = _apps(BEFORE)
    OldDialogue, OldPartner, OldSite = (old.get_model("dialogues", name) for name in ("Dialogue", "Partner", "Site"))
    one_day = OldDialogue.objects.create(name="2019", slug="day-2019", deliberation_date=dt.date(2019, 11, 9))
    spread = OldDialogue.objects.create(name="2020", slug="month-2020", deliberation_date=dt.date(2020, 10, 10))
    for dialogue, sites in ((one_day, [(None, "in_person", "")]),
                            (spread, [(dt.date(2020, 10, 3), "online", "https://meet.example.org/a"), (dt.date(2020, 10, 24), "in_person", "")])):
        partner = OldPartner.objects.create(dialogue=dialogue, name=f"Partner {dialogue.slug}", countries=["FR"])
        for n, (date, mode, link) in enumerate(sites):
            OldSite.objects.create(partner=partner, name=f"Site {n}", country="FR", time_zone="Europe/Paris", mode=mode,
                                   local_date=date, local_start_time=dt.time(10, 30), meeting_link=link)

    _apps(AFTER)
    _migrate_to_latest()

    assert sorted(SiteDay.objects.values_list("site__partner__dialogue__slug", "date", "start_time", "mode", "meeting_link")) == [
        ("day-2019", dt.date(2019, 11, 9), dt.time(10, 30), "in_person", ""),
        ("month-2020", dt.date(2020, 10, 3), dt.time(10, 30), "online", "https://meet.example.org/a"),
        ("month-2020", dt.date(2020, 10, 24), dt.time(10, 30), "in_person", ""),
    ]
    assert sorted(Dialogue.objects.values_list("slug", "deliberation_date", "end_date")) == [
        ("day-2019", dt.date(2019, 11, 9), dt.date(2019, 11, 9)),
        ("month-2020", dt.date(2020, 10, 3), dt.date(2020, 10, 24)),
    ]
    one_day_site = Site.objects.get(partner__dialogue__slug="day-2019")
    AgendaTemplateItemFactory(dialogue=one_day_site.partner.dialogue, position=1, title="Opening", duration_minutes=30)
    assert [i.starts_at for i in apply_agenda_template(one_day_site, by=None)] == [
        dt.datetime(2019, 11, 9, 9, 30, tzinfo=dt.UTC)]


def test_going_back_restores_each_sites_date_start_and_link():
    old = _apps(BEFORE)
    OldDialogue, OldPartner, OldSite = (old.get_model("dialogues", name) for name in ("Dialogue", "Partner", "Site"))
    dialogue = OldDialogue.objects.create(name="2020", slug="back-2020", deliberation_date=dt.date(2020, 10, 10))
    partner = OldPartner.objects.create(dialogue=dialogue, name="Partner", countries=["FR"])
    OldSite.objects.create(partner=partner, name="Online", country="FR", time_zone="Europe/Paris", mode="online",
                           local_date=dt.date(2020, 10, 12), local_start_time=dt.time(18, 0),
                           meeting_link="https://meet.example.org/b")
    _apps(AFTER)

    back = _apps(BEFORE)

    site = back.get_model("dialogues", "Site").objects.get()
    assert (site.local_date, site.local_start_time, site.meeting_link) == (
        dt.date(2020, 10, 12), dt.time(18, 0), "https://meet.example.org/b")
    _migrate_to_latest()
