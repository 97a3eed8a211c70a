"""Deleting a site or a table that other records depend on explains what blocks it
(pages and the admin console) instead of failing with a 500."""

import pytest
from django.urls import reverse
from django.utils import timezone

from conduct.models import Incident
from dialogues.models import Site, Table
from results.models import ResultSubmission
from tests.factories.conduct import IncidentFactory
from tests.factories.dialogues import SiteFactory, TableFactory, TopicFactory
from tests.factories.results import ResultSubmissionFactory
from tests.helpers import signed_in

from .conftest import page_text

pytestmark = pytest.mark.django_db

CASE_BLOCKS = ("It cannot be deleted while other records depend on it: 1 incident report. They are kept on purpose; "
               "ask the organisers if this must be resolved.")
RESULTS_BLOCK = "This site cannot be deleted: results were sent for its tables, and results are kept."


def _result(table):
    return ResultSubmissionFactory(table=table, topic=TopicFactory(dialogue=table.site.partner.dialogue))


def test_site_named_by_a_conduct_case_is_not_deleted_and_the_page_says_why(coordinator_client, partner):
    site = SiteFactory(partner=partner, name="Old hall")
    IncidentFactory(site=site)
    url = reverse("dialogues:site_delete", args=[site.pk])

    asked = coordinator_client.get(url)
    refused = coordinator_client.post(url)

    assert CASE_BLOCKS in page_text(asked)
    assert "Delete the site</button>" not in asked.content.decode()
    assert refused.status_code == 409
    assert CASE_BLOCKS in page_text(refused)
    assert Site.objects.filter(pk=site.pk).exists()
    assert Incident.objects.get().site == site


def test_site_whose_tables_have_results_is_not_deleted(coordinator_client, partner):
    site = SiteFactory(partner=partner)
    _result(TableFactory(site=site))

    response = coordinator_client.post(reverse("dialogues:site_delete", args=[site.pk]))

    assert response.status_code == 409
    assert RESULTS_BLOCK in page_text(response)
    assert (Site.objects.count(), ResultSubmission.objects.count()) == (1, 1)


def test_table_with_a_corrected_result_is_not_deleted_and_the_message_says_why(coordinator_client, partner):
    table = TableFactory(site=SiteFactory(partner=partner), number=4)
    first = _result(table)
    ResultSubmission.objects.filter(pk=first.pk).update(superseded_at=timezone.now())
    ResultSubmissionFactory(table=table, topic=first.topic, replaces=first)

    response = coordinator_client.post(reverse("dialogues:table_delete", args=[table.pk]), follow=True)

    assert "Table 4 cannot be deleted: results were sent for it, and results are kept." in page_text(response)
    assert (Table.objects.count(), ResultSubmission.objects.count()) == (1, 2)


def test_admin_console_lists_the_conduct_case_that_blocks_a_site_deletion(client, staff_user):
    site = SiteFactory(name="Old hall")
    IncidentFactory(site=site)
    signed_in(client, staff_user)
    staff_user.is_superuser = True
    staff_user.save()

    response = client.post(reverse("admin:dialogues_site_delete", args=[site.pk]), {"post": "yes"})

    assert response.status_code == 200
    assert "would require deleting the following protected related objects" in response.content.decode()
    assert Site.objects.filter(pk=site.pk).exists()
