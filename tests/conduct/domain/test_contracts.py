import datetime as dt

import pytest
from django.db import IntegrityError
from django.utils import timezone

from conduct.domain.acceptance import record_acceptance
from conduct.domain.errors import ConductError
from conduct.domain.queries import current_published_version, needs_acceptance
from conduct.enums import AcceptanceMethod, VersionState
from tests.factories.conduct import CodeOfConductFactory, CodeVersionFactory, PublishedVersionFactory
from tests.factories.dialogues import DialogueFactory

pytestmark = pytest.mark.django_db


def test_current_published_version_is_the_platform_code_without_dialogue_code():
    published = PublishedVersionFactory()
    CodeVersionFactory(code=published.code, state=VersionState.DRAFT)

    assert current_published_version() == published
    assert current_published_version(DialogueFactory()) == published


def test_current_published_version_prefers_the_dialogue_own_code():
    PublishedVersionFactory()
    dialogue = DialogueFactory()
    own = PublishedVersionFactory(code=CodeOfConductFactory(slug="own", dialogue=dialogue))

    assert current_published_version(dialogue) == own


def test_current_published_version_is_none_when_nothing_is_published():
    CodeVersionFactory(state=VersionState.CONSULTATION)

    assert current_published_version() is None


def test_a_second_published_version_of_one_code_is_refused_by_the_database():
    first = PublishedVersionFactory()

    with pytest.raises(IntegrityError):
        PublishedVersionFactory(code=first.code)


def test_needs_acceptance_until_the_user_accepts(user):
    version = PublishedVersionFactory()

    before = needs_acceptance(user)
    record_acceptance(version=version, dialogue=None, method=AcceptanceMethod.ONLINE, user=user, by=user)

    assert before is True
    assert needs_acceptance(user) is False


def test_accepting_twice_keeps_one_record(user):
    version = PublishedVersionFactory()

    first = record_acceptance(version=version, dialogue=None, method=AcceptanceMethod.ONLINE, user=user)
    second = record_acceptance(version=version, dialogue=None, method=AcceptanceMethod.ONLINE, user=user)

    assert first.pk == second.pk
    assert version.acceptances.count() == 1


def test_accepting_a_draft_is_refused(user):
    draft = CodeVersionFactory(state=VersionState.DRAFT)

    with pytest.raises(ConductError):
        record_acceptance(version=draft, dialogue=None, method=AcceptanceMethod.ONLINE, user=user)


def test_needs_acceptance_again_after_a_new_version_is_published(user):
    old = PublishedVersionFactory(published_at=timezone.now() - dt.timedelta(days=30))
    record_acceptance(version=old, dialogue=None, method=AcceptanceMethod.ONLINE, user=user)
    old.state = VersionState.SUPERSEDED
    old.save()
    PublishedVersionFactory(code=old.code)

    assert needs_acceptance(user) is True
