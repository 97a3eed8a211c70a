"""The public kit downloads: the ZIP and the files in it while the dialogue's results
are public; 404 (never a 500) for an unreleased or draft dialogue, an unknown area,
language or file."""

import io
import zipfile

import pytest

from reports.models import DisseminationKit, Release
from tests.factories.dialogues import DialogueFactory
from tests.helpers import signed_in
from wetheinternet.core.files import store_file


def fake_kit(dialogue, area="world", language="en", scope="global"):
    """A built kit whose ZIP holds small stand-ins for its files (the real build is tested in test_kits.py)."""
    folder = f"{dialogue.slug}-{area}-{language}".lower()
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w") as archive:
        archive.writestr(f"{folder}-kit/{folder}-key-findings.pdf", b"%PDF-1.7 findings")
        archive.writestr(f"{folder}-kit/{folder}-slides.pdf", b"%PDF-1.7 slides")
        archive.writestr(f"{folder}-kit/{folder}-press-summary.html", b"<h1>press</h1>")
        archive.writestr(f"{folder}-kit/charts/01-q1.svg", b"<svg/>")
    stored = store_file(buffer.getvalue(), filename=f"{folder}-kit.zip", content_type="application/zip")
    return DisseminationKit.objects.create(dialogue=dialogue, scope=scope, area=area, language=language,
                                           state="done", file=stored)


@pytest.fixture
def kit(tiny):
    return fake_kit(tiny)


def test_kit_zip_downloads_while_results_are_public(client, kit):
    response = client.get(f"/en/reports/{kit.dialogue.slug}/kits/world/en/")

    assert response.status_code == 200
    assert response["Content-Type"] == "application/zip"
    assert 'filename="tiny-world-en-kit.zip"' in response["Content-Disposition"]
    names = zipfile.ZipFile(io.BytesIO(b"".join(response.streaming_content))).namelist()
    assert "tiny-world-en-kit/tiny-world-en-key-findings.pdf" in names


def test_one_file_of_the_kit_downloads(client, kit):
    findings = client.get(f"/en/reports/{kit.dialogue.slug}/kits/world/en/key-findings.pdf")
    chart = client.get(f"/en/reports/{kit.dialogue.slug}/kits/world/en/charts/01-q1.svg")

    assert (findings.status_code, findings["Content-Type"], findings.content) == (
        200, "application/pdf", b"%PDF-1.7 findings")
    assert 'filename="tiny-world-en-key-findings.pdf"' in findings["Content-Disposition"]
    assert (chart.status_code, chart["Content-Type"]) == (200, "image/svg+xml")
    assert chart["Content-Disposition"].startswith("attachment")


@pytest.mark.parametrize("path", [
    "kits/XX/en/", "kits/world/de/", "kits/world/zz-notalanguage/", "kits/FR/en/",
    "kits/world/en/nothing.pdf", "kits/world/en/../../secret", "kits/world/en/charts/../key-findings.pdf",
])
def test_unknown_area_language_or_file_is_404(client, kit, path):
    assert client.get(f"/en/reports/{kit.dialogue.slug}/{path}").status_code == 404


def test_kit_of_an_unreleased_dialogue_is_404(client, kit):
    Release.objects.filter(dialogue=kit.dialogue).delete()

    assert client.get(f"/en/reports/{kit.dialogue.slug}/kits/world/en/").status_code == 404
    assert client.get(f"/en/reports/{kit.dialogue.slug}/kits/world/en/key-findings.pdf").status_code == 404


def test_kit_of_a_draft_dialogue_is_404(client, kit):
    kit.dialogue.status = "draft"
    kit.dialogue.save(update_fields=["status"])

    assert client.get(f"/en/reports/{kit.dialogue.slug}/kits/world/en/").status_code == 404


def test_unknown_dialogue_is_404(client, db):
    assert client.get("/en/reports/no-such-dialogue/kits/world/en/").status_code == 404


def test_public_results_page_lists_the_kits_by_area_and_language(client, tiny):
    fake_kit(tiny)
    fake_kit(tiny, language="fr")
    country = tiny.partners.first().sites.first().country.code
    fake_kit(tiny, area=country, scope="national")

    page = client.get(f"/en/reports/{tiny.slug}/").content.decode()

    assert '<h2 id="kits">Dissemination kits</h2>' in page
    assert f'href="/en/reports/{tiny.slug}/kits/world/en/">Kit for The world (ZIP)</a>' in page
    assert f'href="/en/reports/{tiny.slug}/kits/world/fr/key-findings.pdf">Key findings (PDF)</a>' in page
    assert f'href="/en/reports/{tiny.slug}/kits/{country}/en/slides.pdf">Slides (PDF)</a>' in page
    assert page.index("Kit for The world") < page.index(f"/kits/{country}/en/")  # the world first


def test_public_results_page_lists_no_kit_before_a_release(client, tiny):
    fake_kit(tiny)
    Release.objects.filter(dialogue=tiny).delete()

    page = client.get(f"/en/reports/{tiny.slug}/").content.decode()

    assert "No kit has been built yet: kits are made once the results are released." in page
    assert "/kits/world/en/" not in page


def test_public_results_page_queries_do_not_grow_with_kits(client, tiny, django_assert_max_num_queries):
    fake_kit(tiny)
    client.get(f"/en/reports/{tiny.slug}/")
    with django_assert_max_num_queries(20) as one:
        client.get(f"/en/reports/{tiny.slug}/")
    for language in ("fr", "es", "ar"):
        fake_kit(tiny, language=language)
    fake_kit(tiny, area="002", scope="regional")

    with django_assert_max_num_queries(len(one.captured_queries)):
        client.get(f"/en/reports/{tiny.slug}/")


def test_a_dialogue_with_no_kit_yet_says_so(client, db):
    dialogue = DialogueFactory(status="results")

    page = client.get(f"/en/reports/{dialogue.slug}/").content.decode()

    assert "No kit has been built yet" in page


def test_staff_manage_page_shows_the_kits_progress_and_failures(client, staff_user, tiny):
    fake_kit(tiny)
    DisseminationKit.objects.create(dialogue=tiny, scope="global", area="world", language="fr", state="queued")
    DisseminationKit.objects.create(dialogue=tiny, scope="regional", area="002", language="en", state="failed",
                                    error="KitError: pdftoppm is missing")
    signed_in(client, staff_user)

    page = " ".join(client.get(f"/en/reports/{tiny.slug}/manage/").content.decode().split())

    assert "1 of 3 kits built, 1 waiting for a worker." in page
    assert "<li>Africa (en): KitError: pdftoppm is missing</li>" in page
