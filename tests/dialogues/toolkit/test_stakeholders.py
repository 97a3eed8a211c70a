"""Stakeholder dialogues: made from a citizens' dialogue with the same question codes;
whom participants represent (sector, organisation) stored as demographic categories;
they meet online only."""

import datetime as dt

import pytest

from dialogues.domain.copying import copy_dialogue
from dialogues.domain.days import add_site_day
from dialogues.domain.errors import SiteError
from dialogues.domain.sites import create_site
from dialogues.domain.stakeholders import StakeholderError, add_organisation, ensure_stakeholder_features
from dialogues.enums import DayMode
from dialogues.models import Category, Question
from tests.factories.accounts import StaffFactory
from tests.factories.dialogues import PartnerFactory, SiteFactory

pytestmark = pytest.mark.django_db


@pytest.fixture
def stakeholders(design):
    return copy_dialogue(design.dialogue, by=StaffFactory(), slug="wti-2020-stakeholders", name="Stakeholders 2020",
                         first_day=dt.date(2020, 10, 1), last_day=dt.date(2020, 10, 31), kind="stakeholders")


def test_stakeholder_dialogue_keeps_the_citizens_question_codes(design, stakeholders):
    assert stakeholders.kind == "stakeholders"
    assert list(Question.objects.filter(topic__dialogue=stakeholders).values_list("code", flat=True)) == ["di-holder"]


def test_stakeholder_dialogue_asks_sector_and_organisation_as_categories_in_every_language(stakeholders):
    assert list(stakeholders.features.values_list("code", flat=True)) == ["age", "sector", "organisation"]
    sectors = Category.objects.filter(feature__dialogue=stakeholders, feature__code="sector").order_by("position")
    assert list(sectors.values_list("code", "label_en", "label_fr")) == [
        ("government", "Government", "Gouvernement"), ("business", "Business", "Entreprises"),
        ("civil-society", "Civil society", "Société civile"),
        ("technical-community", "Technical community", "Communauté technique"),
        ("academia", "Academia", "Milieu universitaire"),
    ]


def test_ensuring_the_features_twice_changes_nothing(stakeholders):
    before = Category.objects.filter(feature__dialogue=stakeholders).count()

    ensure_stakeholder_features(stakeholders, by=None)

    assert Category.objects.filter(feature__dialogue=stakeholders).count() == before


def test_organisations_are_categories_added_once(stakeholders):
    first = add_organisation(stakeholders, "Internet Society", by=None)
    again = add_organisation(stakeholders, "  Internet Society ", by=None)

    assert first == again
    assert (first.feature.code, first.code, first.label_fr) == ("organisation", "internet-society", "Internet Society")


def test_an_organisation_without_a_name_is_refused(stakeholders):
    with pytest.raises(StakeholderError) as error:
        add_organisation(stakeholders, "  ", by=None)

    assert error.value.message == "Give the organisation's name."


def test_a_citizens_dialogue_does_not_get_stakeholder_questions(design):
    with pytest.raises(StakeholderError):
        ensure_stakeholder_features(design.dialogue, by=None)

    assert not design.dialogue.features.filter(code="sector").exists()


def test_stakeholder_sites_and_days_meet_online_only(stakeholders):
    partner = PartnerFactory(dialogue=stakeholders, countries=["FR"])
    with pytest.raises(SiteError) as error:
        create_site(partner, by=None, name="Paris", mode="in_person", country="FR", time_zone="Europe/Paris", languages=["fr"])
    site = SiteFactory(partner=partner, mode="online", meeting_link="https://meet.example.org/s", local_date=dt.date(2020, 10, 5))
    with pytest.raises(SiteError) as day_error:
        add_site_day(site, by=None, date=dt.date(2020, 10, 6), mode=DayMode.IN_PERSON)

    assert (error.value.field, day_error.value.field) == ("mode", "mode")
    assert error.value.message == "A stakeholder dialogue meets online: choose the online format."
    assert not partner.sites.filter(name="Paris").exists()
    assert site.days.count() == 1
