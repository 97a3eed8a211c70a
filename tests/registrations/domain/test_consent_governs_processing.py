"""Consent governs processing: demographic answers are kept only with the statistics
consent; withdrawing it takes the person's categories off their ballots (so the next
report build no longer counts them); a consent text people agreed to is never changed."""

import pytest
from django.urls import reverse

from dialogues.models import Category
from registrations.domain.consent import withdraw_consent
from registrations.domain.consent_texts import save_consent_text, wording_fields
from registrations.domain.data_rights import erase_registrant
from registrations.domain.registration import RegistrationData, register_participant
from registrations.enums import ConsentPurpose
from registrations.models import ConsentText, RegistrantAnswer
from results.models import ResultSubmission
from tests.factories.dialogues import TableFactory, TopicFactory
from tests.factories.registrations import RegistrantFactory, TableSeatFactory, answer
from tests.factories.results import ResultSubmissionFactory
from tests.helpers import signed_in
from wetheinternet.core.models import AuditEntry

pytestmark = pytest.mark.django_db


def _data(setup, consents):
    woman = setup.features["gender"]["woman"]
    return RegistrationData(country="FR", first_name="Claire", last_name="Moreau", email="claire@example.net",
                            answers={woman.feature: woman}, consents=consents, consent_language="fr")


def test_demographic_answers_dropped_without_statistics_consent(setup):
    person = register_participant(setup.dialogue, _data(setup, {ConsentPurpose.PARTICIPATION}), site=setup.lyon)

    assert RegistrantAnswer.objects.filter(registrant=person).count() == 0


def test_demographic_answers_kept_with_statistics_consent(setup):
    person = register_participant(
        setup.dialogue, _data(setup, {ConsentPurpose.PARTICIPATION, ConsentPurpose.STATISTICS}), site=setup.lyon
    )

    assert list(person.answers.values_list("category__code", flat=True)) == ["woman"]


@pytest.fixture
def submission(setup):
    table = TableFactory(site=setup.lyon)
    return ResultSubmissionFactory(table=table, topic=TopicFactory(dialogue=setup.dialogue))


def _voted(submission, person, seat_number, categories):
    TableSeatFactory(table=submission.table, seat_number=seat_number, registrant=person)
    stored = ResultSubmission.objects.get(pk=submission.pk)
    stored.ballots.append({"seat": seat_number, "key": 7, "answers": [], "categories": [c.pk for c in categories]})
    stored.entry_mode = "ballots"
    stored.save(update_fields=["ballots", "entry_mode"])
    return _Ballot(submission.pk, seat_number)


class _Ballot:
    """A seat's stored ballot, read afresh from its submission's JSON."""

    def __init__(self, submission_id, seat_number):
        self.submission_id, self.seat_number = submission_id, seat_number

    def codes(self):
        ballots = ResultSubmission.objects.get(pk=self.submission_id).ballots
        ids = [c for ballot in ballots if ballot["seat"] == self.seat_number for c in ballot["categories"]]
        codes = dict(Category.objects.filter(pk__in=ids).values_list("pk", "code"))
        return [codes[c] for c in ids]


def test_withdrawing_statistics_takes_categories_off_the_persons_ballots_only(setup, submission):
    woman, old = setup.features["gender"]["woman"], setup.features["age"]["old"]
    man = setup.features["gender"]["man"]
    leaving = answer(RegistrantFactory(site=setup.lyon), [woman, old])
    staying = answer(RegistrantFactory(site=setup.lyon), [man, old])
    leaving_ballot = _voted(submission, leaving, 1, [woman, old])
    staying_ballot = _voted(submission, staying, 2, [man, old])

    withdraw_consent(leaving, ConsentPurpose.STATISTICS)

    assert leaving_ballot.codes() == []
    assert sorted(staying_ballot.codes()) == ["man", "old"]
    assert RegistrantAnswer.objects.filter(registrant=leaving).count() == 0
    entry = AuditEntry.objects.get(action="registrations.consent.withdrawn")
    assert entry.data["ballot_categories_removed"] == 2


