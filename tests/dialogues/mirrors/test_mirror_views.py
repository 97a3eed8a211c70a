"""Mirror dialogues over HTTP: the public sign-up (with its rate limit), the isolation
of two mirrors from each other and from the main dialogue, suspension, the staff list,
and the public results shown only after staff approval."""

import pytest
from django.core.cache import cache
from django.urls import reverse

from dialogues.domain.mirrors import CURRENT_AGREEMENT, approve_mirror_results, suspend_mirror
from dialogues.models import MirrorDialogue
from tests.dialogues.mirrors.conftest import signup_values
from tests.dialogues.views_onboarding.conftest import count_queries, page_text
from tests.factories.accounts import StaffFactory
from tests.helpers import signed_in

pytestmark = pytest.mark.django_db


@pytest.fixture(autouse=True)
def _fresh_throttle():
    cache.clear()


def _posted(**overrides):
    values = signup_values(**overrides)
    data = {key: value for key, value in values.items() if key != "first_day"}
    data |= {"first_day": values["first_day"].isoformat(), "accepts_conduct": "on", "accepts_agreement": "on"}
    return data


def test_toolkit_page_links_to_the_mirror_sign_up(client, toolkit):
    page = client.get(reverse("dialogues:toolkit", args=["wti-2020"])).content.decode()

    assert reverse("dialogues:mirror_signup", args=["wti-2020"]) in page


def test_mirror_sign_up_shows_the_code_and_the_agreement_and_makes_the_dialogue(client, toolkit):
    url = reverse("dialogues:mirror_signup", args=["wti-2020"])
    form = page_text(client.get(url))
    response = client.post(url, _posted())

    assert "We listen to each other." in form and "You organise this dialogue and are responsible" in form
    assert response.status_code == 302 and response["Location"] == reverse(
        "dialogues:mirror_signup_done", args=["wti-2020"]
    )
    assert MirrorDialogue.objects.unscoped("test").get().organisation == "Ubuntu Digital Forum"


def test_mirror_sign_up_without_accepting_the_code_is_refused_with_a_message(client, toolkit):
    data = _posted()
    del data["accepts_conduct"]
    response = client.post(reverse("dialogues:mirror_signup", args=["wti-2020"]), data)

    assert response.status_code == 200
    assert "Please accept the code of conduct to start a mirror dialogue." in page_text(response)
    assert not MirrorDialogue.objects.unscoped("test").exists()


def test_mirror_sign_up_with_a_changed_agreement_version_is_refused(client, toolkit):
    response = client.post(reverse("dialogues:mirror_signup", args=["wti-2020"]), _posted(agreement_version="old"))

    assert "The data-protection agreement has changed" in page_text(response)
    assert CURRENT_AGREEMENT != "old" and not MirrorDialogue.objects.unscoped("test").exists()


def test_mirror_sign_up_is_rate_limited_per_network(client, toolkit):
    url = reverse("dialogues:mirror_signup", args=["wti-2020"])
    statuses = [client.post(url, {"organisation": ""}).status_code for _ in range(11)]
    limited = client.post(url, _posted())

    assert statuses == [200] * 10 + [429]
    assert limited.status_code == 429 and "Too many requests from your network" in page_text(limited)
    assert not MirrorDialogue.objects.unscoped("test").exists()


def test_mirror_sign_up_for_an_unpublished_toolkit_is_not_found(client, design):
    assert client.get(reverse("dialogues:mirror_signup", args=["wti-2020"])).status_code == 404


def _urls_of(side):
    table = side.tables[0]
    return [
        reverse("dialogues:partner_detail", args=[side.partner.pk]),
        reverse("dialogues:site_detail", args=[side.site.pk]),
        reverse("dialogues:site_edit", args=[side.site.pk]),
        reverse("dialogues:table_edit", args=[table.pk]),
        reverse("results:result_entry", args=[table.pk, side.topic.pk]),
        reverse("results:site_results", args=[side.site.pk]),
    ]


def test_mirror_organiser_cannot_open_the_other_mirror_nor_the_main_dialogue(client, two_mirrors):
    signed_in(client, two_mirrors.first.organiser)
    main = two_mirrors.main
    other = _urls_of(two_mirrors.second)
    main_urls = [
        reverse("dialogues:partner_detail", args=[main.partner.pk]),
        reverse("dialogues:site_detail", args=[main.site.pk]),
        reverse("registrations:partner_registrants", args=[main.partner.pk]),
    ]

    responses = [client.get(url) for url in other + main_urls]

    assert all(r.status_code in (403, 404) for r in responses), [r.status_code for r in responses]
    for response in responses:
        text = response.content.decode()
        assert "Suva Hall Planted" not in text and "Inès" not in text and "ines@example.net" not in text
    assert all(client.get(url).status_code == 200 for url in _urls_of(two_mirrors.first)[:4])


def test_mirror_lists_show_only_the_organisers_own_dialogue(client, two_mirrors):
    signed_in(client, two_mirrors.first.organiser)

    sites = page_text(client.get(reverse("dialogues:site_list")))
    home = page_text(client.get(reverse("dialogues:partner_home")))

    assert "Soweto Library" in sites and "Suva Hall Planted" not in sites and "Maison des Associations" not in sites
    assert "Ubuntu Digital Forum" in home and "Pacific Voices" not in home and "Citoyens du Numérique" not in home


