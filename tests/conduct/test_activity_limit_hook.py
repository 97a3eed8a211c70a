"""dialogues' permissions that a conduct decision can limit ask the check that conduct
installs at start-up (dialogues imports nothing from conduct); without it they refuse."""

import pytest

from conduct.domain.queries import is_activity_limited
from dialogues import rules as dialogue_rules
from tests.factories.accounts import UserFactory

pytestmark = pytest.mark.django_db


def test_conduct_installs_its_check_when_it_starts():
    assert dialogue_rules._activity_limit_check is is_activity_limited


def test_a_person_without_a_decision_is_not_limited():
    assert dialogue_rules.is_not_limited_in("enter_results")(UserFactory()) is True


def test_without_an_installed_check_every_limited_permission_is_refused(monkeypatch):
    monkeypatch.setattr(dialogue_rules, "_activity_limit_check", None)

    assert dialogue_rules.is_not_limited_in("enter_results")(UserFactory()) is False
