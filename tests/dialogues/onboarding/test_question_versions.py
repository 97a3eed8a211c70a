import pytest
from django.core.exceptions import ValidationError
from django.db import IntegrityError, transaction
from django.urls import reverse

from dialogues.domain.questions import has_results, new_question_version
from dialogues.models import Question
from results.domain import storage
from results.models import ResultSubmission
from tests.factories.dialogues import OptionFactory, QuestionFactory, TableFactory
from tests.factories.results import ResultSubmissionFactory
from tests.helpers import signed_in

pytestmark = pytest.mark.django_db


@pytest.fixture
def question_with_result():
    question = QuestionFactory(code="who-should-issue", text="Who should provide a digital identity?")
    options = [OptionFactory(question=question, code=code, label=code.title()) for code in ("state", "nobody")]
    table = TableFactory(site__partner__dialogue=question.topic.dialogue)
    ResultSubmissionFactory(table=table, topic=question.topic,
                            counts=storage.packed_counts([(question.pk, options[0].pk, 3)]))
    return question


def test_has_results_only_once_a_result_uses_the_question(question_with_result):
    assert has_results(question_with_result) is True
    assert has_results(QuestionFactory()) is False


def test_new_question_version_keeps_code_and_options_and_becomes_current(question_with_result, staff_user):
    copy = new_question_version(question_with_result, by=staff_user)

    question_with_result.refresh_from_db()
    assert (copy.code, copy.version, copy.is_current, question_with_result.is_current) == (
        "who-should-issue", 2, True, False)
    assert list(copy.options.values_list("code", "label")) == [("state", "State"), ("nobody", "Nobody")]
    assert list(ResultSubmission.objects.get().counts) == [str(question_with_result.pk)]


def test_new_question_version_keeps_every_languages_wording(question_with_result, staff_user):
    question_with_result.text_pt = "Quem deveria fornecer uma identidade digital?"
    question_with_result.save()
    question_with_result.options.filter(code="state").update(label_pt="O Estado", label_ar="الدولة")

    copy = new_question_version(question_with_result, by=staff_user)

    assert copy.text_pt == "Quem deveria fornecer uma identidade digital?"
    assert copy.options.get(code="state").label_pt == "O Estado"
    assert copy.options.get(code="state").label_ar == "الدولة"


def test_admin_locks_wording_of_a_question_with_results(client, staff_user, question_with_result):
    signed_in(client, staff_user)
    url = reverse("admin:dialogues_question_change", args=[question_with_result.pk])

    client.post(url, {"text_en": "Changed wording", "position": "1"})

    question_with_result.refresh_from_db()
    assert question_with_result.text == "Who should provide a digital identity?"
    assert 'name="text_en"' not in client.get(url).content.decode()


def test_admin_action_makes_a_new_version(client, staff_user, question_with_result):
    signed_in(client, staff_user)

    client.post(reverse("admin:dialogues_question_changelist"),
                {"action": "make_new_version", "_selected_action": [question_with_result.pk]})

    assert list(Question.objects.filter(code="who-should-issue").values_list("version", "is_current")) == [
        (1, False), (2, True)]


def test_a_closed_question_cannot_be_a_table_answer():
    question = QuestionFactory.build(topic=QuestionFactory().topic, code="who", kind="single_choice", mode="table")

    with pytest.raises(ValidationError) as refused:
        question.full_clean()

    assert refused.value.messages == [
        "Closed and scale questions are answered by individual vote: only an open question can be a table answer."
    ]
    with pytest.raises(IntegrityError), transaction.atomic():
        question.save()
    assert QuestionFactory(kind="open_text", mode="table").mode == "table"
