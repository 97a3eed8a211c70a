"""Information materials: upload checks, versions and translations, who may open a
file, and the partners' acknowledgement going stale on a new version."""

import datetime as dt

import pytest
from django.core.files.uploadedfile import SimpleUploadedFile
from django.urls import reverse
from django.utils import timezone, translation

from dialogues.domain.errors import MaterialError
from dialogues.domain.materials import (
    MATERIAL_MAX_BYTES,
    acknowledge_current_materials,
    add_material,
    add_translation,
    publish_version,
)
from dialogues.domain.queries.onboarding import checklist_items
from dialogues.enums import PartnerRole
from dialogues.models import MaterialFile
from registrations.domain.rights import rights_token
from tests.factories.dialogues import DialogueFactory, PartnerFactory, SiteFactory, TableFactory, UserFactory
from tests.factories.registrations import RegistrantFactory
from tests.helpers import signed_in
from wetheinternet.core.models import StoredFile

from ..views_onboarding.conftest import page_text

pytestmark = pytest.mark.django_db

PDF = b"%PDF-1.4 booklet"


def pdf(name="booklet.pdf", content=PDF, content_type="application/pdf"):
    return SimpleUploadedFile(name, content, content_type=content_type)


def booklet(dialogue, staff, *, kind="booklet", title="Information booklet"):
    material = add_material(dialogue, by=staff, kind=kind, titles={"en": title})
    publish_version(material, by=staff, language="en", upload=pdf())
    return material


def materials_item(partner):
    return next(item for item in checklist_items(partner) if item.code == "materials")


def test_published_version_keeps_the_file_privately(partner, staff_user):
    material = booklet(partner.dialogue, staff_user)

    stored = MaterialFile.objects.unscoped("test").get(version__material=material).file
    assert (stored.filename, stored.content_type, stored.file.read()) == ("booklet.pdf", "application/pdf", PDF)
    assert not stored.file.url.startswith("/media/")


@pytest.mark.parametrize(
    ("upload", "message"),
    [
        (
            pdf("booklet.exe", b"MZ\x90\x00", "application/pdf"),
            "This type of file is not accepted. Upload one of: .pdf, .docx, .pptx, .odt, .odp, .png, .jpg, .jpeg.",
        ),
        (
            pdf("booklet.pdf", b"<html>not a pdf</html>"),
            "The file's content is not a .pdf file: save it again in that format.",
        ),
        (pdf("big.pdf", PDF + b"x" * MATERIAL_MAX_BYTES), "The file must be smaller than 20 MB."),
    ],
)
def test_upload_of_a_wrong_type_or_size_is_refused(partner, staff_user, upload, message):
    material = add_material(partner.dialogue, by=staff_user, kind="booklet", titles={"en": "Booklet"})

    with pytest.raises(MaterialError) as refused:
        publish_version(material, by=staff_user, language="en", upload=upload)

    assert refused.value.message == message
    assert material.versions.count() == 0


def test_staff_page_shows_the_translated_refusal(client, partner, staff_user):
    material = add_material(partner.dialogue, by=staff_user, kind="booklet", titles={"en": "Booklet"})
    client = signed_in(client, staff_user)
    with translation.override("fr"):
        url = reverse("dialogues:material_publish", args=[material.pk])

    response = client.post(url, {"version-language": "en", "version-upload": pdf("virus.exe", b"MZ")})

    assert response.status_code == 400
    assert "Ce type de fichier n'est pas accepté. Envoyez l'un de ces types" in page_text(response)
    assert material.versions.count() == 0


def test_staff_publish_a_version_and_a_translation_through_the_pages(client, partner, staff_user):
    partner.dialogue.languages = ["en", "fr"]
    partner.dialogue.save()
    client = signed_in(client, staff_user)
    response = client.post(
        reverse("dialogues:material_library", args=[partner.dialogue.slug]),
        {"kind": "booklet", "title_en": "Booklet", "title_fr": "Livret"},
    )
    material = partner.dialogue.materials.get()

    client.post(
        reverse("dialogues:material_publish", args=[material.pk]),
        {"version-language": "en", "version-upload": pdf(), "version-note": "First"},
    )
    version = material.versions.get()
    client.post(
        reverse("dialogues:material_translation", args=[version.pk]),
        {"translation-language": "fr", "translation-upload": pdf("livret.pdf")},
    )

    assert response.status_code == 302
    assert (material.title_en, material.title_fr) == ("Booklet", "Livret")
    assert sorted(version.files.values_list("language", "file__filename")) == [
        ("en", "booklet.pdf"),
        ("fr", "livret.pdf"),
    ]


def test_a_link_or_a_file_but_not_neither(partner, staff_user):
    material = add_material(partner.dialogue, by=staff_user, kind="video", titles={"en": "Video"})

    with pytest.raises(MaterialError) as refused:
        publish_version(material, by=staff_user, language="en")
    version = publish_version(material, by=staff_user, language="en", link="https://video.example.org/intro")

    assert refused.value.message == "Give either a file or a link."
    assert version.files.get().link == "https://video.example.org/intro"


