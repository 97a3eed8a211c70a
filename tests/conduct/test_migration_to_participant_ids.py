"""Conduct's move from foreign keys to registrants to participant ids (conduct
0006-0008) keeps every acceptance and decision and whom it concerns, going back and
forward again. Made with today's models, then migrated back to before the move
(the ids checked in the old ``registrant_id`` columns), then forward again."""

import pytest
from django.db import connection
from django.db.migrations.executor import MigrationExecutor

from conduct.domain.acceptance import record_acceptance
from conduct.models import Acceptance, Decision
from tests.factories.accounts import UserFactory
from tests.factories.conduct import IncidentFactory, PublishedVersionFactory
from tests.factories.registrations import RegistrantFactory

pytestmark = pytest.mark.django_db(transaction=True)

BEFORE_THE_MOVE = [("conduct", "0005_add_portuguese_content_fields")]
GONE = 987654321  # the id of a registrant deleted since


def _migrate(targets=None):
    executor = MigrationExecutor(connection)
    executor.loader.build_graph()
    executor.migrate(targets or executor.loader.graph.leaf_nodes())


def _rows(sql, params=()):
    with connection.cursor() as cursor:
        cursor.execute(sql, params)
        return sorted(cursor.fetchall())


def _decision(incident, participant_id):
    return Decision.objects.create(incident=incident, step="ban", repair_step="r", message="m",
                                   subject_participant_id=participant_id)


@pytest.fixture
def stored():
    person, other = RegistrantFactory(), RegistrantFactory()
    version = PublishedVersionFactory()
    user = UserFactory()
    accepted = [
        record_acceptance(version=version, dialogue=person.dialogue, method="online", participant_id=person.pk),
        record_acceptance(version=version, dialogue=other.dialogue, method="paper", participant_id=other.pk),
        record_acceptance(version=version, dialogue=None, method="online", user=user),
    ]
    decided = [_decision(IncidentFactory(), person.pk), _decision(IncidentFactory(), None)]
    return {"person": person, "other": other, "user": user, "accepted": accepted, "decided": decided}


def test_move_back_and_forth_keeps_every_row_and_whom_it_concerns(stored):
    person, other, user = stored["person"], stored["other"], stored["user"]
    first, second, by_user = (row.pk for row in stored["accepted"])
    about_person, about_nobody = (row.pk for row in stored["decided"])

    _migrate(BEFORE_THE_MOVE)
    old_acceptances = _rows("SELECT id, registrant_id, user_id FROM conduct_acceptance")
    old_decisions = _rows("SELECT id, subject_registrant_id FROM conduct_decision")
    _migrate()

    assert old_acceptances == sorted([(first, person.pk, None), (second, other.pk, None), (by_user, None, user.pk)])
    assert old_decisions == sorted([(about_person, person.pk), (about_nobody, None)])
    assert sorted(Acceptance.objects.values_list("pk", "participant_id", "user_id", "method")) == sorted([
        (first, person.pk, None, "online"), (second, other.pk, None, "paper"), (by_user, None, user.pk, "online"),
    ])
    assert sorted(Decision.objects.values_list("pk", "subject_participant_id")) == sorted([
        (about_person, person.pk), (about_nobody, None),
    ])


def test_going_back_treats_a_deleted_registrant_as_the_old_foreign_key_did(stored):
    orphan = _decision(IncidentFactory(), GONE)
    lost = Acceptance.objects.create(version=stored["accepted"][0].version, dialogue=None, participant_id=GONE, method="online")

    _migrate(BEFORE_THE_MOVE)
    decisions = _rows("SELECT subject_registrant_id FROM conduct_decision WHERE id = %s", [orphan.pk])
    acceptances = _rows("SELECT id FROM conduct_acceptance WHERE id = %s", [lost.pk])
    _migrate()

    assert (decisions, acceptances) == ([(None,)], [])
    assert Decision.objects.get(pk=orphan.pk).subject_participant_id is None
    assert Acceptance.objects.filter(participant_id__isnull=False).count() == 2
