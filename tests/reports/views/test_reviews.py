import pytest
from django.urls import reverse

from reports.domain.reviews import prepare_open_answer_reviews
from reports.enums import ReviewState
from reports.models import OpenAnswerReview
from results.models import OpenAnswer
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


@pytest.fixture
def three_pending(tiny):
    OpenAnswerReview.objects.all().delete()
    answers = list(OpenAnswer.objects.select_related("submission__table__site").order_by("pk")[:3])
    for answer, text in zip(answers, ["Call +44 20 7946 0958.", "Follow @someone_here.", "Internet for all."],
                            strict=True):
        answer.text = text
        answer.save()
    OpenAnswer.objects.exclude(pk__in=[a.pk for a in answers]).delete()
    prepare_open_answer_reviews(tiny)
    return [OpenAnswerReview.objects.get(answer=answer) for answer in answers]


def test_review_list_filters_by_kind_of_personal_data(client, staff_user, three_pending, tiny):
    signed_in(client, staff_user)
    url = reverse("reports:reviews", args=[tiny.slug])

    def shown(kind):
        html = client.get(url, {"kind": kind}).content.decode()
        return [review.pk for review in three_pending if f'id="text-{review.pk}"' in html]

    assert shown("phone") == [three_pending[0].pk]
    assert shown("handle") == [three_pending[1].pk]
    assert shown("none") == [three_pending[2].pk]
    assert shown("any") == [three_pending[0].pk, three_pending[1].pk]
    assert shown("") == [review.pk for review in three_pending]


def test_bulk_approval_publishes_the_ticked_answers_redacted(client, staff_user, three_pending, tiny):
    signed_in(client, staff_user)

    client.post(reverse("reports:approve_reviews", args=[tiny.slug]),
                {"review": [three_pending[0].pk, three_pending[1].pk]})

    states = [(r.state, r.redacted_text) for r in OpenAnswerReview.objects.order_by("answer_id")]
    assert states == [
        ("approved", "Call [phone number removed]."),
        ("approved", "Follow [account removed]."),
        ("pending", "Internet for all."),
    ]


def test_bulk_approval_ignores_answers_of_another_partners_country(client, three_pending, tiny):
    country = three_pending[0].answer.submission.table.site.country.code
    other = tiny.partners.exclude(countries__contains=country).first()
    client.force_login(PartnerMembershipFactory(partner=other).user)

    client.post(reverse("reports:approve_reviews", args=[tiny.slug]), {"review": [three_pending[0].pk]})

    three_pending[0].refresh_from_db()
    assert three_pending[0].state == ReviewState.PENDING


def test_bulk_approval_with_nothing_ticked_or_bad_ids_changes_nothing(client, staff_user, three_pending, tiny):
    signed_in(client, staff_user)

    client.post(reverse("reports:approve_reviews", args=[tiny.slug]), {"review": ["x", "-1", ""]})

    assert set(OpenAnswerReview.objects.values_list("state", flat=True)) == {"pending"}


def test_approval_redacts_a_name_registered_since_preparation(client, staff_user, three_pending, tiny):
    from registrations.models import Registrant

    review = three_pending[2]
    review.redacted_text = "Internet for all, said Ottoline Quarrington."
    review.save()
    template = Registrant.objects.filter(dialogue=tiny).first()
    Registrant.objects.create(dialogue=tiny, country=template.country, first_name="Ottoline",
                              last_name="Quarrington")
    signed_in(client, staff_user)

    client.post(reverse("reports:approve_reviews", args=[tiny.slug]), {"review": [review.pk]})

    review.refresh_from_db()
    assert (review.state, review.redacted_text) == ("approved", "Internet for all, said [name removed].")


def test_review_list_queries_do_not_grow_with_answers(client, staff_user, three_pending, tiny):
    from django.db import connection
    from django.test.utils import CaptureQueriesContext

    signed_in(client, staff_user)
    url = reverse("reports:reviews", args=[tiny.slug])

    def queries():
        with CaptureQueriesContext(connection) as context:
            client.get(url)
        return len(context.captured_queries)

    with_three = queries()
    OpenAnswerReview.objects.filter(pk__in=[three_pending[1].pk, three_pending[2].pk]).delete()
    assert queries() == with_three


def test_review_search_finds_words_in_any_order_and_keeps_the_filters(client, staff_user, three_pending, tiny):
    signed_in(client, staff_user)
    url = reverse("reports:reviews", args=[tiny.slug])

    client.post(url + "?kind=none", {"q": "ALL internet"})
    response = client.get(url, {"kind": "none"})
    client.post(url, {"q": "nowhere"})
    nothing = client.get(url)

    assert [review.pk for review, *_rest in response.context["reviews"]] == [three_pending[2].pk]
    assert nothing.context["reviews"] == []
    assert "kind=none" in response.context["list"].sort_links[0]["url"]


def test_review_export_has_the_published_text_never_the_original(client, staff_user, three_pending, tiny):
    import csv
    import io

    from wetheinternet.core.models import AuditEntry

    signed_in(client, staff_user)

    response = client.get(reverse("reports:review_export", args=[tiny.slug]), {"kind": "phone", "format": "csv"})

    content = b"".join(response.streaming_content).decode("utf-8-sig")
    rows = list(csv.reader(io.StringIO(content)))
    assert [row[-1] for row in rows[1:]] == [three_pending[0].redacted_text]
    assert "7946" not in content
    assert AuditEntry.objects.filter(action="reports.open_answers.exported", actor=staff_user).count() == 1


def test_review_export_refused_to_a_partner_of_another_dialogue(client, three_pending, tiny):
    from tests.factories.dialogues import PartnerFactory

    outsider = PartnerMembershipFactory(partner=PartnerFactory()).user
    client.force_login(outsider)

    assert client.get(reverse("reports:review_export", args=[tiny.slug])).status_code == 403


def test_approving_an_empty_text_is_refused_with_the_error_summary_and_the_other_answers_kept(
        client, staff_user, three_pending, tiny):
    import re

    signed_in(client, staff_user)
    refused = three_pending[1]

    response = client.post(reverse("reports:review", args=[tiny.slug, refused.pk]), {"decision": "approve", "text": ""})

    html = response.content.decode()
    ids = set(re.findall(r'\sid="([^"]+)"', html))
    textarea = re.search(rf'<textarea[^>]*id="text-{refused.pk}"[^>]*>', html).group(0)
    described = re.search(r'aria-describedby="([^"]+)"', textarea).group(1).split()
    assert response.status_code == 400
    assert (f'<a href="#text-{refused.pk}">Text as it will be published: '
            "Write the text to publish, or reject the answer.</a>") in html
    assert described == [f"text-{refused.pk}_helptext", f"text-{refused.pk}_error"]
    assert set(described) <= ids
    assert all(f'id="text-{review.pk}"' in html for review in three_pending)
    refused.refresh_from_db()
    assert refused.state == ReviewState.PENDING


def test_an_overlong_edited_text_is_refused_and_what_was_typed_stays(client, staff_user, three_pending, tiny):
    signed_in(client, staff_user)
    refused = three_pending[0]
    typed = "Internet for all " * 120

    response = client.post(reverse("reports:review", args=[tiny.slug, refused.pk]),
                           {"decision": "approve", "text": typed})

    html = response.content.decode()
    assert response.status_code == 400
    assert f'<a href="#text-{refused.pk}">' in html
    assert f">\n{typed}</textarea>" in html
    refused.refresh_from_db()
    assert refused.state == ReviewState.PENDING
