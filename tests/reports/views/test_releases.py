"""Staff release the results from the reports page and see tables reporting live
(counts of tables, never results); nobody else can release."""

from django.urls import reverse

from dialogues.models import Table
from reports.domain.releases import latest_release, live_progress
from reports.models import Release
from tests.factories.dialogues import TableFactory
from tests.factories.reports import small_dialogue
from tests.factories.results import submit_counts
from tests.helpers import signed_in
from wetheinternet.core.models import AuditEntry


def test_staff_release_makes_a_new_release_every_product_reads(client, staff_user, db):
    dialogue = small_dialogue()
    before = latest_release(dialogue)
    submission = submit_counts(dialogue, TableFactory(site=Table.objects.filter(site__partner__dialogue=dialogue)
                                                      .first().site, number=901), people=4)
    signed_in(client, staff_user)

    response = client.post(reverse("reports:release", args=[dialogue.slug]), follow=True)

    release = latest_release(dialogue)
    assert release.number == before.number + 1
    assert release.released_by == staff_user
    assert release.submissions.filter(pk=submission.pk).exists()
    assert f"Release {release.number} is public: every product now shows it." in response.content.decode()
    entry = AuditEntry.objects.get(action="reports.release.published", target_id=str(release.pk))
    assert entry.data == {"number": release.number, "kind": "staff", "tables": release.tables}


def test_staff_release_refused_when_nothing_changed(client, staff_user, db):
    dialogue = small_dialogue()
    signed_in(client, staff_user)

    response = client.post(reverse("reports:release", args=[dialogue.slug]), follow=True)

    assert "Nothing has changed since the last release." in response.content.decode()
    assert Release.objects.filter(dialogue=dialogue).count() == 1


def test_release_refused_to_partner_member_and_anonymous(client, two_partners):
    dialogue = two_partners[0].dialogue
    url = reverse("reports:release", args=[dialogue.slug])

    anonymous = client.post(url)
    client.force_login(two_partners[0].memberships.get().user)
    partner = client.post(url)

    assert anonymous.status_code == 302
    assert partner.status_code == 403
    assert not Release.objects.filter(dialogue=dialogue).exists()


def test_manage_page_shows_tables_reporting_live_without_results(client, staff_user, db):
    dialogue = small_dialogue()
    signed_in(client, staff_user)

    content = client.get(reverse("reports:manage", args=[dialogue.slug])).content.decode()

    assert "Tables reporting now" in content
    for (_country, _topic), tables in live_progress(dialogue).items():
        assert f"<td>{tables} ({tables} released)</td>" in content
    assert "Release all results reported so far" in content
    assert "Figures of release 1, made at" in content
