import datetime as dt

import pytest
from django.core import mail
from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.urls import reverse

from analysis.models import DecisionMaker, FollowUp, Recommendation, Response
from tests.factories.analysis import DecisionMakerFactory, RecommendationFactory
from tests.factories.dialogues import DialogueFactory
from tests.helpers import signed_in
from wetheinternet.accounts.models import User

pytestmark = pytest.mark.django_db


@pytest.fixture
def recommendation():
    return RecommendationFactory(title="Audit public algorithms")


def test_decision_maker_responds_and_the_public_impact_page_shows_it(client, recommendation):
    maker = DecisionMakerFactory(dialogue=recommendation.dialogue, name="Sofia Almeida", institution="Ministry X",
                                 country="PT")
    client.force_login(maker.user)

    sent = client.post(reverse("analysis:respond", args=[recommendation.dialogue.slug, recommendation.pk]),
                       {"position": "will_act", "reasons": "We agree.", "commitment": "An audit next year."})
    client.logout()
    page = client.get(reverse("analysis:impact", args=[recommendation.dialogue.slug]))

    html = page.content.decode()
    assert sent.status_code == 302
    assert page.status_code == 200
    assert "Audit public algorithms" in html and "Sofia Almeida, Ministry X (Portugal)" in html
    assert "Will act" in html and "An audit next year." in html


def test_impact_page_filters_by_country_and_institution(client, recommendation):
    for name, institution, country in [("A Person", "Ministry A", "PT"), ("B Person", "Panel B", "")]:
        maker = DecisionMakerFactory(dialogue=recommendation.dialogue, name=name, institution=institution, country=country)
        Response.objects.create(recommendation=recommendation, decision_maker=maker, position="considering", reasons="r")
    url = reverse("analysis:impact", args=[recommendation.dialogue.slug])

    portugal = client.get(url, {"country": "PT"}).content.decode()
    world = client.get(url, {"country": "world"}).content.decode()
    panel = client.get(url, {"institution": "Panel B"}).content.decode()

    assert "A Person" in portugal and "B Person" not in portugal
    assert "B Person" in world and "A Person" not in world
    assert "B Person" in panel and "A Person" not in panel


def test_decision_maker_may_not_add_a_follow_up_to_someone_elses_response(client, recommendation):
    mine = DecisionMakerFactory(dialogue=recommendation.dialogue)
    other = DecisionMakerFactory(dialogue=recommendation.dialogue)
    theirs = Response.objects.create(recommendation=recommendation, decision_maker=other, position="will_act", reasons="r")
    client.force_login(mine.user)

    response = client.post(reverse("analysis:follow_up", args=[recommendation.dialogue.slug, theirs.pk]),
                           {"date": "2026-01-01", "text": "Forged update"})

    assert response.status_code == 403
    assert FollowUp.objects.count() == 0


def test_decision_maker_adds_a_follow_up_to_their_own_response(client, recommendation):
    maker = DecisionMakerFactory(dialogue=recommendation.dialogue)
    own = Response.objects.create(recommendation=recommendation, decision_maker=maker, position="will_act", reasons="r")
    client.force_login(maker.user)

    client.post(reverse("analysis:follow_up", args=[recommendation.dialogue.slug, own.pk]),
                {"date": "2026-01-01", "text": "Tender published", "link": "https://example.org/t"})
    future = client.post(reverse("analysis:follow_up", args=[recommendation.dialogue.slug, own.pk]),
                         {"date": (dt.date.today() + dt.timedelta(days=30)).isoformat(), "text": "Later"})

    assert list(FollowUp.objects.values_list("text", "link")) == [("Tender published", "https://example.org/t")]
    assert future.status_code == 400
    assert "A follow-up reports what has happened: the date cannot be in the future." in future.content.decode()