def test_mirror_note_taker_enters_results_only_for_their_own_table(client, two_mirrors):
    first, second = two_mirrors.first, two_mirrors.second
    signed_in(client, first.tables[0].note_taker)

    own = client.get(reverse("results:result_entry", args=[first.tables[0].pk, first.topic.pk]))
    neighbour = client.get(reverse("results:result_entry", args=[first.tables[1].pk, first.topic.pk]))
    other_mirror = client.get(reverse("results:result_entry", args=[second.tables[0].pk, second.topic.pk]))

    assert (own.status_code, neighbour.status_code, other_mirror.status_code) == (200, 403, 403)


def test_suspended_mirror_is_closed_to_its_people_with_a_message(client, two_mirrors):
    first = two_mirrors.first
    suspend_mirror(first.mirror, by=StaffFactory(), reason="Misleading questions added")
    signed_in(client, first.organiser)
    partner_page = client.get(reverse("dialogues:partner_detail", args=[first.partner.pk]))
    signed_in(client, first.tables[0].note_taker)
    entry = client.get(reverse("results:result_entry", args=[first.tables[0].pk, first.topic.pk]))
    signed_in(client, two_mirrors.second.organiser)
    unaffected = client.get(reverse("dialogues:partner_detail", args=[two_mirrors.second.partner.pk]))

    assert (partner_page.status_code, entry.status_code, unaffected.status_code) == (403, 403, 200)
    assert "is suspended by the organisers of We, the Internet" in page_text(partner_page)
    assert "Reason: Misleading questions added" in page_text(entry)


def test_staff_list_shows_every_mirror_with_its_state(client, two_mirrors):
    staff = StaffFactory()
    suspend_mirror(two_mirrors.second.mirror, by=staff, reason="Spam")
    signed_in(client, staff)

    text = page_text(client.get(reverse("dialogues:mirror_list")))

    assert "Ubuntu Digital Forum South Africa 24" in text and "Pacific Voices Fiji 24" in text
    assert text.count("Suspended") == 1 and text.count("Active") == 1


def test_staff_list_query_count_does_not_grow_with_mirrors(client, toolkit):
    from tests.dialogues.mirrors.conftest import make_mirror

    signed_in(client, StaffFactory())
    make_mirror(toolkit.dialogue, organisation="Group A", country="ZA", email="a@example.org", site_name="A")
    one = count_queries(client, reverse("dialogues:mirror_list"))
    for name in ("Group B", "Group C"):
        make_mirror(toolkit.dialogue, organisation=name, country="ZA", email=f"{name[-1]}@example.org", site_name=name)
    three = count_queries(client, reverse("dialogues:mirror_list"))

    assert one == three


def test_mirror_pages_are_refused_to_organisers(client, two_mirrors):
    signed_in(client, two_mirrors.first.organiser)
    mirror = two_mirrors.first.mirror

    responses = [
        client.get(reverse("dialogues:mirror_list")),
        client.get(reverse("dialogues:mirror_detail", args=[mirror.pk])),
        client.post(reverse("dialogues:mirror_action", args=[mirror.pk]), {"action": "approve"}),
    ]

    assert [r.status_code for r in responses] == [403, 403, 403]
    mirror.refresh_from_db()
    assert mirror.results_approved_at is None


def test_staff_approve_publication_then_the_mirror_results_are_public(client, two_mirrors):
    staff, mirror = StaffFactory(), two_mirrors.first.mirror
    public = reverse("reports:public", args=[mirror.dialogue.slug])
    before = client.get(public).status_code
    signed_in(client, staff)
    response = client.post(reverse("dialogues:mirror_action", args=[mirror.pk]), {"action": "approve"})
    client.logout()

    mirror.refresh_from_db()
    assert (before, response.status_code, mirror.results_approved_by, client.get(public).status_code) == (
        404,
        302,
        staff,
        200,
    )


def test_suspending_without_a_reason_shows_a_message(client, two_mirrors):
    signed_in(client, StaffFactory())
    mirror = two_mirrors.first.mirror

    response = client.post(reverse("dialogues:mirror_action", args=[mirror.pk]), {"action": "suspend", "reason": ""})

    assert response.status_code == 400 and "This field is required." in page_text(response)
    mirror.refresh_from_db()
    assert mirror.state == "active"


def test_landing_page_does_not_list_self_service_mirrors(client, two_mirrors):
    approve_mirror_results(two_mirrors.first.mirror, by=StaffFactory())
    two_mirrors.main.dialogue.status = "registration_open"
    two_mirrors.main.dialogue.save()

    text = page_text(client.get(reverse("landing")))

    assert "We, the Internet 2020" in text and "Ubuntu Digital Forum" not in text


def test_mirror_comparison_page_is_public_only_once_staff_approve_and_not_while_suspended(client, two_mirrors):
    """The mirror is compared with the dialogue its toolkit came from; its released
    figures beside the main dialogue's reach the public only after the staff check."""
    from reports.domain.releases import release_results
    from tests.factories.results import submit_counts

    staff, mirror = StaffFactory(), two_mirrors.first.mirror
    for table in two_mirrors.first.tables:
        submit_counts(mirror.dialogue, table, people=6)
    release_results(mirror.dialogue, by=staff, warm_open_data=False, thank_participants=False, dissemination_kits=False)
    comparison = reverse("reports:comparison", args=[mirror.dialogue.slug])

    unapproved = client.get(comparison).status_code
    approve_mirror_results(mirror, by=staff)
    approved = client.get(comparison).status_code
    suspend_mirror(mirror, by=staff, reason="Spam")
    suspended = client.get(comparison).status_code

    assert mirror.dialogue.compared_with == two_mirrors.main.dialogue
    assert (unapproved, approved, suspended) == (404, 200, 404)
