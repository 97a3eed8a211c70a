"""Dissemination kits: what a kit holds, that its PDFs open and print only published
figures, that it is made from the latest release only, and when it is launched."""

import re
import xml.etree.ElementTree as ET
from collections import Counter

import pytest

from dialogues.models import Table
from reports.domain.content import area_name, comparison_areas
from reports.domain.cube import Cube
from reports.domain.kits import KitError, launch_kits
from reports.domain.releases import release_due_results, release_results
from reports.enums import JobState
from reports.models import DisseminationKit, Release
from tests.factories.dialogues import TableFactory
from tests.factories.reports import small_dialogue
from tests.factories.results import submit_counts
from wetheinternet.core.models import DeferredTask
from wetheinternet.i18n.numbers import format_percent

from .kits import built_kit, pdf_pages, pdf_text, png_size, stored_files


def test_world_kit_holds_key_findings_slides_charts_and_press_summary(tiny):
    cube = Cube(tiny)

    kit = built_kit(tiny, "global", "world")
    files = stored_files(kit)

    charts = sorted(name for name in files if name.startswith("charts/"))
    assert kit.state == JobState.DONE and kit.file.filename == "tiny-world-en-kit.zip"
    assert set(files) - set(charts) == {"tiny-world-en-key-findings.pdf", "tiny-world-en-slides.pdf",
                                        "tiny-world-en-press-summary.html"}
    expected = [f"charts/{index:02d}-{question.code}.{kind}" for index, topic in enumerate(tiny.topics.all(), start=1)
                for question in cube.questions if question.topic_id == topic.pk for kind in ("png", "svg")]
    assert charts == sorted(expected)  # one SVG and one PNG per chart, named by topic and question
    findings = pdf_text(files["tiny-world-en-key-findings.pdf"])
    assert pdf_pages(files["tiny-world-en-key-findings.pdf"]) == 2
    assert "KEY FINDINGS" in findings and "The world" in findings  # the kicker is in capitals
    world_shares = {format_percent(share) for q in cube.questions for share in cube.figures[q.pk].get("world").shares
                    if share}
    assert set(re.findall(r"\d+%", findings)) & world_shares
    slides = files["tiny-world-en-slides.pdf"]
    assert pdf_pages(slides) == tiny.topics.count() + 2  # title, one per topic, how to read
    assert all(topic.title in pdf_text(slides) for topic in tiny.topics.all())
    for name in charts:
        if name.endswith(".svg"):
            root = ET.fromstring(files[name])  # noqa: S314 - our own file
            assert root.tag == "{http://www.w3.org/2000/svg}svg" and "The world" in files[name].decode()
        else:
            width, height = png_size(files[name])
            assert width > 800 and height > 300
    press = files["tiny-world-en-press-summary.html"].decode()
    assert "<h1>What citizens said: The world</h1>" in press
    assert 'lang="en" dir="ltr"' in press


def test_arabic_kit_runs_right_to_left(tiny):
    kit = built_kit(tiny, "global", "world", language="ar")
    files = stored_files(kit)

    assert 'lang="ar" dir="rtl"' in files["tiny-world-ar-press-summary.html"].decode()
    assert "العالم" in pdf_text(files["tiny-world-ar-key-findings.pdf"])
    assert 'direction="rtl"' in next(content.decode() for name, content in files.items() if name.endswith(".svg"))


def test_kit_of_a_small_country_prints_no_hidden_figure(db):
    """k = 10: most figures of the smallest country (about 15 people) are hidden, the
    world's (about 57) mostly published; every percentage the kit prints, in its PDFs,
    charts and press summary, is a published figure of an area it compares."""
    dialogue = small_dialogue(slug="smallkit", k=10)
    cube = Cube(dialogue)
    tables = Counter(Table.objects.filter(site__partner__dialogue=dialogue).values_list("site__country", flat=True))
    country = min(cube.countries, key=lambda code: (tables[code], code))

    kit = built_kit(dialogue, "national", country)
    files = stored_files(kit)

    published = {"0%"}
    hidden_cells = 0
    for question in cube.questions:
        for area in comparison_areas("national", country):
            row = cube.figures[question.pk].get(area)
            if row is not None and not row.suppressed:
                published |= {format_percent(share) for share in row.shares if share is not None}
            hidden_cells += 1 if row is None or row.suppressed else sum(share is None for share in row.shares)
    texts = [pdf_text(content) for name, content in files.items() if name.endswith(".pdf")]
    texts += [content.decode() for name, content in files.items() if name.endswith((".svg", ".html"))]
    printed = {percent for text in texts for percent in re.findall(r"\d+%", text)}
    assert hidden_cells > 0
    assert printed <= published
    assert printed - {"0%"}  # the published figures are printed beside the hidden ones
    assert str(area_name(country)) in texts[0]
    assert any("hidden*" in text for text in texts if text.startswith("<svg"))


def test_unchanged_kit_is_skipped_and_a_new_release_rebuilds_it(tiny):
    first = built_kit(tiny, "global", "world")

    again = built_kit(tiny, "global", "world")
    site = Table.objects.filter(site__partner__dialogue=tiny).first().site
    submit_counts(tiny, TableFactory(site=site, number=901), people=4)
    release_results(tiny, by=None, thank_participants=False, dissemination_kits=False)
    rebuilt = built_kit(tiny, "global", "world")

    assert (again.skipped, again.file_id) == (True, first.file_id)
    assert rebuilt.skipped is False and rebuilt.file_id != first.file_id
    assert "Figures of release 2" in pdf_text(stored_files(rebuilt)["tiny-world-en-key-findings.pdf"])


def test_kits_are_refused_before_any_release(tiny, staff_user):
    Release.objects.filter(dialogue=tiny).delete()

    with pytest.raises(KitError) as refused:
        launch_kits(tiny, by=staff_user)

    assert refused.value.message == "No results have been released yet, so there is nothing to put in a kit."
    assert not DisseminationKit.objects.exists()


def test_launch_queues_one_kit_per_area_and_language(tiny, staff_user):
    kits = launch_kits(tiny, by=staff_user)

    areas = {(kit.scope, kit.area) for kit in kits}
    assert len(kits) == len(areas) * len(tiny.languages)
    assert ("global", "world") in areas
    assert DeferredTask.objects.filter(task_name="reports.tasks.build_kit_task").count() == len(kits)


def test_staff_release_queues_the_kits_and_an_automatic_release_does_not(tiny, staff_user):
    site = Table.objects.filter(site__partner__dialogue=tiny).first().site
    for number in (901, 902):
        submit_counts(tiny, TableFactory(site=site, number=number), people=4)

    automatic = release_due_results(tiny)
    queued_after_automatic = DeferredTask.objects.filter(task_name="reports.tasks.launch_kits_task").count()
    submit_counts(tiny, TableFactory(site=site, number=903), people=4)
    release_results(tiny, by=staff_user, thank_participants=False)

    assert automatic is not None and queued_after_automatic == 0
    assert list(DeferredTask.objects.filter(task_name="reports.tasks.launch_kits_task").values_list("args", flat=True)) == [
        [tiny.pk, staff_user.pk]]
