"""Evaluation questionnaires: participants answer once with their code, signed-in
audiences once each, nobody else; answers cannot be joined to people; the summary is
protected like the results."""

import datetime as dt

import pytest
from django.db import models
from django.urls import NoReverseMatch, reverse
from django.utils import timezone

from analysis.domain.errors import EvaluationError
from analysis.domain.evaluation import (
    evaluation_summary,
    hash_token,
    issue_tokens,
    record_key,
    submission_count,
    submit_with_token,
)
from analysis.enums import Audience
from analysis.models import (
    EvaluationAnswer,
    EvaluationAnswered,
    EvaluationSubmission,
    EvaluationToken,
)
from reports.domain.perturbation import perturb
from tests.factories.accounts import UserFactory
from tests.factories.analysis import DecisionMakerFactory, evaluation_questionnaire
from tests.factories.dialogues import DialogueFactory, PartnerMembershipFactory, TableFactory
from tests.factories.registrations import RegistrantFactory
from tests.helpers import signed_in
from wetheinternet.core.models import AuditEntry


@pytest.fixture
def dialogue(db):
    return DialogueFactory(slug="eval", anonymity_threshold=3, languages=["en", "fr"])


@pytest.fixture
def before(dialogue):
    return evaluation_questionnaire(dialogue, Audience.PARTICIPANTS_BEFORE)


def _post(questionnaire, token="", **answers):
    data = {"token": token}
    for question in questionnaire.questions.all():
        if question.kind == "single_choice":
            data[f"q{question.pk}"] = str(question.choices.get(label_en=answers.get("single", "Yes")).pk)
        elif question.kind == "multiple_choice":
            data[f"q{question.pk}"] = [str(c.pk) for c in question.choices.filter(label_en__in=["Booklet", "Video"])]
        elif question.kind == "scale":
            data[f"q{question.pk}"] = str(answers.get("scale", 4))
        else:
            data[f"q{question.pk}"] = answers.get("text", "")
    return data


def _url(questionnaire):
    return reverse("analysis:answer_evaluation", args=[questionnaire.dialogue.slug, questionnaire.audience])


# The token flow


def test_a_participant_answers_with_their_code_once(client, staff_user, before):
    [token] = issue_tokens(before, 1, by=staff_user)

    first = client.post(_url(before), _post(before, token=token, text="Well organised"))
    again = client.post(_url(before), _post(before, token=token))

    assert "Thank you: your answers were recorded anonymously." in first.content.decode()
    assert again.status_code == 200
    assert "This code was used already: each code answers once." in again.content.decode()
    assert EvaluationSubmission.objects.count() == 1
    assert EvaluationAnswer.objects.filter(text="Well organised").count() == 1
    assert EvaluationToken.objects.get().used


def test_an_optional_radio_can_be_taken_back_with_no_answer(client, staff_user, before):
    [token] = issue_tokens(before, 1, by=staff_user)
    single, scale = before.questions.get(kind="single_choice"), before.questions.get(kind="scale")
    page = client.get(_url(before)).content.decode()

    client.post(_url(before), {**_post(before, token=token, text="Fine"), f"q{single.pk}": "", f"q{scale.pk}": ""})

    offered = [f'name="q{question.pk}" value=""' in page for question in (single, scale)]
    stored = sorted(EvaluationAnswer.objects.values_list("question__kind", flat=True))
    assert (offered, stored) == ([True, True], ["multiple_choice", "multiple_choice", "open_text"])


def test_the_code_is_stored_only_as_its_hash(staff_user, before):
    tokens = issue_tokens(before, 3, by=staff_user)

    stored = set(EvaluationToken.objects.values_list("token_hash", flat=True))
    assert stored == {hash_token(token) for token in tokens}
    assert not stored & set(tokens)


