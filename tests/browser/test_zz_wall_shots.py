import pytest

from dialogues.models import Site
from tests.factories.reports import small_dialogue

pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True)]


def test_shots(browser_page):
    dialogue = small_dialogue()
    site = Site.objects.filter(partner__dialogue=dialogue).first()
    from tests.factories.dialogues import TableFactory
    for code, tz in (("KE", "Africa/Nairobi"), ("JP", "Asia/Tokyo"), ("US", "America/Chicago")):
        s = Site.objects.create(partner=site.partner, name=f"{code} hall", country=code, time_zone=tz, local_date=site.local_date)
        TableFactory(site=s, number=1)
    browser_page.set_viewport_size({"width": 1280, "height": 900})
    browser_page.goto(f"/en/reports/{dialogue.slug}/wall/")
    browser_page.screenshot(path="docs/images/wall.png", full_page=True)
    browser_page.set_viewport_size({"width": 390, "height": 844})
    browser_page.screenshot(path="docs/images/wall-phone.png", full_page=True)
    browser_page.set_viewport_size({"width": 1920, "height": 1080})
    browser_page.goto(f"/en/reports/{dialogue.slug}/wall/projector/")
    browser_page.screenshot(path="docs/images/wall-projector.png", full_page=False)
