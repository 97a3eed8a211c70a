"""Two mirror dialogues made from one published toolkit (the ``design`` dialogue, which
plays the main dialogue with its own partner, site and registrant), each with a site and
two tables with their note takers, and values planted in each to look for where they
must not appear."""

import datetime as dt
from types import SimpleNamespace

import pytest
from django.utils import timezone
from django.utils.text import slugify

from dialogues.domain.mirrors import CURRENT_AGREEMENT, start_mirror_dialogue
from dialogues.domain.toolkit import publish_toolkit
from tests.dialogues.toolkit.conftest import design  # noqa: F401  (fixture)
from tests.factories.accounts import UserFactory
from tests.factories.dialogues import SiteFactory, TableFactory
from tests.factories.results import schedule_session


def signup_values(**overrides):
    values = {
        "organisation": "Ubuntu Digital Forum",
        "country": "ZA",
        "expected_participants": 24,
        "full_name": "Thandiwe Nkosi",
        "email": "thandiwe@example.org",
        "language": "en",
        "first_day": timezone.localdate() + dt.timedelta(days=7),
        "agreement_version": CURRENT_AGREEMENT,
    }
    return values | overrides


def make_mirror(source, *, organisation, country, email, site_name):
    mirror = start_mirror_dialogue(source, **signup_values(organisation=organisation, country=country, email=email))
    partner = mirror.dialogue.partners.get()
    site = SiteFactory(partner=partner, name=site_name, country=country, time_zone="UTC")
    tables = [
        TableFactory(site=site, number=n, note_taker=UserFactory(email=f"notes{n}@{slugify(organisation)}.example.org"))
        for n in (1, 2)
    ]
    topic = mirror.dialogue.topics.get()
    schedule_session(site, topic)
    return SimpleNamespace(
        mirror=mirror,
        dialogue=mirror.dialogue,
        partner=partner,
        site=site,
        tables=tables,
        topic=topic,
        organiser=mirror.organiser,
    )


@pytest.fixture
def toolkit(design):  # noqa: F811
    publish_toolkit(design.dialogue, by=None)
    return design


@pytest.fixture
def two_mirrors(toolkit):
    first = make_mirror(
        toolkit.dialogue,
        organisation="Ubuntu Digital Forum",
        country="ZA",
        email="thandiwe@example.org",
        site_name="Soweto Library",
    )
    second = make_mirror(
        toolkit.dialogue,
        organisation="Pacific Voices",
        country="FJ",
        email="mere@example.org",
        site_name="Suva Hall Planted",
    )
    return SimpleNamespace(main=toolkit, first=first, second=second)
