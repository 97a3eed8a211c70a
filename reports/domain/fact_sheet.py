"""The one-page fact sheet of a dialogue: its figures, and the stored PDF (drawn by
``interfaces.rendering.render_fact_sheet_pdf``)."""

from django.db import transaction
from django.db.models import Count

from dialogues.models import Partner, Site, Table
from wetheinternet.core.audit import log_action
from wetheinternet.core.files import store_file

from ..models import RenderedDocument


def fact_sheet_context(dialogue):
    """What the fact sheet says: counts of partners, countries, sites and tables, and the topics."""
    partners = Partner.objects.filter(dialogue=dialogue)
    return {
        "dialogue": dialogue,
        "partner_count": partners.count(),
        "country_count": len({code for p in partners for code in p.countries}),
        "site_count": Site.objects.filter(partner__dialogue=dialogue).count(),
        "table_count": Table.objects.filter(site__partner__dialogue=dialogue).count(),
        "topics": dialogue.topics.annotate(question_count=Count("questions")),
    }


def store_fact_sheet(dialogue, *, language, pdf):
    """Keep ``pdf``, the fact sheet of ``dialogue`` in ``language``.

    Side effects: a StoredFile, a RenderedDocument row, an audit entry
    ``reports.fact_sheet.rendered``."""
    with transaction.atomic():
        stored = store_file(pdf, filename=f"{dialogue.slug}-fact-sheet-{language}.pdf", content_type="application/pdf")
        document = RenderedDocument.objects.create(
            dialogue=dialogue, kind=RenderedDocument.Kind.FACT_SHEET, language=language, file=stored
        )
        log_action("reports.fact_sheet.rendered", target=document, data={"language": language})
    return document
