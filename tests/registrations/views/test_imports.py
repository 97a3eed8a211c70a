import pytest
from django.core.files.uploadedfile import SimpleUploadedFile
from django.urls import reverse

from registrations.models import Registrant
from tests.helpers import signed_in

pytestmark = pytest.mark.django_db

HEADER = "first_name,last_name,email,phone,preferred_language,country,site,gender,age,consent_participation,consent_contact,consent_statistics,consent_photographs,consent_language,code_of_conduct\n"


def _upload(client, partner, content, name="forms.csv"):
    url = reverse("registrations:import", kwargs={"partner_id": partner.pk})
    return client.post(url, {"action": "preview", "file": SimpleUploadedFile(name, content.encode())})


def test_bad_file_imports_nothing_and_lists_every_problem(client, setup):
    signed_in(client, setup.france_member)
    content = HEADER + (
        "Claire,Moreau,claire@example.net,,fr,FR,Lyon hall,woman,young,yes,no,yes,no,fr,yes\n"
        ",Roux,,,fr,FR,,man,old,yes,no,yes,no,fr,yes\n"
        "Hugo,Girard,,,fr,KE,,robot,old,maybe,no,yes,no,fr,yes\n"
    )

    response = _upload(client, setup.france, content)

    problems = [(p.row, p.column, p.problem) for p in response.context["problems"]]
    assert problems == [
        (3, "first_name", "A first name is needed."),
        (4, "country", "“KE” is not one of your countries."),
        (4, "gender", "“robot” is not an answer; use one of: woman, man."),
        (4, "consent_participation", "Write yes or no."),
        (4, "consent_participation", "Without consent to take part the person cannot be registered."),
    ]
    assert "nothing was imported" in response.content.decode()
    assert Registrant.objects.count() == 0


def test_duplicate_rows_in_the_file_are_reported(client, setup):
    signed_in(client, setup.france_member)
    row = "Claire,Moreau,claire@example.net,,fr,FR,,woman,young,yes,no,yes,no,fr,yes\n"

    response = _upload(client, setup.france, HEADER + row + row.replace("Claire", "Léa"))

    assert [(p.row, p.column, p.problem) for p in response.context["problems"]] == [(3, "email", "Same as row 2.")]


def test_missing_column_is_reported_on_row_1(client, setup):
    signed_in(client, setup.france_member)

    response = _upload(client, setup.france, "first_name,country\nClaire,FR\n")

    assert [(p.row, p.column) for p in response.context["problems"]] == [
        (1, "consent_participation"), (1, "gender"), (1, "age")
    ]


def test_good_file_previews_then_imports_all(client, setup):
    signed_in(client, setup.france_member)
    content = HEADER + (
        "Claire,Moreau,claire@example.net,,fr,FR,Lyon hall,woman,young,yes,no,yes,no,fr,yes\n"
        "Karim,Benali,,+33 6 11,fr,fr,,man,old,oui,non,oui,non,ar,yes\n"
    )

    preview = _upload(client, setup.france, content)
    assert Registrant.objects.count() == 0
    assert [row.data.first_name for row in preview.context["rows"]] == ["Claire", "Karim"]

    response = client.post(reverse("registrations:import", kwargs={"partner_id": setup.france.pk}),
                           {"action": "confirm"})

    assert response.status_code == 302
    people = Registrant.objects.order_by("first_name")
    assert [(p.first_name, p.method, p.phone) for p in people] == [("Claire", "paper", ""), ("Karim", "paper", "+33611")]
    assert people[1].consents.get(purpose="participation").language == "ar"


def test_xlsx_file_is_read(client, setup):
    import tablib

    signed_in(client, setup.france_member)
    dataset = tablib.Dataset(headers=HEADER.strip().split(","))
    dataset.append(["Claire", "Moreau", "", "", "fr", "FR", "", "woman", "young", "yes", "no", "yes", "no", "fr", "yes"])
    url = reverse("registrations:import", kwargs={"partner_id": setup.france.pk})

    response = client.post(url, {"action": "preview", "file": SimpleUploadedFile("forms.xlsx", dataset.export("xlsx"))})

    assert [row.data.first_name for row in response.context["rows"]] == ["Claire"]


