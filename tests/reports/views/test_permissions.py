"""Who may launch, publish, download and approve: staff launch and publish; partners
see and download their own countries' reports; the public sees published ones only."""

import pytest
from django.urls import reverse

from reports.enums import JobState
from reports.models import ReportJob
from tests.factories.reports import ReportJobFactory, with_file
from tests.helpers import signed_in


@pytest.fixture
def reports_of_two_partners(two_partners):
    first, second = two_partners
    dialogue = first.dialogue
    return {
        "dialogue": dialogue,
        "first": first,
        "second": second,
        "fr": with_file(ReportJobFactory(dialogue=dialogue, area="FR")),
        "ke": with_file(ReportJobFactory(dialogue=dialogue, area="KE")),
    }


def member(partner):
    return partner.memberships.get().user


def test_manage_page_refuses_partner_member(client, reports_of_two_partners):
    client.force_login(member(reports_of_two_partners["first"]))

    response = client.get(reverse("reports:manage", args=[reports_of_two_partners["dialogue"].slug]))

    assert response.status_code == 403


def test_manage_page_sends_anonymous_visitor_to_sign_in(client, reports_of_two_partners):
    response = client.get(reverse("reports:manage", args=[reports_of_two_partners["dialogue"].slug]))

    assert response.status_code == 302
    assert "/accounts/login/" in response["Location"]


def test_launch_refused_to_partner_member(client, reports_of_two_partners):
    client.force_login(member(reports_of_two_partners["first"]))

    response = client.post(reverse("reports:launch", args=[reports_of_two_partners["dialogue"].slug]),
                           {"scopes": ["global"], "languages": ["en"]})

    assert response.status_code == 403
    assert ReportJob.objects.count() == 2


def test_launch_by_staff_queues_jobs(client, staff_user, reports_of_two_partners):
    signed_in(client, staff_user)
    dialogue = reports_of_two_partners["dialogue"]

    response = client.post(reverse("reports:launch", args=[dialogue.slug]), {"scopes": ["global"], "languages": ["en"]})

    assert response.status_code == 302
    job = ReportJob.objects.get(scope="global")
    assert (job.area, job.language, job.state) == ("world", "en", JobState.QUEUED)


def test_publish_refused_to_partner_member_of_the_country(client, reports_of_two_partners):
    client.force_login(member(reports_of_two_partners["first"]))
    job = reports_of_two_partners["fr"]

    response = client.post(reverse("reports:publish", args=[job.dialogue.slug, job.pk]), {"publish": "1"})

    job.refresh_from_db()
    assert response.status_code == 403
    assert job.published_at is None


def test_publish_by_staff_puts_report_on_public_page(client, staff_user, reports_of_two_partners):
    signed_in(client, staff_user)
    job = reports_of_two_partners["fr"]

    client.post(reverse("reports:publish", args=[job.dialogue.slug, job.pk]), {"publish": "1"})
    client.logout()
    page = client.get(reverse("reports:public", args=[job.dialogue.slug]))

    assert reverse("reports:download", args=[job.pk]) in page.content.decode()
    assert reverse("reports:download", args=[reports_of_two_partners["ke"].pk]) not in page.content.decode()


def test_partner_downloads_own_country_report_unpublished(client, reports_of_two_partners):
    client.force_login(member(reports_of_two_partners["first"]))

    response = client.get(reverse("reports:download", args=[reports_of_two_partners["fr"].pk]))

    assert response.status_code == 200
    assert b"".join(response.streaming_content) == b"%PDF-1.4 test"


def test_partner_cannot_download_other_partners_country_report(client, reports_of_two_partners):
    client.force_login(member(reports_of_two_partners["first"]))

    response = client.get(reverse("reports:download", args=[reports_of_two_partners["ke"].pk]))

    assert response.status_code == 403


def test_public_cannot_download_unpublished_report(client, reports_of_two_partners):
    response = client.get(reverse("reports:download", args=[reports_of_two_partners["fr"].pk]))

    assert response.status_code == 302


def test_public_downloads_published_report(client, reports_of_two_partners):
    job = reports_of_two_partners["ke"]
    ReportJob.objects.filter(pk=job.pk).update(published_at="2026-10-25T10:00Z")

    response = client.get(reverse("reports:download", args=[job.pk]))

    assert response.status_code == 200


def test_partner_page_lists_only_own_countries(client, reports_of_two_partners):
    client.force_login(member(reports_of_two_partners["first"]))

    content = client.get(reverse("reports:partner", args=[reports_of_two_partners["dialogue"].slug])).content.decode()

    assert reverse("reports:download", args=[reports_of_two_partners["fr"].pk]) in content
    assert reverse("reports:download", args=[reports_of_two_partners["ke"].pk]) not in content


@pytest.mark.parametrize("count", [1, 3])
def test_manage_page_query_count_does_not_grow_with_jobs(client, staff_user, django_assert_max_num_queries, count):
    signed_in(client, staff_user)
    job = ReportJobFactory(area="FR")
    for code in ["DE", "IT", "ES"][: count - 1]:
        with_file(ReportJobFactory(dialogue=job.dialogue, area=code))

    with django_assert_max_num_queries(12):
        response = client.get(reverse("reports:manage", args=[job.dialogue.slug]))

    assert response.content.decode().count("National:") == count


@pytest.mark.parametrize("count", [1, 3])
def test_partner_page_query_count_does_not_grow_with_reports(client, two_partners, django_assert_max_num_queries, count):
    first, _second = two_partners
    first.countries = ["FR", "BE", "LU"]
    first.save()
    for code in ["FR", "BE", "LU"][:count]:
        with_file(ReportJobFactory(dialogue=first.dialogue, area=code))
    client.force_login(member(first))

    with django_assert_max_num_queries(12):
        response = client.get(reverse("reports:partner", args=[first.dialogue.slug]))

    assert response.content.decode().count("National:") == count


@pytest.mark.parametrize("count", [1, 3])
def test_public_page_query_count_does_not_grow_with_reports(client, db, django_assert_max_num_queries, count):
    job = ReportJobFactory(area="FR", published_at="2026-10-25T10:00Z")
    with_file(job)
    for code in ["DE", "IT"][: count - 1]:
        with_file(ReportJobFactory(dialogue=job.dialogue, area=code, published_at="2026-10-25T10:00Z"))

    with django_assert_max_num_queries(8):
        response = client.get(reverse("reports:public", args=[job.dialogue.slug]))

    assert response.content.decode().count("National:") == count
