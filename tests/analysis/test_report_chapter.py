"""The reports' "What citizens recommended" chapter, in a report built as the workers build it."""

from analysis.domain.tagging import tag_answers
from analysis.models import AnswerTranslation
from reports.domain.cube import Cube
from reports.enums import ReviewState
from reports.interfaces.rendering import render_report
from tests.factories.reports import ReportJobFactory


def _html(dialogue, scope, area):
    job = ReportJobFactory(dialogue=dialogue, scope=scope, area=area, language="en")
    _pdf, _name, timings = render_report(job, progress=lambda percent: None)
    return timings["html"]


def test_national_report_has_the_chapter_with_themes_counts_and_approved_quotes_only(tiny, answers, themes, analyst):
    common, rare = themes
    tag_answers(tiny, review_ids=[r.pk for r in answers[::2]], theme_ids=[common.pk], by=analyst)
    tag_answers(tiny, review_ids=[answers[1].pk], theme_ids=[rare.pk], by=analyst)
    country = answers[0].answer.submission.table.site.country.code
    quoted = answers[0]
    AnswerTranslation.objects.create(review=quoted, language="fr", text="Citation traduite", source="entered")
    rejected = next(r for r in answers[2::2] if r.answer.submission.table.site.country.code == country)
    rejected.state = ReviewState.REJECTED
    rejected.redacted_text = "A rejected answer never quoted"
    rejected.save()

    html = _html(tiny, "global", "world")
    national = _html(tiny, "national", country)

    assert "What citizens recommended" in national and quoted.redacted_text in national
    assert "A rejected answer never quoted" not in national
    assert "What citizens recommended" in html
    assert "Access" in html and "Oversight: hidden*" in html
    assert quoted.redacted_text in html
    assert "A rejected answer never quoted" not in html
    assert "Citation traduite" not in html  # an English report quotes no French translation


def test_report_without_themes_has_no_such_chapter(tiny):
    cube = Cube(tiny)

    html = _html(tiny, "national", max(cube.countries, key=cube.people))

    assert "What citizens recommended" not in html
