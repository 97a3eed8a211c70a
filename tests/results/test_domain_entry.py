import datetime as dt

import pytest
from django.utils import timezone

from dialogues.enums import DialogueStatus
from dialogues.models import ScheduledItem
from results.domain import ResultConflict, ResultInvalid, ResultRefused, storage, submit_table_result
from results.models import OpenAnswer, ResultSubmission
from tests.factories.results import options_of

from .fixtures import ballots_payload, counts_payload, new_id

pytestmark = pytest.mark.django_db


def submit(setting, payload, client_id=None, replaces=None, by=None, **kwargs):
    return submit_table_result(setting.table, setting.topic, by=by or setting.note_taker, payload=payload,
                               client_id=client_id or new_id(), replaces=replaces, **kwargs)


def counts_of(submission, question):
    """``{option_id or None: count}`` stored for ``question``."""
    submission.refresh_from_db()
    return {option: count for q, option, count in storage.count_rows(submission) if q == question.pk}


def test_submit_counts_stores_counts_per_option_and_open_answers(setting):
    submission, created = submit(setting, counts_payload(setting))

    assert created is True
    single = options_of(setting.single)
    stored = counts_of(submission, setting.single)
    assert stored == {single[0].pk: 3, single[1].pk: 1, single[2].pk: 0, None: 1}
    assert list(OpenAnswer.objects.filter(submission=submission).order_by("id").values_list("text", "rank")) == [
        ("Public identity without tracking", 1), ("Teach digital skills at school", None)]
    assert (submission.state, submission.entry_mode, submission.people_present) == ("sent", "counts", 5)
    assert ResultSubmission.objects.get().ballots == []


def test_submit_ballots_stores_ballots_and_counts_worked_out_from_them(setting):
    submission, _created = submit(setting, ballots_payload(setting))

    single = options_of(setting.single)
    ballots = storage.ballot_answers(ResultSubmission.objects.get(pk=submission.pk))
    assert [seat for seat, _answers, _categories in ballots] == [1, 2, 3]
    assert sum(answers.count((setting.single.pk, None)) for _seat, answers, _categories in ballots) == 1
    stored = counts_of(submission, setting.single)
    assert stored == {single[0].pk: 2, single[1].pk: 0, single[2].pk: 0, None: 1}
    multiple = counts_of(submission, setting.multiple)
    options = options_of(setting.multiple)
    assert multiple == {options[0].pk: 3, options[1].pk: 3, options[2].pk: 0, None: 0}


def test_same_id_same_content_is_stored_once(setting):
    client_id = new_id()
    first, created_first = submit(setting, counts_payload(setting), client_id=client_id)

    again, created_again = submit(setting, counts_payload(setting), client_id=client_id)

    assert (created_first, created_again, again.pk) == (True, False, first.pk)
    assert ResultSubmission.objects.count() == 1
    assert len(storage.count_rows(ResultSubmission.objects.get())) == 11


def test_same_id_other_content_is_a_conflict(setting):
    client_id = new_id()
    submit(setting, counts_payload(setting), client_id=client_id)

    with pytest.raises(ResultConflict):
        submit(setting, counts_payload(setting, present=6), client_id=client_id)

    assert list(ResultSubmission.objects.values_list("people_present", flat=True)) == [5]


def test_a_second_new_result_for_the_same_session_is_a_conflict(setting):
    submit(setting, counts_payload(setting))

    with pytest.raises(ResultConflict) as refused:
        submit(setting, counts_payload(setting, present=6))

    assert "Correct that result" in str(refused.value.message)
    assert ResultSubmission.objects.count() == 1


def test_correction_replaces_and_keeps_the_history(setting):
    first, _ = submit(setting, counts_payload(setting))

    second, created = submit(setting, counts_payload(setting, present=6), replaces=first.client_id)

    first.refresh_from_db()
    assert created is True
    assert second.replaces == first
    assert first.superseded_at is not None
    assert list(ResultSubmission.objects.current().values_list("pk", flat=True)) == [second.pk]
    assert ResultSubmission.objects.count() == 2


def test_correcting_an_already_corrected_result_is_a_conflict(setting):
    first, _ = submit(setting, counts_payload(setting))
    submit(setting, counts_payload(setting, present=6), replaces=first.client_id)

    with pytest.raises(ResultConflict):
        submit(setting, counts_payload(setting), replaces=first.client_id)

    assert ResultSubmission.objects.count() == 2


def test_correcting_an_unknown_result_is_invalid(setting):
    with pytest.raises(ResultInvalid) as invalid:
        submit(setting, counts_payload(setting), replaces=new_id())

    assert list(invalid.value.errors) == ["replaces"]


def test_session_not_started_is_refused(setting):
    ScheduledItem.objects.filter(site=setting.table.site).update(
        starts_at=timezone.now() + dt.timedelta(hours=2), ends_at=timezone.now() + dt.timedelta(hours=3))

    with pytest.raises(ResultRefused) as refused:
        submit(setting, counts_payload(setting))

    assert "has not started yet" in str(refused.value.message)
    assert ResultSubmission.objects.count() == 0


def test_grace_window_lets_results_in_just_before_the_start(setting):
    ScheduledItem.objects.filter(site=setting.table.site).update(
        starts_at=timezone.now() + dt.timedelta(minutes=20), ends_at=timezone.now() + dt.timedelta(hours=1))

    _submission, created = submit(setting, counts_payload(setting))

    assert created is True


def test_session_not_on_the_agenda_is_refused(setting):
    ScheduledItem.objects.filter(site=setting.table.site).delete()

    with pytest.raises(ResultRefused):
        submit(setting, counts_payload(setting))


def test_closed_dialogue_is_refused(setting):
    setting.topic.dialogue.status = DialogueStatus.CLOSED
    setting.topic.dialogue.save()

    with pytest.raises(ResultRefused) as refused:
        submit(setting, counts_payload(setting))

    assert str(refused.value.message) == "Results for this dialogue are closed: no result can be sent or corrected."


def test_ballots_carry_the_seats_categories_only_with_statistics_consent(setting):
    from registrations.enums import ConsentPurpose
    from tests.factories.registrations import CategoryFactory, RegistrantFactory, TableSeatFactory, answer

    young, older = CategoryFactory(), CategoryFactory()
    consenting = RegistrantFactory(site=setting.table.site)
    refusing = RegistrantFactory(site=setting.table.site, consents=[ConsentPurpose.PARTICIPATION])
    TableSeatFactory(table=setting.table, seat_number=2, registrant=answer(consenting, [young]))
    TableSeatFactory(table=setting.table, seat_number=3, registrant=answer(refusing, [older]))

    submission, _ = submit(setting, ballots_payload(setting, seats=(1, 2, 3)))

    stored = [(seat, category) for seat, _answers, categories in storage.ballot_answers(submission)
              for category in categories]
    assert stored == [(2, young.pk)]
