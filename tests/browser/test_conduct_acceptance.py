import pytest
from playwright.sync_api import expect

from conduct.domain.acceptance import record_acceptance
from conduct.domain.versions import publish_version, start_new_version
from conduct.enums import AcceptanceMethod
from tests.factories.conduct import PublishedVersionFactory
from tests.factories.dialogues import PartnerMembershipFactory

pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True)]


def test_user_accepts_a_new_version_at_sign_in(browser_page, sign_in):
    member = PartnerMembershipFactory().user
    first = PublishedVersionFactory(body="## Our pledge\n\nWe listen to each other.")
    record_acceptance(version=first, dialogue=None, method=AcceptanceMethod.ONLINE, user=member)
    second = start_new_version(first.code, by=None, title="Code of conduct",
                               body="## Our pledge\n\nWe listen to each other.\n\n## Online spaces\n\nThe same rules apply online.")
    publish_version(second, by=None)

    sign_in(member)
    heading = browser_page.locator("h1").inner_text()
    browser_page.get_by_role("link", name="See what changed").click()
    added = browser_page.locator(".diff").inner_text()
    browser_page.go_back()
    browser_page.get_by_role("button", name=f"I accept the code of conduct (version {second.number})").click()

    assert heading == "Please read and accept the code of conduct"
    assert "The same rules apply online." in added
    expect(browser_page.locator("h1")).to_have_text("Partner dashboard")
    assert second.acceptances.filter(user=member, method="online").count() == 1
