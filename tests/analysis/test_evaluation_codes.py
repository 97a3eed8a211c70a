"""One-time evaluation codes on the registration slip and in the participant's
e-mails: handed out once per person and questionnaire, only when the message may be
sent, and never linkable to the person in the database."""

import re
import subprocess
from pathlib import Path

import pytest
from django.core import mail
from django.db import connection
from django.urls import reverse

from analysis.domain.evaluation import hash_token, submit_with_token
from analysis.enums import Audience
from analysis.models import EvaluationToken
from registrations.domain.notifications import send_registration_confirmation, thank_participants
from registrations.enums import ConsentPurpose
from registrations.models import Registrant
from tests.factories.analysis import evaluation_questionnaire
from tests.factories.dialogues import DialogueFactory, PartnerFactory, PartnerMembershipFactory, SiteFactory
from tests.factories.registrations import RegistrantFactory
from tests.helpers import deliver_messages, signed_in
from wetheinternet.core.models import Message

pytestmark = pytest.mark.django_db

CODE = re.compile(r"token=([A-Za-z0-9_-]{16})")


@pytest.fixture
def dialogue(db):
    return DialogueFactory(slug="eval-codes", anonymity_threshold=3, languages=["en", "fr"])


@pytest.fixture
def questionnaires(dialogue):
    return (
        evaluation_questionnaire(dialogue, Audience.PARTICIPANTS_BEFORE, title="Before the day"),
        evaluation_questionnaire(dialogue, Audience.PARTICIPANTS_AFTER, title="After the day"),
    )


@pytest.fixture
def partner(dialogue):
    return PartnerFactory(dialogue=dialogue, countries=["FR"])


def _person(partner, **values):
    values.setdefault("email", "ama@example.net")
    return RegistrantFactory(site=SiteFactory(partner=partner), preferred_language="en", method="assisted", **values)


def _pdf_text(pdf, folder):
    path = Path(folder) / "slip.pdf"
    path.write_bytes(pdf)
    return subprocess.run(["pdftotext", "-raw", str(path), "-"], check=True, capture_output=True, text=True).stdout


def test_slip_carries_a_working_code_for_each_questionnaire_and_a_reprint_none(
    client, partner, questionnaires, tmp_path
):
    person = _person(partner)
    member = PartnerMembershipFactory(partner=partner).user
    client = signed_in(client, member)
    url = reverse("registrations:slip_pdf", kwargs={"registrant_id": person.pk})

    first = _pdf_text(client.get(url).content, tmp_path)
    reprint = _pdf_text(client.get(url).content, tmp_path)

    codes = CODE.findall("".join(first.split()))
    assert [line for line in first.splitlines() if "Before the day" in line or "After the day" in line] != []
    assert len(codes) == 2
    assert sorted(
        EvaluationToken.objects.filter(token_hash__in=[hash_token(c) for c in codes]).values_list(
            "questionnaire__audience", flat=True
        )
    ) == ["participants_after", "participants_before"]
    assert CODE.findall("".join(reprint.split())) == []
    assert EvaluationToken.objects.count() == 2
    before_code = next(
        c for c in codes if EvaluationToken.objects.get(token_hash=hash_token(c)).questionnaire == questionnaires[0]
    )
    submit_with_token(
        questionnaires[0],
        before_code,
        {questionnaires[0].questions.first().pk: [str(questionnaires[0].questions.first().choices.first().pk)]},
        language="en",
    )
    assert EvaluationToken.objects.get(token_hash=hash_token(before_code)).used is True


def test_confirmation_email_carries_the_ex_ante_code_and_thanks_the_ex_post(partner, questionnaires):
    person = _person(partner, status="selected", consents=[ConsentPurpose.PARTICIPATION, ConsentPurpose.CONTACT])

    send_registration_confirmation(person)
    thank_participants(partner.dialogue, results_url="https://wti.example.org/results/")
    deliver_messages()

    confirmation, thanks = sorted(mail.outbox, key=lambda message: "thank" in message.body.lower())
    (before_code,) = CODE.findall(confirmation.body)
    (after_code,) = CODE.findall(thanks.body)
    assert EvaluationToken.objects.get(token_hash=hash_token(before_code)).questionnaire == questionnaires[0]
    assert EvaluationToken.objects.get(token_hash=hash_token(after_code)).questionnaire == questionnaires[1]
    assert "Before the day: http" in confirmation.body


def test_no_code_is_handed_out_for_a_message_that_may_not_be_sent(partner, questionnaires):
    person = _person(partner, status="selected", consents=[ConsentPurpose.PARTICIPATION])  # no contact consent

    thank_participants(partner.dialogue, results_url="https://wti.example.org/results/")

    assert Message.objects.get().state == "dropped"
    assert (EvaluationToken.objects.count(), Registrant.objects.get(pk=person.pk).evaluation_codes_for) == (0, [])


def test_closed_or_missing_questionnaires_give_no_code(partner, questionnaires):
    questionnaires[0].is_open = False
    questionnaires[0].save()
    person = _person(partner)

    send_registration_confirmation(person)
    deliver_messages()

    assert CODE.findall(mail.outbox[0].body) == []
    assert EvaluationToken.objects.count() == 0


def test_codes_cannot_be_linked_to_the_person_in_the_database(partner, questionnaires):
    """At the database level: the token table has no foreign key but the questionnaire
    and no time; its rows hold nothing of the person; the clear code is nowhere once
    the message is sent; the person's row names only the questionnaires."""
    person = _person(partner)
    send_registration_confirmation(person)
    deliver_messages()
    (code,) = CODE.findall(mail.outbox[0].body)
    table = EvaluationToken._meta.db_table

    with connection.cursor() as cursor:
        relations = connection.introspection.get_relations(cursor, table)
        columns = [column.name for column in connection.introspection.get_table_description(cursor, table)]
        cursor.execute(f"SELECT id, token_hash FROM {table}")  # noqa: S608 (a model's table name)
        rows = cursor.fetchall()

    assert sorted(columns) == ["id", "questionnaire_id", "token_hash", "used"]
    assert {target for _column, (_field, target) in relations.items()} == {"analysis_questionnaire"}
    values = " ".join(str(value) for row in rows for value in row)
    assert (str(person.pk) in values.split(), person.reference_code in values, code in values) == (False, False, False)
    message = Message.objects.get()
    assert (message.state, code in message.body) == ("sent", False)
    assert Registrant.objects.get(pk=person.pk).evaluation_codes_for == [questionnaires[0].pk]