def test_import_refused_for_the_other_partner(client, setup):
    signed_in(client, setup.kenya_member)

    response = _upload(client, setup.france, HEADER)

    assert response.status_code == 403


def test_cell_with_a_nul_character_is_reported_and_nothing_is_imported(client, setup):
    signed_in(client, setup.france_member)
    content = HEADER + "Cla\x00ire,Moreau,claire@example.net,,fr,FR,,woman,young,yes,no,yes,no,fr,yes\n"

    response = _upload(client, setup.france, content)

    assert [(p.row, p.column, p.problem) for p in response.context["problems"]] == [
        (2, "first_name", "Remove the invisible control characters (such as NUL) from this text: they cannot be stored."),
    ]
    assert Registrant.objects.count() == 0


def test_cells_longer_than_what_is_stored_are_reported(client, setup):
    signed_in(client, setup.france_member)
    long_email = "a" * 64 + "@" + ("b" * 63 + ".") * 3 + "com"
    content = HEADER + f"{'C' * 101},Moreau,{long_email},,fr,FR,,woman,young,yes,no,yes,no,fr,yes\n"

    response = _upload(client, setup.france, content)

    assert [(p.row, p.column, p.problem) for p in response.context["problems"]] == [
        (2, "first_name", "Keep this to 100 characters at most (it has 101)."),
        (2, "email", "Keep this to 254 characters at most (it has 260)."),
    ]


def test_person_already_registered_is_reported_on_the_row(client, setup):
    from tests.factories.registrations import RegistrantFactory

    RegistrantFactory(site=setup.lyon, email="claire@example.net")
    signed_in(client, setup.france_member)
    row = "Claire,Moreau,claire@example.net,,fr,FR,,woman,young,yes,no,yes,no,fr,yes\n"

    response = _upload(client, setup.france, HEADER + row)

    assert [(p.row, p.column) for p in response.context["problems"]] == [(2, "email")]
    assert "already registered for this dialogue with this e-mail address" in response.context["problems"][0].problem


def test_photographs_refused_away_from_a_media_site(client, setup):
    signed_in(client, setup.france_member)
    row = "Claire,Moreau,,,fr,FR,Lyon hall,woman,young,yes,no,yes,yes,fr,yes\n"

    response = _upload(client, setup.france, HEADER + row)

    assert [(p.row, p.column, p.problem) for p in response.context["problems"]] == [
        (2, "consent_photographs", "Photographs are only taken at media sites.")
    ]


def test_confirmed_import_is_audited_and_the_kept_file_deleted(client, setup):
    from wetheinternet.core.models import AuditEntry, StoredFile

    signed_in(client, setup.france_member)
    _upload(client, setup.france, HEADER + "Claire,Moreau,,,fr,FR,,woman,young,yes,no,yes,no,fr,yes\n")
    assert StoredFile.objects.count() == 1

    client.post(reverse("registrations:import", kwargs={"partner_id": setup.france.pk}), {"action": "confirm"})

    entry = AuditEntry.objects.get(action="registrations.import.done")
    assert (entry.actor, entry.data, StoredFile.objects.count()) == (setup.france_member, {"rows": 1}, 0)


def test_someone_registered_between_preview_and_confirm_imports_nothing(client, setup):
    from tests.factories.registrations import RegistrantFactory

    signed_in(client, setup.france_member)
    _upload(client, setup.france, HEADER + "Claire,Moreau,claire@example.net,,fr,FR,,woman,young,yes,no,yes,no,fr,yes\n")
    RegistrantFactory(site=setup.lyon, email="claire@example.net")

    response = client.post(reverse("registrations:import", kwargs={"partner_id": setup.france.pk}),
                           {"action": "confirm"})

    assert (response.status_code, Registrant.objects.count()) == (302, 1)
