"""A demonstration's plenary screen: the event's organisers and staff see it; the
projector opens it with a signed link; everyone else is refused."""

import re

import pytest
from django.core import signing
from django.urls import reverse

from reports.demo_demonstration import enter_group_results
from reports.domain.plenary import PROJECTOR_SALT, projector_token
from reports.models import Release
from tests.factories.demonstrations import event_with_results, started_event
from tests.factories.dialogues import PartnerFactory, PartnerMembershipFactory
from tests.factories.reports import small_dialogue
from tests.helpers import signed_in

pytestmark = pytest.mark.django_db


def small_main():
    return small_dialogue(countries=2, sites=2, tables=6, participants=36, topics=1, questions=2)


@pytest.fixture
def event():
    main = small_main()
    dialogue, site, organiser = event_with_results(main, k=3)
    return main, dialogue, organiser


def test_organiser_sees_each_group_and_the_room_beside_the_main_dialogue(client, event):
    main, dialogue, organiser = event
    client.force_login(organiser)

    response = client.get(reverse("reports:plenary", args=[dialogue.slug]))
    results_page = client.get(reverse("reports:public", args=[dialogue.slug])).content.decode()

    html = response.content.decode()
    assert response.status_code == 200
    assert reverse("reports:plenary", args=[dialogue.slug]) in results_page
    assert [f'data-group="{n}"' in html for n in (1, 2, 3, 4)] == [True] * 4
    assert "The room's votes beside the Deliberation Day" in html
    assert main.name in html
    link = re.search(r'<a href="(http://testserver/en/reports/igf-demo/plenary/screen/[^"]+)"', html).group(1)
    assert client.logout() is None and 'data-group="4"' in client.get(link).content.decode()
    assert "Groups reporting: 4 / 4." in html
    assert (
        reverse("reports:plenary", args=[dialogue.slug])
        not in client.get(reverse("reports:public", args=[dialogue.slug])).content.decode()
    )  # a visitor has no link to it


def test_projector_link_opens_the_screen_without_signing_in_and_refreshes_alone(client, event):
    _main, dialogue, _organiser = event
    url = reverse("reports:plenary_screen", args=[dialogue.slug, projector_token(dialogue)])

    page = client.get(url).content.decode()
    partial = client.get(url, headers={"HX-Request": "true"}).content.decode()

    assert 'data-group="1"' in page and 'class="projector"' in page
    assert partial.startswith('<div id="plenary"')
    assert f'hx-get="{url}"' in partial


def test_projector_link_of_another_event_or_a_forged_one_is_not_found(client, event):
    main, dialogue, organiser = event
    other, _site, _other_organiser = started_event(main, slug="other-event", people=5)
    forged = signing.dumps(dialogue.pk, salt="another-salt")

    assert (
        client.get(reverse("reports:plenary_screen", args=[dialogue.slug, projector_token(other)])).status_code == 404
    )
    assert client.get(reverse("reports:plenary_screen", args=[dialogue.slug, forged])).status_code == 404
    assert client.get(reverse("reports:plenary_screen", args=[dialogue.slug, "not-a-token"])).status_code == 404
    assert signing.loads(projector_token(dialogue), salt=PROJECTOR_SALT) == dialogue.pk


def test_plenary_refused_to_other_organisers_and_partners_and_visitors(client, event):
    main, dialogue, _organiser = event
    _other, _site, other_organiser = started_event(main, slug="other-event", people=5)
    main_partner_member = PartnerMembershipFactory(partner=PartnerFactory(dialogue=main)).user
    url = reverse("reports:plenary", args=[dialogue.slug])

    anonymous = client.get(url)
    client.force_login(other_organiser)
    other = client.get(url)
    other_update = client.post(reverse("reports:plenary_update", args=[dialogue.slug]))
    client.force_login(main_partner_member)
    partner = client.get(url)

    assert anonymous.status_code == 302 and "/accounts/login/" in anonymous["Location"]
    assert other.status_code == other_update.status_code == partner.status_code == 403


def test_plenary_of_a_dialogue_that_is_not_a_demonstration_is_not_found(client, staff_user, event):
    main, dialogue, _organiser = event
    signed_in(client, staff_user)

    assert client.get(reverse("reports:plenary", args=[main.slug])).status_code == 404
    assert client.get(reverse("reports:plenary", args=[dialogue.slug])).status_code == 200
    assert client.get(reverse("reports:plenary_update", args=[dialogue.slug])).status_code == 405


def test_update_with_nothing_new_says_so_and_releases_nothing(client, event):
    _main, dialogue, organiser = event
    client.force_login(organiser)
    releases = Release.objects.filter(dialogue=dialogue).count()

    response = client.post(reverse("reports:plenary_update", args=[dialogue.slug]), follow=True)

    assert "Nothing new is safe to show yet" in response.content.decode()
    assert Release.objects.filter(dialogue=dialogue).count() == releases == 1


def test_update_takes_in_the_groups_that_reported_since(client):
    main = small_main()
    dialogue, site, organiser = started_event(main, k=3)
    enter_group_results(site)
    client.force_login(organiser)

    response = client.post(reverse("reports:plenary_update", args=[dialogue.slug]), follow=True)

    release = Release.objects.get(dialogue=dialogue)
    assert "The screen now shows release 1." in response.content.decode()
    assert (release.released_by, release.tables) == (organiser, 4)
