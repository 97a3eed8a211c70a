import pytest
from django.urls import reverse

from dialogues.models.results import OpenAnswer
from reports.domain.reviews import prepare_open_answer_reviews
from reports.enums import ReviewState
from reports.models import OpenAnswerReview
from tests.factories.dialogues import PartnerMembershipFactory
from tests.helpers import signed_in


@pytest.fixture
def pending_review(tiny):
    OpenAnswerReview.objects.all().delete()
    answer = OpenAnswer.objects.select_related("submission__table__site").first()
    answer.text = "Write to someone@example.org about it."
    answer.save()
    prepare_open_answer_reviews(tiny)
    return OpenAnswerReview.objects.get(answer=answer)


def test_prepare_removes_email_and_keeps_original_private(pending_review):
    assert pending_review.redacted_text == "Write to [e-mail removed] about it."
    assert pending_review.found == "email"
    assert pending_review.answer.text == "Write to someone@example.org about it."


def test_approve_refused_to_partner_of_another_country(client, pending_review):
    country = pending_review.answer.submission.table.site.country.code
    other = pending_review.answer.submission.topic.dialogue.partners.exclude(countries__contains=country).first()
    user = PartnerMembershipFactory(partner=other).user
    client.force_login(user)

    response = client.post(reverse("reports:review", args=[other.dialogue.slug, pending_review.pk]),
                           {"decision": "approve", "text": pending_review.redacted_text})

    pending_review.refresh_from_db()
    assert response.status_code == 403
    assert pending_review.state == ReviewState.PENDING


def test_partner_of_the_country_approves_and_edited_text_is_redacted_again(client, pending_review):
    partner = pending_review.answer.submission.table.site.partner
    client.force_login(PartnerMembershipFactory(partner=partner).user)

    client.post(reverse("reports:review", args=[partner.dialogue.slug, pending_review.pk]),
                {"decision": "approve", "text": "Call +44 20 7946 0958 now."})

    pending_review.refresh_from_db()
    assert pending_review.state == ReviewState.APPROVED
    assert pending_review.redacted_text == "Call [phone number removed] now."


def test_review_page_highlights_what_was_found_to_staff(client, staff_user, pending_review):
    signed_in(client, staff_user)

    content = client.get(reverse("reports:reviews", args=[pending_review.answer.submission.topic.dialogue.slug]))

    html = content.content.decode()
    assert (
        '<blockquote class="original">Write to <mark class="personal-data">someone@example.org'
        '<span class="visually-hidden"> (e-mail)</span></mark> about it.</blockquote>'
    ) in html
    assert "Removed: e-mail" in html
