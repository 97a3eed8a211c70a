"""Dissemination kits show each topic's most often given themes (published counts only)."""

from analysis.domain.tagging import tag_answers
from reports.domain.cube import Cube
from reports.domain.kits import kit_context
from tests.reports.kits import built_kit, pdf_text, stored_files


def test_kit_slides_and_key_findings_show_the_top_themes_and_hide_small_ones(tiny, answers, themes, analyst):
    common, rare = themes
    tag_answers(tiny, review_ids=[r.pk for r in answers[::2]], theme_ids=[common.pk], by=analyst)
    tag_answers(tiny, review_ids=[answers[1].pk], theme_ids=[rare.pk], by=analyst)

    context = kit_context(Cube(tiny), "global", "world")
    files = stored_files(built_kit(tiny, "global", "world"))

    [topic] = [item for item in context["kit_topics"] if item["topic"].pk == common.question.topic_id]
    assert [(row["theme"], row["count"] > 0) for row in topic["highlights"]] == [(common, True)]
    assert topic["hidden_highlights"] == 1  # "Oversight": one answer, under k
    count = topic["highlights"][0]["count"]
    slides = pdf_text(files["tiny-world-en-slides.pdf"])
    assert "What citizens recommended" in slides
    assert f"Access: {count} answers" in slides
    assert "1 more theme: hidden*, too few answers here." in slides
    assert "Oversight" not in slides
    assert f"Access: {count} answers" in pdf_text(files["tiny-world-en-key-findings.pdf"])
    assert f"Access: {count} answers" in files["tiny-world-en-press-summary.html"].decode()


def test_kit_without_themes_has_no_theme_section(tiny):
    context = kit_context(Cube(tiny), "global", "world")

    assert context["any_highlights"] is False
    assert all(item["highlights"] == [] and item["hidden_highlights"] == 0 for item in context["kit_topics"])
