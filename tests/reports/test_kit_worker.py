"""A real Celery worker builds the dissemination kits that a staff release queues."""

import pytest

from reports.domain.releases import release_results
from reports.enums import JobState
from reports.models import DisseminationKit, Release
from tests.factories.reports import small_dialogue

from .kits import pdf_text, png_size, stored_files

pytestmark = [pytest.mark.worker, pytest.mark.django_db(transaction=True)]


def test_staff_release_has_the_worker_build_the_kits(celery_worker_process, staff_user):
    dialogue = small_dialogue()
    dialogue.languages = ["en"]
    dialogue.save(update_fields=["languages"])
    Release.objects.filter(dialogue=dialogue).delete()

    release_results(dialogue, by=staff_user, thank_participants=False)

    def world_kit_done():
        return DisseminationKit.objects.filter(dialogue=dialogue, area="world", state=JobState.DONE).exists()

    celery_worker_process.wait_for(world_kit_done, timeout=300, what="the world's kit built")
    kit = DisseminationKit.objects.get(dialogue=dialogue, area="world")
    files = stored_files(kit)
    assert DisseminationKit.objects.filter(dialogue=dialogue).count() == 7  # 3 countries, 3 regions, the world
    assert (kit.language, kit.requested_by) == ("en", staff_user)
    assert "The world" in pdf_text(files["tiny-world-en-slides.pdf"])
    assert "Figures of release 1" in pdf_text(files["tiny-world-en-key-findings.pdf"])
    assert all(png_size(content)[0] > 0 for name, content in files.items() if name.endswith(".png"))
