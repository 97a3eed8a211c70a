"""The comparison page (reports:comparison): public once the compared dialogue has
released results, a 404 to outsiders before (its organisers and staff see it)."""

import pytest
from django.urls import reverse

from tests.factories.accounts import UserFactory
from tests.factories.demonstrations import event_with_results, started_event
from tests.factories.dialogues import PartnerFactory, PartnerMembershipFactory
from tests.factories.reports import small_dialogue
from tests.helpers import signed_in

pytestmark = pytest.mark.django_db


def small_main():
    return small_dialogue(countries=2, sites=2, tables=6, participants=36, topics=1, questions=2)


def test_released_comparison_is_public_with_both_bases(client):
    main = small_main()
    dialogue, _site, _organiser = event_with_results(main, k=3)

    response = client.get(reverse("reports:comparison", args=[dialogue.slug]))

    html = response.content.decode()
    assert response.status_code == 200
    assert f"{dialogue.name} beside {main.name}" in html
    for question in main.topics.first().questions.exclude(kind="open_text"):
        assert f'data-question="{question.code}"' in html
    assert html.count('data-base="ours"') == html.count('data-base="main"') > 0
    assert "release 1" in html
    public = client.get(reverse("reports:public", args=[dialogue.slug])).content.decode()
    assert reverse("reports:comparison", args=[dialogue.slug]) in public


def test_unreleased_comparison_is_hidden_from_outsiders_and_shown_to_its_organiser(client, staff_user):
    main = small_main()
    dialogue, _site, organiser = started_event(main, people=5)
    url = reverse("reports:comparison", args=[dialogue.slug])
    main_partner_member = PartnerMembershipFactory(partner=PartnerFactory(dialogue=main)).user

    assert client.get(url).status_code == 404
    client.force_login(main_partner_member)
    assert client.get(url).status_code == 404
    client.force_login(UserFactory())
    assert client.get(url).status_code == 404
    client.force_login(organiser)
    own = client.get(url)
    signed_in(client, staff_user)
    staff = client.get(url)

    assert own.status_code == staff.status_code == 200
    assert "no results released yet" in own.content.decode()


def test_comparison_of_a_dialogue_compared_with_none_is_not_found(client, staff_user):
    main = small_main()
    signed_in(client, staff_user)

    assert client.get(reverse("reports:comparison", args=[main.slug])).status_code == 404
    assert client.get(reverse("reports:comparison", args=["no-such-dialogue"])).status_code == 404
