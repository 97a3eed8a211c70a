import datetime as dt

import pytest
from django.db import IntegrityError
from django.utils import timezone

from conduct.domain.consultation import submit_consultation_answer
from conduct.domain.errors import ConductError
from conduct.models import ConsultationAnswer
from tests.factories.conduct import CodeVersionFactory, WorkingSessionFactory

pytestmark = pytest.mark.django_db


def test_answers_after_the_closing_date_are_refused():
    version = CodeVersionFactory(state="consultation", consultation_closes_at=timezone.now() - dt.timedelta(hours=1))

    with pytest.raises(ConductError):
        submit_consultation_answer(version, familiarity=3)


def test_a_session_of_another_draft_is_refused():
    session = WorkingSessionFactory()
    other = CodeVersionFactory(state="consultation")

    with pytest.raises(ConductError):
        submit_consultation_answer(other, familiarity=3, working_session=session, name="A", email="a@example.org")


def test_the_database_refuses_a_name_without_a_session():
    version = CodeVersionFactory(state="consultation")

    with pytest.raises(IntegrityError):
        ConsultationAnswer.objects.create(version=version, familiarity=2, name="Named", email="n@example.org")
