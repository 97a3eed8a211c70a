import datetime as dt

import pytest
from django.utils import timezone
from playwright.sync_api import expect

from conduct.domain.decisions import change_decision_end
from conduct.models import Incident
from tests.factories.accounts import RoleAssignmentFactory
from tests.factories.dialogues import PartnerMembershipFactory

pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True)]


def _file_urgent_report(page):
    page.goto("/en/conduct/report/")
    page.locator("textarea[name=description]").fill("A participant was threatened in the online session chat.")
    page.locator("input[name=happened_when]").fill("Today, around 15:00")
    page.locator("input[name=place_kind][value='online']").check()
    page.locator("input[name=relation][value='observed']").check()
    page.locator("input[name=is_urgent]").check()
    page.get_by_role("button", name="Send the report").click()
    return page.locator("[data-receipt-code]").inner_text().strip()


def test_anonymous_urgent_report_is_followed_by_receipt_then_triaged_to_a_suspension(browser_page, sign_in, sign_out):
    page = browser_page
    lead = RoleAssignmentFactory(role="response_lead").user
    member = PartnerMembershipFactory().user

    code = _file_urgent_report(page)
    page.get_by_role("link", name="Follow the report").click()
    page.locator("input[name=code]").fill(code.lower())
    page.get_by_role("button", name="Show the status").click()
    first_status = page.locator("[data-case-state]").inner_text()

    incident = Incident.objects.get()
    sign_in(lead)
    page.goto("/en/conduct/queue/")
    page.get_by_role("link", name=f"Case {incident.pk}").click()
    page.get_by_role("button", name="Acknowledged").click()
    expect(page.locator("[data-case-state]")).to_have_text("Acknowledged")
    page.get_by_role("button", name="Investigating").click()
    expect(page.locator("[data-case-state]")).to_have_text("Investigating")
    page.locator("textarea[name=body]").fill("Spoke with two witnesses; the threat is confirmed.")
    page.get_by_role("button", name="Add the note").click()
    page.locator("input[name=step][value='suspension']").check()
    page.locator("input[name=subject_email]").fill(member.email)
    ends = (timezone.now() + dt.timedelta(days=14)).strftime("%Y-%m-%dT%H:%M")
    page.locator("input[name=ends_at]").fill(ends)
    page.locator("textarea[name=repair_step]").fill("A conversation with the Response Lead before coming back.")
    page.locator("textarea[name=message]").fill("Your account is suspended for two weeks after threats in a session.")
    page.get_by_role("button", name="Record the decision and close the case").click()
    step = page.locator("[data-decision-step]").inner_text()
    state = page.locator("[data-case-state]").inner_text()
    sign_out()

    page.goto("/en/conduct/report/status/")
    page.locator("input[name=code]").fill(code)
    page.get_by_role("button", name="Show the status").click()
    final_status = page.locator("[data-case-state]").inner_text()

    page.goto("/en/accounts/login/")
    page.fill("input[name=login]", member.email)
    page.fill("input[name=password]", "correct-horse-battery-staple")
    page.click("form[action*='login'] button[type=submit]")
    expect(page.locator("h1")).to_have_text("Your account is suspended")
    expect(page.locator("main")).to_contain_text("cannot sign in until")

    change_decision_end(Incident.objects.get().decision, ends_at=timezone.now() - dt.timedelta(minutes=1), by=lead)
    sign_in(member)

    assert first_status == "New"
    assert (step, state) == ("Temporary suspension", "Resolved with a decision")
    assert final_status == "Resolved with a decision"
    assert page.locator("h1").inner_text() == "Partner dashboard"
