"""Printable result sheets: one PDF page per table and session, in the table's language,
with boxes to write counts and a QR code whose id the digital entry reuses."""

import uuid

from django.conf import settings
from django.template.loader import render_to_string
from django.urls import reverse
from django.utils import translation

from dialogues.models import Topic
from wetheinternet.core.qr import qr_svg

from ..domain.questions import open_answer_limit, session_questions

SHEET_NAMESPACE = uuid.UUID("6f1d3c2e-54b7-4f3a-9a61-0d8f2b7c9e41")


def sheet_client_id(table, topic):
    """The submission id printed on the sheet of ``table`` and ``topic`` (stable across prints)."""
    return uuid.uuid5(SHEET_NAMESPACE, f"result-sheet:{table.pk}:{topic.pk}")


def entry_url(table, topic, language):
    with translation.override(language):
        path = reverse("results:result_entry", args=[table.pk, topic.pk])
    return f"{settings.SITE_URL.rstrip('/')}{path}?id={sheet_client_id(table, topic)}"


def _page(table, topic, questions):
    language = table.language if table.language in dict(settings.LANGUAGES) else settings.LANGUAGE_CODE
    with translation.override(language):
        url = entry_url(table, topic, language)
        context = {
            "table": table,
            "topic": topic,
            "site": table.site,
            "seats": range(1, table.capacity + 1),
            "closed": [(q, list(q.options.all())) for q in questions.closed],
            "open": [(q, range(1, open_answer_limit(q) + 1)) for q in questions.open],
            "client_id": sheet_client_id(table, topic),
            "qr": qr_svg(url),
            "language": language,
        }
        return render_to_string("results/sheet_page.html", context)


def site_sheets_html(site, tables=None):
    tables = site.tables.order_by("number") if tables is None else tables
    topics = list(Topic.objects.filter(dialogue_id=site.partner.dialogue_id).order_by("position", "id"))
    questions = {topic.pk: session_questions(topic) for topic in topics}
    pages = [_page(table, topic, questions[topic.pk]) for table in tables for topic in topics]
    return render_to_string("results/sheets.html", {"site": site, "pages": pages})


def site_sheets_pdf(site, tables=None):
    """The sheets of every session for ``tables`` (every table of ``site`` by default)
    as PDF bytes."""
    from weasyprint import HTML  # slow to import: only when a PDF is made

    return HTML(string=site_sheets_html(site, tables), base_url=str(settings.BASE_DIR)).write_pdf()
