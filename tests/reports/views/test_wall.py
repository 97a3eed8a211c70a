"""The public world wall: the live map of tables reporting (counts of tables, as they
arrive), the timeline across time zones, and the latest release's results only."""

import pytest
from django.urls import reverse

from dialogues.models import Site, Table
from reports.domain.releases import release_results
from reports.domain.wall import ALL, WAITING, live_map, map_level, world_map
from tests.factories.dialogues import SiteFactory, TableFactory
from tests.factories.reports import small_dialogue
from tests.factories.results import submit_counts

pytestmark = pytest.mark.django_db


def country_levels(html):
    import re

    return dict(re.findall(r'data-country="([A-Z]{2})" data-level="([a-z]+)"', html))


def test_map_ships_shapes_keyed_by_iso_alpha2_codes():
    shapes = world_map()["countries"]

    assert {"FR", "KE", "BR", "JP", "US"} <= set(shapes)
    assert all(path.startswith("M") and path.endswith("z") for path in shapes.values())


@pytest.mark.parametrize(("reporting", "tables", "level"), [(0, 4, "waiting"), (1, 4, "some"), (2, 4, "most"),
                                                            (3, 4, "most"), (4, 4, "all")])
def test_map_level_follows_the_share_of_tables_reporting(reporting, tables, level):
    assert map_level(reporting, tables) == level


def test_wall_shows_every_country_with_sites_and_its_tables_reporting(client):
    dialogue = small_dialogue()
    countries = sorted(set(Site.objects.filter(partner__dialogue=dialogue).values_list("country", flat=True)))

    response = client.get(reverse("reports:wall", args=[dialogue.slug]))

    html = response.content.decode()
    levels = country_levels(html)
    assert response.status_code == 200
    assert all(levels[code] == ALL for code in countries if code in world_map()["countries"])
    assert "AQ" not in levels  # Antarctica is left out of the map
    assert "Figures of release 1, made at" in html
    assert f'data-figure="countries">{len(countries)}</strong> / {len(countries)}' in html


def test_wall_map_changes_as_tables_report_but_results_wait_for_a_release(client):
    dialogue = small_dialogue()
    site = Site.objects.filter(partner__dialogue=dialogue).first()
    new_site = SiteFactory(partner=site.partner, name="Nairobi hall", country="KE", time_zone="Africa/Nairobi")
    table = TableFactory(site=new_site, number=1)
    url = reverse("reports:wall", args=[dialogue.slug])
    assert country_levels(client.get(url).content.decode())["KE"] == WAITING

    submit_counts(dialogue, table, people=9)
    html = client.get(url, headers={"HX-Request": "true"}).content.decode()

    assert country_levels(html)["KE"] == ALL
    assert html.startswith('<div id="wall"')
    assert "Figures of release 1, made at" in html


def test_wall_results_change_at_a_release(client, staff_user):
    dialogue = small_dialogue()
    site = Table.objects.filter(site__partner__dialogue=dialogue).first().site
    submit_counts(dialogue, TableFactory(site=site, number=901), people=6)

    release_results(dialogue, by=staff_user)
    html = client.get(reverse("reports:wall", args=[dialogue.slug])).content.decode()

    assert "Figures of release 2, made at" in html


def test_projector_view_has_no_site_navigation_and_a_way_back(client):
    dialogue = small_dialogue()

    html = client.get(reverse("reports:wall_projector", args=[dialogue.slug])).content.decode()

    assert 'class="site-header"' not in html
    assert reverse("reports:wall", args=[dialogue.slug]) in html
    assert "wall--projector" in html


def test_wall_of_an_unknown_or_draft_dialogue_is_not_found(client):
    dialogue = small_dialogue()
    dialogue.status = "draft"
    dialogue.save()

    assert client.get(reverse("reports:wall", args=[dialogue.slug])).status_code == 404
    assert client.get(reverse("reports:wall", args=["no-such-dialogue"])).status_code == 404


def test_live_map_lists_countries_too_small_for_the_map():
    class Row:
        code, name, tables, reporting, results, level = "MT", "Malta", 2, 1, 1, "some"

    countries, unmapped = live_map([Row()])

    assert [row.code for row in unmapped] == ["MT"]
    assert all(level == "none" for _code, _name, _path, level, _row in countries)