def test_an_unknown_code_or_another_questionnaires_code_is_refused_in_french(client, staff_user, dialogue, before):
    after = evaluation_questionnaire(dialogue, Audience.PARTICIPANTS_AFTER)
    [other] = issue_tokens(after, 1, by=staff_user)

    wrong = client.post(_url(before), _post(before, token=other))
    unknown = client.post(_url(before).replace("/en/", "/fr/"), _post(before, token="not-a-code"))

    assert unknown.status_code == 200
    assert "Ce code est inconnu" in unknown.content.decode()
    assert "This code is unknown" in wrong.content.decode()
    assert EvaluationSubmission.objects.count() == 0
    assert not EvaluationToken.objects.get().used


def test_bad_answers_are_refused_and_the_code_is_not_spent(client, staff_user, before):
    [token] = issue_tokens(before, 1, by=staff_user)
    scale = before.questions.get(kind="scale")

    out_of_range = client.post(_url(before), {**_post(before, token=token), f"q{scale.pk}": "9"})
    nothing = client.post(_url(before), {"token": token})
    garbage = client.post(_url(before), {"token": token, "q999999": "x", f"q{scale.pk}": "many"})

    assert out_of_range.status_code == nothing.status_code == garbage.status_code == 200
    assert "Answer at least one question." in nothing.content.decode()
    assert not EvaluationToken.objects.get().used
    assert EvaluationSubmission.objects.count() == 0


def test_the_code_from_the_slip_link_is_filled_in_and_the_questions_are_in_french(client, before):
    page = client.get(_url(before).replace("/en/", "/fr/") + "?token=abc123")

    html = page.content.decode()
    assert 'value="abc123"' in html
    assert "Participeriez-vous de nouveau ?" in html and "Oui" in html


def test_a_closed_questionnaire_takes_no_answer(staff_user, before):
    [token] = issue_tokens(before, 1, by=staff_user)
    before.is_open = False
    before.save()

    with pytest.raises(EvaluationError):
        submit_with_token(before, token, {before.questions.first().pk: ["1"]}, language="en")
    assert not EvaluationToken.objects.get().used


def test_unknown_audience_or_dialogue_is_not_found(client, before):
    assert client.get(reverse("analysis:answer_evaluation", args=["eval", "everyone"])).status_code == 404
    assert client.get(reverse("analysis:answer_evaluation", args=["other", before.audience])).status_code == 404


# Signed-in audiences


def test_a_partner_member_answers_once(client, dialogue):
    questionnaire = evaluation_questionnaire(dialogue, Audience.PARTNERS)
    member = PartnerMembershipFactory(partner__dialogue=dialogue).user
    signed_in(client, member)

    client.post(_url(questionnaire), _post(questionnaire))
    again = client.get(_url(questionnaire))
    twice = client.post(_url(questionnaire), _post(questionnaire))

    assert "You have answered this questionnaire already." in again.content.decode()
    assert "You have answered this questionnaire already." in twice.content.decode()
    assert EvaluationSubmission.objects.count() == 1
    assert EvaluationAnswered.objects.filter(user=member).count() == 1


def test_another_dialogues_partner_or_a_wrong_role_is_refused(client, dialogue):
    partners = evaluation_questionnaire(dialogue, Audience.PARTNERS)
    makers = evaluation_questionnaire(dialogue, Audience.DECISION_MAKERS)
    volunteers = evaluation_questionnaire(dialogue, Audience.VOLUNTEERS)
    other_partner = PartnerMembershipFactory().user  # a partner of another dialogue
    other_maker = DecisionMakerFactory().user  # a decision maker of another dialogue
    member = PartnerMembershipFactory(partner__dialogue=dialogue).user

    assert signed_in(client, other_partner).post(_url(partners), _post(partners)).status_code == 403
    assert signed_in(client, other_maker).get(_url(makers)).status_code == 403
    assert signed_in(client, member).get(_url(makers)).status_code == 403  # a partner is no decision maker
    assert signed_in(client, member).get(_url(volunteers)).status_code == 403
    assert EvaluationSubmission.objects.count() == 0


