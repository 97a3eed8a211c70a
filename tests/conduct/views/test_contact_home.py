import pytest
from django.urls import reverse

from conduct.models import Acceptance, GuidelinesPresentation
from tests.factories.conduct import IncidentFactory, PublishedVersionFactory
from tests.helpers import signed_in

pytestmark = pytest.mark.django_db


@pytest.fixture
def version(two_sites):
    """The code in force, already accepted by both conduct contacts (else they are
    first sent to accept it)."""
    from conduct.domain.acceptance import record_acceptance

    version = PublishedVersionFactory()
    for site in two_sites:
        record_acceptance(version=version, dialogue=None, method="online", user=site.conduct_contact)
    return version


def test_contact_records_the_presentation_at_their_site(client, two_sites, version):
    site = two_sites[0]
    signed_in(client, site.conduct_contact)

    client.post(reverse("conduct:presentation", args=[site.pk]), {"people_present": "42"})

    presentation = GuidelinesPresentation.objects.get()
    assert (presentation.site, presentation.people_present, presentation.recorded_by) == (site, 42, site.conduct_contact)


def test_contact_cannot_record_a_presentation_at_another_site(client, two_sites, version):
    signed_in(client, two_sites[0].conduct_contact)

    response = client.post(reverse("conduct:presentation", args=[two_sites[1].pk]), {"people_present": "3"})

    assert response.status_code == 403
    assert GuidelinesPresentation.objects.count() == 0


def test_contact_records_a_participant_acceptance_on_paper(client, two_sites, version):
    from registrations.models import Registrant

    site = two_sites[0]
    person = Registrant.objects.create(dialogue=site.partner.dialogue, site=site, country="FR", first_name="Awa")
    signed_in(client, site.conduct_contact)

    client.post(reverse("conduct:participant_acceptance", args=[site.pk]),
                {"reference_code": person.reference_code.lower(), "method": "paper"})

    acceptance = Acceptance.objects.get(participant_id__isnull=False)
    assert (acceptance.version, acceptance.participant_id, acceptance.method, acceptance.dialogue) == (
        version, person.pk, "paper", site.partner.dialogue)


def test_contact_cannot_record_acceptance_for_a_participant_of_another_site(client, two_sites, version):
    from registrations.models import Registrant

    other = Registrant.objects.create(dialogue=two_sites[1].partner.dialogue, site=two_sites[1], country="KE")
    signed_in(client, two_sites[0].conduct_contact)

    client.post(reverse("conduct:participant_acceptance", args=[two_sites[0].pk]),
                {"reference_code": other.reference_code, "method": "at_site"})

    assert Acceptance.objects.filter(participant_id__isnull=False).count() == 0


@pytest.mark.parametrize("count", [1, 3])
def test_contact_home_query_count_does_not_grow_with_reports(client, two_sites, count, django_assert_num_queries):
    site = two_sites[0]
    for _ in range(count):
        IncidentFactory(site=site)
    signed_in(client, site.conduct_contact)
    client.get(reverse("conduct:contact_home"))

    # 12: includes the two checks that no conduct decision limits the contact (page, list).
    with django_assert_num_queries(12):
        response = client.get(reverse("conduct:contact_home"))

    assert response.content.decode().count("/conduct/cases/") == count


def test_an_unknown_reference_code_is_refused_with_the_error_summary_and_what_was_typed_kept(client, two_sites, version):
    import re

    site = two_sites[0]
    signed_in(client, site.conduct_contact)

    response = client.post(reverse("conduct:participant_acceptance", args=[site.pk]),
                           {"reference_code": "NOPE-123", "method": "paper"})

    html = response.content.decode()
    ids = set(re.findall(r'\sid="([^"]+)"', html))
    field = re.search(rf'<input[^>]*id="reference_code-{site.pk}"[^>]*>', html).group(0)
    described = re.search(r'aria-describedby="([^"]+)"', field).group(1).split()
    assert response.status_code == 400
    assert "data-form-error-summary" in html
    assert (f'<a href="#reference_code-{site.pk}">Participant&#x27;s reference code: '
            "No participant of this site has this reference code.</a>") in html
    assert described == [f"reference_code-{site.pk}_error"] and set(described) <= ids
    assert 'value="NOPE-123"' in field
    assert re.search(r'<option value="paper" selected>', html)
    assert Acceptance.objects.filter(participant_id__isnull=False).count() == 0


def test_a_negative_number_of_people_is_refused_with_the_error_summary(client, two_sites, version):
    import re

    site = two_sites[0]
    signed_in(client, site.conduct_contact)

    response = client.post(reverse("conduct:presentation", args=[site.pk]), {"people_present": "-3"})

    html = response.content.decode()
    assert response.status_code == 400
    assert f'<a href="#people_present-{site.pk}">People present: ' in html
    assert re.search(rf'<input[^>]*value="-3"[^>]*id="people_present-{site.pk}"', html)
    assert GuidelinesPresentation.objects.count() == 0
