"""An urgent report reaches the conduct team through a real worker process."""

import pytest

from conduct.domain.reports import submit_report
from conduct.models import Incident
from tests.factories.accounts import RoleAssignmentFactory, UserFactory
from tests.factories.dialogues import SiteFactory

pytestmark = [pytest.mark.worker, pytest.mark.django_db(transaction=True)]


def test_urgent_report_is_notified_by_the_worker_after_commit(celery_worker_process):
    RoleAssignmentFactory(role="response_lead")
    site = SiteFactory(conduct_contact=UserFactory())

    incident, _code = submit_report(description="Someone fainted and nobody helps.", happened_when="now",
                                    place_kind="site", site=site, relation="observed", is_urgent=True)

    celery_worker_process.wait_for(
        lambda: Incident.objects.filter(pk=incident.pk, notified_at__isnull=False).exists(),
        timeout=60, what="notification",
    )
    # The case is marked notified before the task logs its line: wait for the line too.
    celery_worker_process.wait_for(lambda: "people notified" in celery_worker_process.output(),
                                   timeout=30, what="the notification's log line")
    assert "2 people notified" in celery_worker_process.output()
    assert "fainted" not in celery_worker_process.output()