def test_a_refused_follow_up_shows_the_error_summary_linked_to_the_field_and_keeps_what_was_typed(
        client, recommendation):
    import re

    maker = DecisionMakerFactory(dialogue=recommendation.dialogue)
    own = Response.objects.create(recommendation=recommendation, decision_maker=maker, position="will_act", reasons="r")
    client.force_login(maker.user)

    refused = client.post(reverse("analysis:follow_up", args=[recommendation.dialogue.slug, own.pk]),
                          {"date": "2026-01-01", "text": "Tender published", "link": "not a link"})

    html = refused.content.decode()
    ids = set(re.findall(r'\sid="([^"]+)"', html))
    link = re.search(rf'<input[^>]*id="link-{own.pk}"[^>]*>', html).group(0)
    described = re.search(r'aria-describedby="([^"]+)"', link).group(1).split()
    assert refused.status_code == 400
    assert "data-form-error-summary" in html
    assert f'<a href="#link-{own.pk}">Link: Enter a valid URL.</a>' in html
    assert described == [f"link-{own.pk}_error"] and set(described) <= ids
    assert 'value="not a link"' in link
    assert ">\nTender published</textarea>" in html
    assert 'value="2026-01-01"' in html
    assert FollowUp.objects.count() == 0


def test_decision_maker_of_another_dialogue_may_not_respond(client, recommendation):
    outsider = DecisionMakerFactory(dialogue=DialogueFactory())
    client.force_login(outsider.user)

    response = client.post(reverse("analysis:respond", args=[recommendation.dialogue.slug, recommendation.pk]),
                           {"position": "will_not_act", "reasons": "No."})

    assert response.status_code == 403
    assert Response.objects.count() == 0


def test_a_response_without_reasons_is_refused_with_a_message(client, recommendation):
    maker = DecisionMakerFactory(dialogue=recommendation.dialogue)
    client.force_login(maker.user)

    response = client.post(reverse("analysis:respond", args=[recommendation.dialogue.slug, recommendation.pk]),
                           {"position": "will_not_act", "reasons": ""})

    assert response.status_code == 200
    assert "This field is required." in response.content.decode()
    assert Response.objects.count() == 0


def test_staff_write_a_translated_recommendation_and_analysts_may_not(client, staff_user, user):
    dialogue = DialogueFactory()
    signed_in(client, staff_user)

    client.post(reverse("analysis:recommendations", args=[dialogue.slug]),
                {"title_en": "Teach digital skills", "title_fr": "Enseigner le numérique", "text_en": "Everywhere.",
                 "position": "0"})
    client.logout()
    client.force_login(user)
    refused = client.post(reverse("analysis:recommendations", args=[dialogue.slug]),
                          {"title_en": "Forged", "position": "0"})

    assert list(Recommendation.objects.values_list("title_en", "title_fr")) == [
        ("Teach digital skills", "Enseigner le numérique")]
    assert refused.status_code == 403


def test_staff_invite_a_global_decision_maker(client, staff_user, eager_tasks, django_capture_on_commit_callbacks):
    dialogue = DialogueFactory()
    signed_in(client, staff_user)

    with django_capture_on_commit_callbacks(execute=True):
        client.post(reverse("analysis:decision_makers", args=[dialogue.slug]), {
            "email": "Panel@Example.org", "name": "Jonas Berg", "institution": "IGF Leadership Panel", "country": "",
            "language": "en"})

    maker = DecisionMaker.objects.get()
    assert (maker.user.email, maker.institution, maker.country.code) == ("panel@example.org", "IGF Leadership Panel", "")
    assert [message.to for message in mail.outbox] == [["panel@example.org"]]


def test_staff_invite_an_analyst_who_gets_the_role(client, staff_user):
    signed_in(client, staff_user)

    client.post(reverse("analysis:analysts"), {"email": "mei@example.org", "full_name": "Mei Lin", "role": "analyst",
                                               "language": "en"})

    assert User.objects.get(email="mei@example.org").organisation_roles == {"analyst"}


def _recommendations_with_responses(dialogue, recommendations):
    for index in range(recommendations):
        recommendation = RecommendationFactory(dialogue=dialogue)
        maker = DecisionMakerFactory(dialogue=dialogue, institution=f"Institution {index}")
        response = Response.objects.create(recommendation=recommendation, decision_maker=maker, position="will_act",
                                           reasons="r")
        FollowUp.objects.create(response=response, date=dt.date(2026, 1, 1), text="Done")


def test_impact_page_queries_do_not_grow_with_recommendations(client):
    counts = []
    for number in (1, 3):
        dialogue = DialogueFactory()
        _recommendations_with_responses(dialogue, number)
        with CaptureQueriesContext(connection) as queries:
            page = client.get(reverse("analysis:impact", args=[dialogue.slug]))
        assert page.content.decode().count("Done") == number
        counts.append(len(queries))

    assert counts[0] == counts[1]
