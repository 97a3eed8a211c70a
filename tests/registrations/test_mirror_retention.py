"""The retention purge covers mirror dialogues: one in which nothing happened is deleted
whole once its retention period has passed; one with registrants is purged like any
other dialogue; one still within its period is kept."""

import datetime as dt

import pytest
from django.utils import timezone

from dialogues.models import Dialogue, MirrorDialogue
from registrations.domain.retention import purge_expired_personal_data
from registrations.enums import ConsentPurpose
from registrations.models import Registrant
from tests.dialogues.mirrors.conftest import make_mirror, toolkit  # noqa: F401  (fixture)
from tests.dialogues.toolkit.conftest import design  # noqa: F401  (fixture)
from tests.factories.registrations import RegistrantFactory
from wetheinternet.core.models import AuditEntry

pytestmark = pytest.mark.django_db


def test_retention_purge_deletes_idle_mirrors_and_purges_active_ones_like_any_other(toolkit):  # noqa: F811
    idle = make_mirror(
        toolkit.dialogue, organisation="Idle Group", country="ZA", email="idle@example.org", site_name="Idle Hall"
    )
    busy = make_mirror(
        toolkit.dialogue, organisation="Busy Group", country="ZA", email="busy@example.org", site_name="Busy Hall"
    )
    recent = make_mirror(
        toolkit.dialogue, organisation="Recent Group", country="ZA", email="recent@example.org", site_name="Recent Hall"
    )
    person = RegistrantFactory(
        dialogue=busy.dialogue,
        site=busy.site,
        first_name="Sipho",
        country="ZA",
        consents=[ConsentPurpose.PARTICIPATION],
    )
    long_ago = timezone.localdate() - dt.timedelta(days=400)
    Dialogue.objects.filter(pk__in=[idle.dialogue.pk, busy.dialogue.pk]).update(
        deliberation_date=long_ago, end_date=None, retention_days=365
    )

    purge_expired_personal_data(timezone.now())

    remaining = set(MirrorDialogue.objects.unscoped("test").values_list("organisation", flat=True))
    assert remaining == {"Busy Group", "Recent Group"}
    assert not Dialogue.objects.filter(pk=idle.dialogue.pk).exists()
    assert Registrant.objects.get(pk=person.pk).erased_at is not None
    assert AuditEntry.objects.filter(action="dialogues.mirror.purged").count() == 1
    assert Dialogue.objects.filter(pk=recent.dialogue.pk).exists()
