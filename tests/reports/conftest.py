import pytest

from tests.factories.reports import small_dialogue


@pytest.fixture
def tiny(db):
    return small_dialogue()
