"""Journey: someone signs up for a mirror dialogue from the public toolkit page, accepts
the invitation, sets up a site and a table with a note taker; the note taker enters a
result; staff approve the results for publication. (That the comparison page beside the
main dialogue's figures opens to the public only then is tested over HTTP in
tests/dialogues/mirrors/test_mirror_views.py.)"""

import re
from urllib.parse import urlparse

import pytest
from django.core import mail
from django.urls import reverse
from django.utils import timezone
from playwright.sync_api import expect

from dialogues.domain.queries.mirrors import results_are_public
from dialogues.models import MirrorDialogue, Table
from results.models import ResultSubmission
from tests.dialogues.mirrors.conftest import toolkit  # noqa: F401  (fixture)
from tests.dialogues.toolkit.conftest import design  # noqa: F401  (fixture)
from tests.factories.accounts import PASSWORD, StaffFactory
from wetheinternet.accounts.models import User

pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True)]


def _sign_up(page):
    page.goto("/en/toolkits/wti-2020/")
    page.get_by_role("link", name="Run this dialogue with your own group (mirror dialogue)").click()
    page.get_by_label("Organisation or group").fill("Ubuntu Digital Forum")
    page.get_by_label("Country").select_option("ZA")
    page.get_by_label("Expected participants").fill("24")
    page.get_by_label("First day").fill(timezone.localdate().isoformat())
    page.get_by_label("Your full name").fill("Thandiwe Nkosi")
    page.get_by_label("Your e-mail").fill("thandiwe@example.org")
    page.get_by_label("I accept the code of conduct of this toolkit").check()
    page.get_by_label("I accept the data-protection agreement above.").check()
    page.get_by_role("button", name="Start my mirror dialogue").click()
    expect(page.locator("h1")).to_have_text("Your mirror dialogue is ready")


def _accept_invitation(page, sign_in):
    link = re.search(r"https?://\S+", mail.outbox[-1].body).group(0)
    page.goto(urlparse(link).path)
    page.locator("input[name=password1]").fill(PASSWORD)
    page.locator("input[name=password2]").fill(PASSWORD)
    form_address = page.url
    page.locator("form button[type=submit]").first.click()
    page.wait_for_url(lambda url: url != form_address)
    sign_in(User.objects.get(email="thandiwe@example.org"))
    expect(page.locator("h1")).to_have_text("Partner dashboard")


def _set_up_site_and_table(page):
    page.get_by_role("link", name="Add a site").click()
    page.fill("#id_name", "Soweto Library")
    page.select_option("#id_country", "ZA")
    page.fill("#id_city", "Soweto")
    # A time zone far ahead of UTC: the site's day has begun everywhere, so the session is open.
    page.fill("#id_time_zone", "Pacific/Kiritimati")
    page.fill("#id_local_start_time", "00:00")
    page.fill("#id_languages", "en")
    page.fill("#id_capacity", "24")
    page.get_by_role("button", name="Save the site").click()
    expect(page.locator("h1")).to_have_text("Soweto Library")
    page.get_by_label("Number of tables").fill("1")
    page.get_by_label("Seats per table").fill("6")
    page.get_by_role("button", name="Create the tables").click()
    expect(page.locator(".messages")).to_contain_text("1 tables created.")
    page.get_by_role("link", name="Change table 1", exact=True).click()
    page.get_by_label("Note taker's e-mail").fill("notes@example.org")
    page.get_by_role("button", name="Save the table").click()
    expect(page.locator(".messages")).to_contain_text("Table 1 saved.")


def _enter_result(page, sign_in, sign_out, mirror):
    table = Table.objects.get(site__partner__dialogue=mirror.dialogue)
    topic = mirror.dialogue.topics.get()
    question = topic.questions.get()
    first, second = question.options.order_by("position")
    note_taker = table.note_taker
    note_taker.set_password(PASSWORD)  # chosen through their invitation link, as the organiser did above
    note_taker.save()
    sign_out()
    sign_in(note_taker)
    page.goto(reverse("results:result_entry", args=[table.pk, topic.pk]) + "?mode=counts")
    page.get_by_label("People present at the table").fill("6")
    page.fill(f"#f-count-{question.pk}-{first.pk}", "4")
    page.fill(f"#f-count-{question.pk}-{second.pk}", "2")
    page.get_by_role("button", name="Send the result").click()
    page.wait_for_url("**/results/")
    sign_out()


def _staff_approve(page, sign_in):
    sign_in(StaffFactory())
    page.goto("/en/staff/mirrors/")
    expect(page.locator("tbody tr")).to_contain_text("Ubuntu Digital Forum")
    page.get_by_role("link", name="Ubuntu Digital Forum").click()
    page.get_by_role("button", name="Approve the results for publication").click()
    expect(page.locator(".messages")).to_contain_text("The results are approved for publication.")
    expect(page.locator(".results-state")).to_contain_text("Approved for publication on")


def test_mirror_sign_up_site_table_result_and_staff_approval(browser_page, sign_in, sign_out, eager_tasks, toolkit):  # noqa: F811
    page = browser_page

    _sign_up(page)
    _accept_invitation(page, sign_in)
    _set_up_site_and_table(page)
    mirror = MirrorDialogue.objects.unscoped("test").get()
    _enter_result(page, sign_in, sign_out, mirror)
    _staff_approve(page, sign_in)

    mirror.refresh_from_db()
    submission = ResultSubmission.objects.get(table__site__partner__dialogue=mirror.dialogue)
    assert (submission.people_present, mirror.results_approved_at is not None, results_are_public(mirror.dialogue)) == (
        6,
        True,
        True,
    )
    assert not ResultSubmission.objects.filter(topic__dialogue=toolkit.dialogue).exists()
