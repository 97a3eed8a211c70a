"""Journey: a coordinator writes to their note takers and follows the sends in the
message log of their partner page."""

import pytest
from django.core import mail
from playwright.sync_api import expect

from dialogues.enums import PartnerRole
from tests.factories.accounts import UserFactory
from tests.factories.dialogues import PartnerMembershipFactory, SiteFactory, TableFactory
from tests.helpers import deliver_messages

pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True)]


@pytest.fixture
def coordinator():
    membership = PartnerMembershipFactory(role=PartnerRole.COORDINATOR)
    site = SiteFactory(partner=membership.partner)
    for language in ("fr", "es"):
        TableFactory(site=site, note_taker=UserFactory(preferred_language=language))
    return membership.user


def test_coordinator_messages_their_note_takers_and_sees_the_sends_in_the_log(browser_page, sign_in, coordinator):
    page = browser_page
    sign_in(coordinator)

    page.goto("/en/partner/")
    page.get_by_role("link", name="Write to our facilitators, note takers or conduct contacts").click()
    page.get_by_label("Note takers", exact=True).check()
    page.get_by_label("Subject").fill("Training on Thursday")
    page.get_by_label("Message").fill("The note takers' training is on Thursday at 18:00, room 2.")
    page.get_by_role("button", name="Send").click()

    expect(page.locator(".messages")).to_contain_text("2 messages are being sent; see them in the message log.")
    row = page.locator("tbody tr").first
    expect(row).to_contain_text("Training on Thursday")
    assert row.locator("td").all_inner_texts()[1:] == ["Note takers", "2", "0", "2", "0"]

    deliver_messages()  # the worker's part
    page.reload()

    assert page.locator("tbody tr").first.locator("td").all_inner_texts()[1:] == ["Note takers", "2", "2", "0", "0"]
    assert sorted(message.subject for message in mail.outbox) == ["Training on Thursday"] * 2