def test_volunteers_and_decision_makers_of_the_dialogue_answer(client, dialogue):
    volunteers = evaluation_questionnaire(dialogue, Audience.VOLUNTEERS)
    makers = evaluation_questionnaire(dialogue, Audience.DECISION_MAKERS)
    note_taker = UserFactory()
    TableFactory(site__partner__dialogue=dialogue, note_taker=note_taker)
    maker = DecisionMakerFactory(dialogue=dialogue).user

    signed_in(client, note_taker).post(_url(volunteers), _post(volunteers))
    signed_in(client, maker).post(_url(makers), _post(makers))

    assert EvaluationSubmission.objects.filter(questionnaire=volunteers).count() == 1
    assert EvaluationSubmission.objects.filter(questionnaire=makers).count() == 1


def test_anonymous_visitors_are_sent_to_sign_in_for_signed_in_audiences(client, dialogue):
    questionnaire = evaluation_questionnaire(dialogue, Audience.PARTNERS)
    assert client.get(_url(questionnaire)).status_code == 302


# Anonymity at the database level


PERSON_MODELS = {"accounts.user", "registrations.registrant"}


@pytest.mark.parametrize("model", [EvaluationSubmission, EvaluationAnswer])
def test_answer_tables_have_no_link_to_a_person_and_no_time(model):
    for field in model._meta.get_fields():
        related = getattr(field, "related_model", None)
        if related is not None:
            assert related._meta.label_lower not in PERSON_MODELS, field.name
            assert related._meta.app_label == "analysis", field.name  # only to the questionnaire's own tables
        assert not isinstance(field, models.DateTimeField | models.TimeField), field.name
    assert isinstance(model._meta.pk, models.UUIDField)  # no sequence to line up with markers or logs


def test_the_answered_marker_points_at_no_answer(staff_user):
    related = {f.related_model._meta.label_lower for f in EvaluationAnswered._meta.get_fields() if f.related_model}
    assert related == {"analysis.questionnaire", "accounts.user"}
    assert not any(isinstance(f, models.DateField) for f in EvaluationAnswered._meta.get_fields())


def test_a_stored_answer_row_holds_nothing_that_matches_the_person(client, dialogue, before, staff_user):
    registrant = RegistrantFactory(site__partner__dialogue=dialogue)
    member = PartnerMembershipFactory(partner__dialogue=dialogue).user
    partners = evaluation_questionnaire(dialogue, Audience.PARTNERS)
    [token] = issue_tokens(before, 1, by=staff_user)
    client.post(_url(before), _post(before, token=token, text="Fine"))
    signed_in(client, member).post(_url(partners), _post(partners, text="Fine too"))

    person_values = {registrant.pk, str(registrant.pk), member.pk, str(member.pk), token, hash_token(token),
                     registrant.email, member.email}
    for row in [*EvaluationSubmission.objects.values(), *EvaluationAnswer.objects.values()]:
        for key, value in row.items():
            if key in {"questionnaire_id", "question_id", "choice_id"}:
                continue  # links to the questionnaire's own tables (checked above), not to people
            assert value not in person_values, key
            assert not isinstance(value, dt.datetime), key
    assert {s.day for s in EvaluationSubmission.objects.all()} == {timezone.now().date()}
    assert set(EvaluationSubmission.objects.values_list("language", flat=True)) == {"en"}
    # No audit entry records who answered.
    assert not AuditEntry.objects.filter(action__contains="evaluation", actor=member).exists()


# The summary


def test_the_summary_hides_small_counts_and_open_answers(client, staff_user, before, monkeypatch):
    monkeypatch.setattr("analysis.domain.evaluation.record_key", lambda uuid: 0)  # published = true counts
    tokens = issue_tokens(before, 5, by=staff_user)
    for token in tokens[:4]:
        client.post(_url(before), _post(before, token=token, single="Yes", scale=4, text="Good"))
    client.post(_url(before), _post(before, token=tokens[4], single="No", scale=2))

    summary = {item.question.kind: item for item in evaluation_summary(before, 3)}

    assert dict((str(label), count) for label, count in summary["single_choice"].rows)["Yes"] == 4
    assert None in [count for _label, count in summary["single_choice"].rows]  # "No": 1 < k
    assert summary["multiple_choice"].rows[2][1] is None  # "Facilitator": nobody, hidden like the results' zeros
    assert summary["open_text"].texts == ["Good"] * 4


