"""An attack on every address of the site at once: each role of one partner (and
organiser staff, a superuser, a handler, a visitor) asks for every page, console page
and API endpoint with the other partner's ids. Private values planted in that partner's
data (a registrant's name, e-mail and phone, a conduct report's text, its reporter's
contact, an internal note) must never appear, and no address may answer 500."""

import itertools
import re

import pytest
from django.test import Client
from django.urls import URLPattern, URLResolver, get_resolver
from django.utils import translation

from conduct.domain import triage
from conduct.models import InternalNote
from tests.factories.accounts import RoleAssignmentFactory, StaffFactory, UserFactory
from tests.factories.conduct import IncidentFactory
from tests.factories.dialogues import PartnerFactory, PartnerMembershipFactory, SiteFactory, TableFactory, TopicFactory
from tests.factories.registrations import RegistrantFactory, TableSeatFactory
from tests.helpers import signed_in

pytestmark = pytest.mark.django_db

MARKERS = [
    "Zyqwarnish",  # registrant's last name
    "zyq.secret@example.net",  # registrant's e-mail
    "+33 6 98 76 54 32",
    "UNIQUE-INCIDENT-TEXT-4711",
    "reporter.private@example.org",
    "UNIQUE-NOTE-TEXT-0815",
]
# Addresses that change state or sign out when merely opened, or stream a file made for
# their owner alone; they are checked by their own tests.
SKIPPED_NAMES = {"account_logout", "logout", "set_language"}


@pytest.fixture
def world(db):
    target = PartnerFactory(countries=["FR"], state="ready")
    PartnerMembershipFactory(partner=target)
    other = PartnerFactory(dialogue=target.dialogue, countries=["KE"], state="ready")
    site = SiteFactory(partner=target, conduct_contact=UserFactory())
    table = TableFactory(site=site, note_taker=UserFactory(), facilitator=UserFactory())
    registrant = RegistrantFactory(site=site, last_name="Zyqwarnish", email="zyq.secret@example.net",
                                   phone="+33 6 98 76 54 32")
    TableSeatFactory(table=table, registrant=registrant)
    lead = RoleAssignmentFactory(role="response_lead").user
    incident = IncidentFactory(site=site, description="UNIQUE-INCIDENT-TEXT-4711",
                               contact="reporter.private@example.org")
    InternalNote.objects.create(incident=incident, author=lead, body="UNIQUE-NOTE-TEXT-0815")
    triage.assign_handler(incident, RoleAssignmentFactory(role="conduct_handler").user, by=lead)
    topic = TopicFactory(dialogue=target.dialogue)
    other_site = SiteFactory(partner=other, country="KE", time_zone="Africa/Nairobi", conduct_contact=UserFactory())
    other_table = TableFactory(site=other_site, note_taker=UserFactory(), facilitator=UserFactory())
    PartnerMembershipFactory(partner=other)
    ids = {
        "partner": target.pk, "site": site.pk, "table": table.pk, "registrant": registrant.pk,
        "incident": incident.pk, "topic": topic.pk, "dialogue": target.dialogue.pk,
    }
    people = {
        "other_coordinator": other.memberships.get().user,
        "other_note_taker": other_table.note_taker,
        "other_facilitator": other_table.facilitator,
        "other_conduct_contact": other_site.conduct_contact,
        "staff": StaffFactory(),
        "superuser": UserFactory(is_staff=True, is_superuser=True),
        "unassigned_handler": RoleAssignmentFactory(role="conduct_handler").user,
        "visitor": None,
    }
    return ids, target.dialogue.slug, people


def _patterns(resolvers, prefix=""):
    for entry in resolvers:
        if isinstance(entry, URLResolver):
            yield from _patterns(entry.url_patterns, prefix + _route(entry))
        elif isinstance(entry, URLPattern) and entry.name not in SKIPPED_NAMES:
            yield prefix + _route(entry), entry.pattern.converters


def _route(entry):
    return str(entry.pattern).lstrip("^").rstrip("$").replace("\\Z", "")


PARAMETER_OBJECTS = {
    "partner_id": ["partner"], "site_id": ["site"], "table_id": ["table"], "registrant_id": ["registrant"],
    "topic_id": ["topic"], "dialogue_id": ["dialogue"],
}


def _addresses(ids, slug):
    addresses = set()
    for route, converters in _patterns(get_resolver().url_patterns):
        if "<" not in route:
            addresses.add("/" + route)
            continue
        names = _parameter_names(route)
        choices = []
        for name in names:
            kind = type(converters.get(name)).__name__ if name in converters else "StringConverter"
            if kind == "SlugConverter" or name in ("slug", "code_slug"):
                choices.append([slug])
            elif name in PARAMETER_OBJECTS:
                choices.append([ids[key] for key in PARAMETER_OBJECTS[name]])
            else:
                choices.append(sorted(set(ids.values())))
        for values in itertools.islice(itertools.product(*choices), 60):
            address = route
            for name, value in zip(names, values, strict=True):
                address = _fill(address, name, value)
            addresses.add("/" + address)
    return sorted(address for address in addresses if "(" not in address and "?" not in address)


def _parameter_names(route):
    return re.findall(r"<(?:\w+:)?(\w+)>", route)


def _fill(route, name, value):
    return re.sub(rf"<(?:\w+:)?{name}>", str(value), route, count=1)


def _read_everything(person, addresses):
    """``(errors, seen)``: the addresses that answered 5xx, and the markers each showed."""
    client = Client(raise_request_exception=False)
    if person is not None:
        signed_in(client, person)
    errors, seen = [], set()
    for address in addresses:
        response = client.get(address)
        if response.status_code >= 500:
            errors.append(f"{address} {response.status_code}")
            continue
        body = "" if getattr(response, "streaming", False) else response.content.decode(errors="replace")
        seen |= {(address, marker) for marker in MARKERS if marker in body}
    return errors, seen


def _all_addresses(ids, slug):
    with translation.override("en"):
        return _addresses(ids, slug)


ROLES = [
    "other_coordinator", "other_note_taker", "other_facilitator", "other_conduct_contact", "staff", "superuser",
    "unassigned_handler", "visitor",
]


@pytest.mark.parametrize("role", ROLES)
def test_no_role_reads_another_partners_private_values_on_any_address(world, role):
    ids, slug, people = world
    addresses = _all_addresses(ids, slug)

    errors, seen = _read_everything(people[role], addresses)

    assert len(addresses) > 150
    assert errors == []
    assert sorted(seen) == []


def test_the_people_entitled_see_the_planted_values_so_the_attack_can_fail(world):
    ids, slug, _ = world
    from conduct.models import Incident
    from dialogues.models import Partner

    addresses = _all_addresses(ids, slug)
    incident = Incident.objects.get(pk=ids["incident"])
    coordinator = Partner.objects.get(pk=ids["partner"]).memberships.get().user
    lead = incident.notes.get().author

    _, coordinator_saw = _read_everything(coordinator, addresses)
    _, lead_saw = _read_everything(lead, [a for a in addresses if "/conduct/" in a])

    assert {marker for _, marker in coordinator_saw} >= {"Zyqwarnish", "zyq.secret@example.net"}
    assert {marker for _, marker in lead_saw} >= {"UNIQUE-INCIDENT-TEXT-4711", "UNIQUE-NOTE-TEXT-0815"}