def test_withdrawing_another_consent_keeps_categories(setup, submission):
    woman = setup.features["gender"]["woman"]
    person = answer(RegistrantFactory(site=setup.lyon, consents=["participation", "statistics", "contact"]), [woman])
    ballot = _voted(submission, person, 1, [woman])

    withdraw_consent(person, ConsentPurpose.CONTACT)

    assert ballot.codes() == ["woman"]


def test_withdrawing_statistics_after_participation_still_finds_the_ballots(setup, submission):
    woman = setup.features["gender"]["woman"]
    person = answer(RegistrantFactory(site=setup.lyon), [woman])
    ballot = _voted(submission, person, 3, [woman])

    withdraw_consent(person, ConsentPurpose.PARTICIPATION)
    person.refresh_from_db()
    kept = ballot.codes()
    withdraw_consent(person, ConsentPurpose.STATISTICS)

    person.refresh_from_db()
    assert kept == ["woman"]
    assert ballot.codes() == []
    assert (person.former_table_id, person.former_seat_number) == (None, None)


def test_erasure_forgets_the_former_seat(setup, submission):
    woman = setup.features["gender"]["woman"]
    person = answer(RegistrantFactory(site=setup.lyon), [woman])
    _voted(submission, person, 4, [woman])
    withdraw_consent(person, ConsentPurpose.PARTICIPATION)
    person.refresh_from_db()
    assert (person.former_table_id, person.former_seat_number) == (submission.table_id, 4)

    erase_registrant(person)

    person.refresh_from_db()
    assert (person.former_table_id, person.former_seat_number) == (None, None)


def _agreed_text(setup):
    person = RegistrantFactory(site=setup.lyon)
    return person.consents.get(purpose="statistics").text


def test_editing_an_agreed_text_makes_a_new_version(setup, staff_user):
    text = _agreed_text(setup)
    old_wording = text.text_en

    new = save_consent_text(text, {"text_en": "New wording."}, by=staff_user)

    text.refresh_from_db()
    assert (text.version, text.text_en) == (1, old_wording)
    assert (new.version, new.text_en, new.purpose) == (2, "New wording.", "statistics")
    assert AuditEntry.objects.filter(action="registrations.consent_text.versioned").count() == 1


def test_editing_a_text_nobody_agreed_to_changes_it_in_place(setup, staff_user):
    text = ConsentText.objects.create(dialogue=setup.dialogue, purpose="photographs", version=9, text_en="Draft.")

    saved = save_consent_text(text, {"text_en": "Better draft."}, by=staff_user)

    assert (saved.pk, saved.version, saved.text_en) == (text.pk, 9, "Better draft.")


def test_admin_edit_of_an_agreed_text_makes_a_new_version(client, setup, staff_user):
    staff_user.is_superuser = True
    staff_user.save()
    signed_in(client, staff_user)
    text = _agreed_text(setup)
    old_wording = text.text_en
    url = reverse("admin:registrations_consenttext_change", args=[text.pk])
    form = {field: getattr(text, field) or "" for field in wording_fields()}

    client.post(url, form | {"text_en": "Changed in the admin."})

    text.refresh_from_db()
    assert text.text_en == old_wording
    latest = ConsentText.objects.filter(dialogue=setup.dialogue, purpose="statistics").order_by("-version").first()
    assert (latest.version, latest.text_en) == (2, "Changed in the admin.")


def test_admin_refuses_to_delete_an_agreed_text(client, setup, staff_user):
    staff_user.is_superuser = True
    staff_user.save()
    signed_in(client, staff_user)
    text = _agreed_text(setup)

    response = client.post(reverse("admin:registrations_consenttext_delete", args=[text.pk]), {"post": "yes"})

    assert response.status_code == 403
    assert ConsentText.objects.filter(pk=text.pk).exists()
