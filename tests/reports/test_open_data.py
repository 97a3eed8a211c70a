import json
from io import StringIO

from django.core.management import call_command
from django.urls import reverse

from reports.domain.cube import Cube
from reports.domain.open_data import FIELDS, open_data_cells

K = 3


def test_open_data_cells_follow_the_schema_and_mark_suppressed_cells_null(tiny):
    cells = open_data_cells(tiny)

    assert all(list(cell) == FIELDS for cell in cells)
    assert all((cell["count"] is None) == cell["suppressed"] for cell in cells)
    assert all(cell["count"] is None or cell["count"] == 0 or cell["count"] >= K for cell in cells)
    assert {cell["k"] for cell in cells} == {K}
    assert {cell["group"].split(":")[0] for cell in cells} == {"all", "age", "gender", "education", "area"}
    assert any(cell["suppressed"] for cell in cells)


def test_open_data_world_cells_match_the_cube(tiny):
    cube = Cube(tiny)
    question = cube.questions[0]
    world = cube.figures[question.pk].get("world")

    cells = [c for c in open_data_cells(tiny, cube=cube, breakdowns=False)
             if c["area"] == "world" and c["question"] == question.code]

    assert [c["count"] for c in cells] == [*world.counts, world.base]
    assert cells[-1]["option"] == "total"


def test_export_open_data_command_writes_json_to_stdout(tiny):
    out = StringIO()

    call_command("export_open_data", tiny.slug, "--format", "json", "--no-breakdowns", stdout=out)

    cells = json.loads(out.getvalue())
    assert cells == open_data_cells(tiny, breakdowns=False)


def test_export_open_data_command_writes_csv(tiny):
    out = StringIO()

    call_command("export_open_data", tiny.slug, "--format", "csv", "--no-breakdowns", stdout=out)

    lines = out.getvalue().splitlines()
    assert lines[0] == "area,question,option,group,count,suppressed,k,released_at"
    released_at = Cube(tiny).release.released_at.isoformat()
    assert any(line.endswith(f",,true,3,{released_at}") for line in lines)


def test_open_data_api_is_public(client, tiny):
    response = client.get(reverse("reports-api:open-data", args=[tiny.slug]))

    assert response.status_code == 200
    assert response.json() == open_data_cells(tiny)


def test_public_csv_download(client, tiny):
    response = client.get(reverse("reports:open_data", args=[tiny.slug, "csv"]))

    assert response["Content-Type"] == "text/csv; charset=utf-8"
    assert response.content.decode().startswith("area,question,option,group,count,suppressed,k,released_at\n")


def test_live_dashboard_shows_world_and_progress_without_javascript(client, tiny):
    response = client.get(reverse("reports:dashboard", args=[tiny.slug]))

    content = response.content.decode()
    assert "The world" in content
    assert "Tables that have reported for this session: 10 of 10." in content


def test_warmed_open_data_is_served_from_the_cache(tiny, monkeypatch):
    from reports.domain import open_data

    count = open_data.warm_open_data(tiny)

    monkeypatch.setattr(open_data, "open_data_cells", lambda dialogue: [])
    assert len(open_data.cached_open_data(tiny)) == count > 0
