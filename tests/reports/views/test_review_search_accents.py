"""The open-answer review is searched accent- and case-insensitively, words in any
order, with the database folding the text as published: no folded copy is kept, so a
text changed (redacted, scrubbed by an erasure) is no longer found by its old words."""

import pytest
from django.urls import reverse

from reports.domain.reviews import prepare_open_answer_reviews
from reports.models import OpenAnswerReview
from results.models import OpenAnswer
from tests.factories.dialogues import PartnerFactory, PartnerMembershipFactory
from tests.helpers import signed_in
from wetheinternet.core.lists import Folded

TEXTS = ["Les élèves réclament l'accès à Internet à l'École.", "Héloïse wants FREE wifi", "Internet for all."]


@pytest.fixture
def reviews(tiny):
    OpenAnswerReview.objects.all().delete()
    answers = list(OpenAnswer.objects.order_by("pk")[:3])
    for answer, text in zip(answers, TEXTS, strict=True):
        answer.text = text
        answer.save()
    OpenAnswer.objects.exclude(pk__in=[a.pk for a in answers]).delete()
    prepare_open_answer_reviews(tiny)
    return [OpenAnswerReview.objects.get(answer=answer) for answer in answers]


def _found(client, dialogue, query):
    url = reverse("reports:reviews", args=[dialogue.slug])
    client.post(url, {"q": query})
    return [review.redacted_text for review, *_rest in client.get(url).context["reviews"]]


@pytest.mark.parametrize("query", ["ELEVES acces", "école élèves", "Réclament", "eleves   ECOLE internet"])
def test_accents_case_and_word_order_do_not_matter(client, staff_user, reviews, tiny, query):
    signed_in(client, staff_user)

    assert _found(client, tiny, query) == [TEXTS[0]]


def test_a_name_written_with_accents_is_found_without_them_and_the_other_way(client, staff_user, reviews, tiny):
    signed_in(client, staff_user)

    assert _found(client, tiny, "heloise free") == [TEXTS[1]]
    assert _found(client, tiny, "wïfî") == [TEXTS[1]]
    assert _found(client, tiny, "eleves wifi") == []


def test_a_changed_text_is_not_found_by_its_old_words(client, staff_user, reviews, tiny):
    """Nothing keeps the old text: what erasure or redaction removes cannot be searched."""
    signed_in(client, staff_user)
    OpenAnswerReview.objects.filter(pk=reviews[1].pk).update(redacted_text="[name removed] wants free wifi")

    assert _found(client, tiny, "heloise") == []
    assert _found(client, tiny, "wifi") == ["[name removed] wants free wifi"]


def test_the_export_holds_what_the_accent_free_search_found(client, staff_user, reviews, tiny):
    signed_in(client, staff_user)
    client.post(reverse("reports:reviews", args=[tiny.slug]), {"q": "ecole"})

    response = client.get(reverse("reports:review_export", args=[tiny.slug]), {"format": "csv"})

    content = b"".join(response.streaming_content).decode("utf-8-sig")
    assert TEXTS[0] in content and "Héloïse" not in content


def test_a_partner_of_another_dialogue_cannot_search_the_review(client, reviews, tiny):
    client.force_login(PartnerMembershipFactory(partner=PartnerFactory()).user)

    response = client.post(reverse("reports:reviews", args=[tiny.slug]), {"q": "ecole"})

    assert response.status_code == 403


def test_the_database_folds_case_and_accents(reviews):
    folded = OpenAnswerReview.objects.annotate(folded=Folded("redacted_text")).order_by("answer_id")

    assert folded.first().folded == "les eleves reclament l'acces a internet a l'ecole."