def test_partner_member_opens_the_file_and_other_dialogues_partner_gets_404(client, partner, coordinator, staff_user):
    material = booklet(partner.dialogue, staff_user)
    file_id = MaterialFile.objects.unscoped("test").get(version__material=material).pk
    stranger = PartnerFactory(dialogue=DialogueFactory(), countries=["DE"])
    outsider = UserFactory()
    stranger.memberships.create(user=outsider, role=PartnerRole.COORDINATOR)

    own = signed_in(client, coordinator).get(reverse("dialogues:material_file", args=[file_id]))
    client.logout()
    other = signed_in(client, outsider).get(reverse("dialogues:material_file", args=[file_id]))

    assert (own.status_code, b"".join(own.streaming_content)) == (200, PDF)
    assert own["Cache-Control"] == "private, no-store"
    assert other.status_code == 404


def test_note_taker_of_the_dialogue_opens_the_guide_and_sees_it_at_the_table(client, partner, staff_user):
    guide = booklet(partner.dialogue, staff_user, kind="note_taker_guide", title="Note-taker guide")
    note_taker = UserFactory()
    TableFactory(site=SiteFactory(partner=partner), note_taker=note_taker)
    file_id = MaterialFile.objects.unscoped("test").get(version__material=guide).pk
    client = signed_in(client, note_taker)

    home = client.get(reverse("results:note_taker_home"))
    opened = client.get(reverse("dialogues:material_file", args=[file_id]))

    assert "Note-taker guide" in page_text(home)
    assert opened.status_code == 200


def test_participant_sees_booklets_not_guides_and_opens_only_their_dialogues(client, partner, staff_user):
    own = booklet(partner.dialogue, staff_user)
    booklet(partner.dialogue, staff_user, kind="facilitator_guide", title="Facilitator guide")
    elsewhere = booklet(DialogueFactory(), staff_user, title="Another dialogue's booklet")
    registrant = RegistrantFactory(site=SiteFactory(partner=partner))
    token = rights_token(registrant)
    own_file = MaterialFile.objects.unscoped("test").get(version__material=own).pk
    other_file = MaterialFile.objects.unscoped("test").get(version__material=elsewhere).pk

    page = client.get(reverse("registrations:my_data", args=[token]))
    opened = client.get(reverse("registrations:my_data_material", args=[token, own_file]))
    refused = client.get(reverse("registrations:my_data_material", args=[token, other_file]))

    assert "Information booklet" in page_text(page)
    assert "Facilitator guide" not in page_text(page)
    assert (opened.status_code, refused.status_code) == (200, 404)


def test_participant_page_shows_the_booklet_in_their_language(client, partner, staff_user):
    partner.dialogue.languages = ["en", "fr"]
    partner.dialogue.save()
    material = booklet(partner.dialogue, staff_user)
    add_translation(material.versions.get(), by=staff_user, language="fr", upload=pdf("livret.pdf"))
    registrant = RegistrantFactory(site=SiteFactory(partner=partner))
    french = MaterialFile.objects.unscoped("test").get(language="fr").pk

    page = client.get("/fr" + reverse("registrations:my_data", args=[rights_token(registrant)])[3:])

    assert f'/materials/{french}/" lang="fr">Information booklet</a>' in page.content.decode()


def test_acknowledgement_goes_stale_on_a_new_version_and_not_on_a_translation(partner, coordinator, staff_user):
    partner.dialogue.languages = ["en", "fr"]
    partner.dialogue.save()
    material = booklet(partner.dialogue, staff_user)
    acknowledge_current_materials(partner, by=coordinator)
    confirmed = materials_item(partner).done

    add_translation(material.versions.get(), by=staff_user, language="fr", upload=pdf("livret.pdf"))
    after_translation = materials_item(partner).done
    publish_version(material, by=staff_user, language="en", upload=pdf("booklet-v2.pdf"), note="New figures")
    partner.refresh_from_db()
    stale = materials_item(partner)

    assert (confirmed, after_translation, stale.done) == (True, True, False)
    assert stale.detail == "A new version was published since you confirmed: read it and confirm again."


def test_new_version_moves_a_ready_partner_back(partner, coordinator, staff_user):
    checklist = partner.checklist if hasattr(partner, "checklist") else None
    acknowledge_current_materials(partner, by=coordinator)
    before = materials_item(partner).done  # no material yet: the confirmation alone counts

    booklet(partner.dialogue, staff_user)
    partner.refresh_from_db()

    assert (checklist, before, materials_item(partner).done) == (None, True, False)


def test_acknowledgement_received_before_any_material_stays_valid_until_a_new_version(partner, coordinator, staff_user):
    acknowledge_current_materials(partner, by=coordinator)
    partner.checklist.materials_received_at = timezone.now() - dt.timedelta(days=3)
    partner.checklist.save()

    assert materials_item(partner).done is True


def test_dashboard_lists_the_materials_and_the_confirmation_button(client, partner, coordinator, staff_user):
    booklet(partner.dialogue, staff_user)

    response = signed_in(client, coordinator).get(reverse("dialogues:partner_detail", args=[partner.pk]))

    text = page_text(response)
    assert "Information booklet" in text
    assert "We received the materials" in text


def test_only_staff_manage_materials(client, partner, coordinator):
    response = signed_in(client, coordinator).get(reverse("dialogues:material_library", args=[partner.dialogue.slug]))

    assert response.status_code == 403


def test_replacing_a_translation_deletes_the_replaced_file(partner, staff_user):
    material = booklet(partner.dialogue, staff_user)
    version = material.versions.get()
    first = MaterialFile.objects.unscoped("test").get(version=version).file

    add_translation(version, by=staff_user, language="en", upload=pdf("booklet-corrected.pdf"))

    assert list(version.files.values_list("file__filename", flat=True)) == ["booklet-corrected.pdf"]
    assert not StoredFile.objects.filter(pk=first.pk).exists()
