"""Journey: staff publish an information booklet (a wrong file is refused with a clear
message), the partner's coordinator opens it from the dashboard and confirms the
materials; a new version makes the confirmation stale until they confirm again."""

import pytest
from django.core.files.uploadedfile import SimpleUploadedFile
from playwright.sync_api import expect

from dialogues.domain.materials import publish_version
from dialogues.enums import PartnerRole
from dialogues.models import Material
from tests.factories.accounts import StaffFactory
from tests.factories.dialogues import PartnerFactory, PartnerMembershipFactory

pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True)]

PDF = b"%PDF-1.4 booklet"


def test_staff_publish_a_booklet_and_the_partner_confirms_the_current_version(
    browser_page, sign_in, sign_out, tmp_path
):
    page = browser_page
    partner = PartnerFactory(countries=["FR"], state="approved")
    coordinator = PartnerMembershipFactory(partner=partner, role=PartnerRole.COORDINATOR).user
    staff = StaffFactory()
    (tmp_path / "virus.exe").write_bytes(b"MZ\x90\x00")
    (tmp_path / "booklet.pdf").write_bytes(PDF)

    sign_in(staff)
    page.goto(f"/en/staff/dialogues/{partner.dialogue.slug}/materials/")
    page.get_by_label("Kind").select_option("booklet")
    page.get_by_label("Title (English)").fill("Information booklet")
    page.get_by_role("button", name="Add the material").click()
    page.locator("#id_version-upload").set_input_files(str(tmp_path / "virus.exe"))
    page.get_by_role("button", name="Publish the version").click()
    expect(page.locator("main")).to_contain_text("This type of file is not accepted. Upload one of: .pdf")
    page.locator("#id_version-upload").set_input_files(str(tmp_path / "booklet.pdf"))
    page.get_by_role("button", name="Publish the version").click()
    expect(page.locator("main")).to_contain_text("New version published")
    sign_out()

    sign_in(coordinator)
    page.goto(f"/en/partners/{partner.pk}/")
    link = page.get_by_role("link", name="Information booklet")
    assert page.request.get(link.get_attribute("href")).body() == PDF
    page.get_by_role("button", name="We received the materials").click()
    expect(page.locator(".checklist__item--done", has_text="Materials received")).to_be_visible()

    material = Material.objects.unscoped("test").get()
    publish_version(
        material,
        by=staff,
        language="en",
        upload=SimpleUploadedFile("booklet-v2.pdf", PDF, content_type="application/pdf"),
    )
    page.reload()
    expect(page.locator(".checklist__item--todo", has_text="Materials received")).to_contain_text(
        "A new version was published since you confirmed"
    )
    expect(page.locator("main")).to_contain_text("version 2")
