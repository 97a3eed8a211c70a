import pytest

from analysis.domain.queries import approved_answers, open_questions
from tests.factories.accounts import RoleAssignmentFactory
from tests.factories.analysis import ThemeFactory
from tests.factories.reports import small_dialogue


@pytest.fixture
def tiny(db):
    return small_dialogue()


@pytest.fixture
def question(tiny):
    return open_questions(tiny).first()


@pytest.fixture
def answers(tiny, question):
    """The approved answers of the first open question, in a stable order."""
    return list(approved_answers(tiny).filter(answer__question=question).order_by("id"))


@pytest.fixture
def themes(question):
    return [ThemeFactory(question=question, name="Access", position=0),
            ThemeFactory(question=question, name="Oversight", position=1)]


@pytest.fixture
def analyst(db):
    return RoleAssignmentFactory(role="analyst").user


@pytest.fixture
def translator(db):
    return RoleAssignmentFactory(role="translator").user
