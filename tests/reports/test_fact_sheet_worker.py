import subprocess

import pytest

from reports.models import RenderedDocument
from reports.tasks import render_fact_sheet_task
from tests.factories.dialogues import PartnerFactory, SiteFactory, TableFactory

pytestmark = [pytest.mark.worker, pytest.mark.django_db(transaction=True)]


def test_fact_sheet_task_renders_a_real_pdf_through_a_worker(celery_worker_process):
    partner = PartnerFactory(dialogue__name="Deliberation on Digital Futures", countries=["FR", "BE"])
    SiteFactory(partner=partner)
    TableFactory.create_batch(2, site=partner.sites.get())

    render_fact_sheet_task.delay(partner.dialogue.pk, "en")
    celery_worker_process.wait_for(
        lambda: RenderedDocument.objects.filter(dialogue=partner.dialogue).exists(), timeout=90, what="the PDF"
    )

    document = RenderedDocument.objects.get(dialogue=partner.dialogue)
    text = subprocess.run(
        ["pdftotext", "-layout", document.file.file.path, "-"], capture_output=True, text=True, check=True
    ).stdout
    assert document.file.content_type == "application/pdf"
    assert "Deliberation on Digital Futures" in text
    assert [line.split() for line in text.splitlines() if line.strip().startswith(("Countries", "Tables"))] == [
        ["Countries", "2"],
        ["Tables", "2"],
    ]
