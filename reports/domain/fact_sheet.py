from django.db import transaction
from django.db.models import Count
from django.template.loader import render_to_string
from django.utils import translation

from wetheinternet.core.audit import log_action
from wetheinternet.core.files import store_file

from ..interfaces.pdf import render_pdf
from ..models import RenderedDocument


def render_fact_sheet(dialogue, *, language):
    """Render the one-page fact sheet of ``dialogue`` in ``language`` to a stored PDF.

    Side effects: a StoredFile, a RenderedDocument row, an audit entry
    ``reports.fact_sheet.rendered``."""
    from dialogues.models import Partner, Site, Table

    partners = Partner.objects.filter(dialogue=dialogue)
    context = {
        "dialogue": dialogue,
        "partner_count": partners.count(),
        "country_count": len({code for p in partners for code in p.countries}),
        "site_count": Site.objects.filter(partner__dialogue=dialogue).count(),
        "table_count": Table.objects.filter(site__partner__dialogue=dialogue).count(),
        "topics": dialogue.topics.annotate(question_count=Count("questions")),
    }
    with translation.override(language):
        html = render_to_string("reports/fact_sheet.html", context)
        pdf = render_pdf(html)
    with transaction.atomic():
        stored = store_file(pdf, filename=f"{dialogue.slug}-fact-sheet-{language}.pdf", content_type="application/pdf")
        document = RenderedDocument.objects.create(
            dialogue=dialogue, kind=RenderedDocument.Kind.FACT_SHEET, language=language, file=stored
        )
        log_action("reports.fact_sheet.rendered", target=document, data={"language": language})
    return document
