"""The three public and field journeys in each interface language: registration, result
entry and the incident form. Each page is checked by axe-core (browser_page fixture);
Arabic pages must be right to left."""

import pytest
from django.conf import settings
from django.core import mail
from django.utils import translation
from playwright.sync_api import expect

from conduct.models import Incident
from registrations.enums import ConsentPurpose
from registrations.models import Registrant
from results.models import ResultSubmission
from tests.factories.accounts import UserFactory
from tests.factories.dialogues import DialogueFactory, PartnerFactory, SiteFactory, TableFactory
from tests.factories.registrations import ConsentTextFactory, features_with_categories
from tests.factories.results import options_of, questions_of, schedule_session, session_with_questions

pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True)]

LANGUAGES = [code for code, _name in settings.LANGUAGES]


def _in(language, text, **values):
    with translation.override(language):
        translated = translation.gettext(text)
    return translated % values if values else translated


def _assert_page_language(page, language):
    html = page.locator("html")
    assert (html.get_attribute("lang"), html.get_attribute("dir")) == (language, "rtl" if language == "ar" else "ltr")


@pytest.mark.parametrize("language", LANGUAGES)
def test_citizen_registers_in_their_language_and_gets_the_e_mail_in_it(browser_page, eager_tasks, language):
    page = browser_page
    dialogue = DialogueFactory(name="Dialogue on the Internet")
    site = SiteFactory(partner=PartnerFactory(dialogue=dialogue, countries=["TN"]), country="TN")
    features_with_categories(dialogue, {"age": ["young", "older"]})
    ConsentTextFactory(dialogue=dialogue, purpose=ConsentPurpose.PARTICIPATION)

    page.goto(f"/{language}/register/{dialogue.slug}/site/{site.pk}/")
    _assert_page_language(page, language)
    page.locator("input[name=first_name]").fill("Amal")
    page.locator("input[name=email]").fill("amal@example.org")
    assert page.locator("select[name=preferred_language]").input_value() == language
    page.locator("input[name=feature_age]").first.check()
    page.locator("input[name=consent_participation]").check()
    page.get_by_role("button", name=_in(language, "Register")).click()

    expect(page.locator("h1")).to_have_text(_in(language, "You are registered"))
    _assert_page_language(page, language)
    assert Registrant.objects.get().preferred_language == language
    assert mail.outbox[-1].subject == _in(language, "You are registered for %(dialogue)s", dialogue=dialogue.name)


@pytest.mark.parametrize("language", LANGUAGES)
def test_note_taker_sends_a_show_of_hands_result_in_their_language(browser_page, sign_in, language):
    page = browser_page
    note_taker = UserFactory(preferred_language=language)
    table = TableFactory(site=SiteFactory(partner=PartnerFactory()), capacity=6, note_taker=note_taker)
    topic = session_with_questions(table.site.partner.dialogue)
    schedule_session(table.site, topic)
    single = questions_of(topic)[0]

    sign_in(note_taker, language=language)
    page.goto(f"/{language}/results/tables/{table.pk}/sessions/{topic.pk}/?mode=counts")
    _assert_page_language(page, language)
    page.locator("input[name=people_present]").fill("5")
    page.locator(f"input[name='count.{single.pk}.{options_of(single)[0].pk}']").fill("4")
    page.get_by_role("button", name=_in(language, "Send the result")).click()
    page.wait_for_url(f"**/{language}/results/")

    assert page.locator("main").get_by_text(_in(language, "Sent"), exact=True).count() == 1
    _assert_page_language(page, language)
    assert ResultSubmission.objects.get().people_present == 5


@pytest.mark.parametrize("language", LANGUAGES)
def test_anyone_reports_an_incident_in_their_language(browser_page, language):
    page = browser_page

    page.goto(f"/{language}/conduct/report/")
    _assert_page_language(page, language)
    assert page.locator("h1").inner_text() == _in(language, "Report an incident to the conduct team")
    page.locator("textarea[name=description]").fill("Someone shouted at a participant during the break.")
    page.locator("input[name=happened_when]").fill("10:30")
    page.locator("input[name=place_kind][value='online']").check()
    page.locator("input[name=relation][value='observed']").check()
    page.get_by_role("button", name=_in(language, "Send the report")).click()

    expect(page.locator("h1")).to_have_text(_in(language, "Your report was received"))
    _assert_page_language(page, language)
    assert Incident.objects.count() == 1