def test_the_summary_is_perturbed_by_the_answers_keys_like_the_results(client, staff_user, before):
    """Counts were published exactly (keys of 0): with the number of answers shown beside
    them, a hidden count was the difference. Each answer's key now comes from its random
    id: the same answers always give the same figures, each within 3 of the truth."""
    tokens = issue_tokens(before, 12, by=staff_user)
    for token in tokens[:11]:
        client.post(_url(before), _post(before, token=token, single="Yes", scale=4))
    client.post(_url(before), _post(before, token=tokens[11], single="No", scale=2))
    answers = EvaluationAnswer.objects.filter(question__questionnaire=before, choice__isnull=False,
                                              question__kind="single_choice")
    keys = sum(record_key(answer.pk) for answer in answers.filter(choice__label="Yes"))
    base_keys = sum(record_key(answer.pk) for answer in answers)

    first, again = evaluation_summary(before, 3), evaluation_summary(before, 3)
    rows = {str(label): count for label, count in next(s for s in first if s.question.kind == "single_choice").rows}

    assert [s.rows for s in first] == [s.rows for s in again]
    # A count is perturbed by its keys and never published above its row's base.
    assert rows["Yes"] == min(perturb(11, keys), perturb(12, base_keys)) and abs(rows["Yes"] - 11) <= 3
    assert rows["No"] is None
    assert submission_count(before, 3) == perturb(12, sum(record_key(s.pk) for s in before.submissions.all()))
    assert submission_count(before, 16) is None  # 12 answers are published as at most 15


def test_staff_see_the_summary_and_others_are_refused(client, staff_user, dialogue, before):
    other = DialogueFactory(slug="other")
    member = PartnerMembershipFactory(partner__dialogue=dialogue).user
    url = reverse("analysis:evaluation_summary", args=[dialogue.slug, before.pk])

    assert signed_in(client, member).get(url).status_code == 403
    assert signed_in(client, member).get(reverse("analysis:evaluation", args=[dialogue.slug])).status_code == 403
    signed_in(client, staff_user)
    assert client.get(url).status_code == 200
    assert client.get(reverse("analysis:evaluation_summary", args=[other.slug, before.pk])).status_code == 404
    assert client.get(reverse("analysis:evaluation", args=[dialogue.slug])).status_code == 200


def test_staff_issue_codes_printed_with_the_link(client, staff_user, dialogue, before):
    signed_in(client, staff_user)

    page = client.post(reverse("analysis:issue_codes", args=[dialogue.slug, before.pk]), {"count": "3"})
    refused = client.post(reverse("analysis:issue_codes", args=[dialogue.slug, before.pk]), {"count": "5000"})

    assert page.status_code == 200 and len(page.context["tokens"]) == 3
    assert "?token=" + page.context["tokens"][0] in page.content.decode()
    assert refused.status_code == 302 and EvaluationToken.objects.count() == 3


def test_codes_are_not_issued_for_signed_in_audiences(staff_user, dialogue):
    partners = evaluation_questionnaire(dialogue, Audience.PARTNERS)
    with pytest.raises(EvaluationError):
        issue_tokens(partners, 5, by=staff_user)


# The console


def test_staff_write_questionnaires_in_the_console_and_never_see_answers_there(client, staff_user, before):
    signed_in(client, staff_user)

    assert client.get(reverse("admin:analysis_questionnaire_add")).status_code == 200
    page = client.get(reverse("admin:analysis_questionnaire_change", args=[before.pk])).content.decode()
    assert 'name="title_fr"' in page and "Comment était-ce ?" in page
    assert client.get(reverse("admin:analysis_evaluationquestion_add")).status_code == 200
    with pytest.raises(NoReverseMatch):
        reverse("admin:analysis_evaluationsubmission_changelist")
    with pytest.raises(NoReverseMatch):
        reverse("admin:analysis_evaluationtoken_changelist")


def test_a_partner_member_cannot_open_the_questionnaires_in_the_console(client, dialogue, before):
    member = PartnerMembershipFactory(partner__dialogue=dialogue).user
    signed_in(client, member)

    assert client.get(reverse("admin:analysis_questionnaire_change", args=[before.pk])).status_code in {302, 403}
