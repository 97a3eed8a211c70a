"""Every country's progress for organiser staff, from onboarding to results
(``country_progress``): a fixed number of grouped queries, however many countries.

Results sits above dialogues and registrations, so it is the app that knows every step."""

from collections import defaultdict
from dataclasses import dataclass, field

from django.db.models import Count, Q, Sum
from django.db.models.functions import Coalesce
from django.utils.translation import gettext_lazy as _
from django_countries import countries

from dialogues.enums import OnboardingState
from dialogues.models import Partner, Site, Table, Topic
from dialogues.regions import REGION_NAMES, region_of
from registrations.enums import Attendance, JobState, RegistrantStatus, RunKind
from registrations.models import PanelRun, Registrant

from ...models import ResultSubmission

# The onboarding pipeline in order; a declined partner counts as not started.
ONBOARDING_ORDER = [
    OnboardingState.DECLINED, OnboardingState.INVITED, OnboardingState.APPLIED, OnboardingState.APPROVED,
    OnboardingState.AGREEMENT_SIGNED, OnboardingState.TRAINED, OnboardingState.READY,
]
STEPS = ("onboarding", "registrations", "panels", "volunteers", "check_ins", "results")
STEP_LABELS = {
    "onboarding": _("Onboarding"),
    "registrations": _("Registrations"),
    "panels": _("Panels drawn"),
    "volunteers": _("Tables with both volunteers"),
    "check_ins": _("Check-ins"),
    "results": _("Results in"),
}


def _share(done, total):
    return min(1.0, done / total) if total else 0.0


@dataclass
class CountryProgress:
    code: str
    name: str
    region: str
    region_name: str
    partners: list = field(default_factory=list)  # [(name, state label)]
    least_onboarded: str = ""  # the state value of the least advanced partner
    sites: int = 0
    places: int = 0  # the sum of the sites' capacities
    target: int = 0  # the sum of the sites' registration targets (a site without one: its capacity)
    registered: int = 0
    selected: int = 0
    checked_in: int = 0
    panels_drawn: int = 0
    tables: int = 0
    tables_staffed: int = 0  # with both a facilitator and a note taker
    results_in: int = 0  # (table, session) pairs with a counted result
    sessions: int = 0

    @property
    def expected_results(self):
        return self.tables * self.sessions

    @property
    def shares(self):
        """How far each step is, from 0 to 1."""
        onboarding = ONBOARDING_ORDER.index(self.least_onboarded) / (len(ONBOARDING_ORDER) - 1) if self.least_onboarded else 0.0
        return {
            "onboarding": onboarding,
            "registrations": _share(self.registered, self.target),
            "panels": _share(self.panels_drawn, self.sites),
            "volunteers": _share(self.tables_staffed, self.tables),
            "check_ins": _share(self.checked_in, self.selected),
            "results": _share(self.results_in, self.expected_results),
        }

    @property
    def behind(self):
        """The step furthest behind and its share: ``(step, share)``."""
        step = min(STEPS, key=lambda name: self.shares[name])
        return step, self.shares[step]

    @property
    def behind_label(self):
        return STEP_LABELS[self.behind[0]]

    @property
    def least_onboarded_label(self):
        return OnboardingState(self.least_onboarded).label if self.least_onboarded else _("no partner")


def _by_step(step):
    return lambda row: (row.shares[step], row.name)


SORTS = {
    "behind": lambda row: (row.behind[1], row.name),
    "country": lambda row: (row.name,),
    "region": lambda row: (str(row.region_name), row.name),
    **{step: _by_step(step) for step in STEPS},
}


def country_progress(dialogue, *, region="", sort="behind"):
    """One ``CountryProgress`` per country a partner covers or a site is in, for
    ``dialogue``, in ``region`` (an M49 code; all when empty or unknown), sorted by
    ``sort`` (one of ``SORTS``; "behind" first, the most behind at the top).

    Seven queries whatever the number of countries. No personal data."""
    rows = {}

    def row(code):
        code = str(code)
        if code not in rows:
            region_code = region_of(code) or ""
            rows[code] = CountryProgress(
                code=code, name=countries.name(code) or code, region=region_code,
                region_name=REGION_NAMES.get(region_code, _("Other")),
            )
        return rows[code]

    for partner in Partner.objects.filter(dialogue=dialogue).only("name", "state", "countries").order_by("name"):
        for country in partner.countries:
            line = row(country.code)
            line.partners.append((partner.name, partner.get_state_display()))
            if not line.least_onboarded or ONBOARDING_ORDER.index(partner.state) < ONBOARDING_ORDER.index(line.least_onboarded):
                line.least_onboarded = partner.state
    for found in Site.objects.filter(partner__dialogue=dialogue).values("country").annotate(
        n=Count("id"), places=Sum("capacity"), target=Sum(Coalesce("registration_target", "capacity"))
    ):
        line = row(found["country"])
        line.sites, line.places, line.target = found["n"], found["places"] or 0, found["target"] or 0
    for found in Registrant.objects.filter(dialogue=dialogue).values("country").annotate(
        registered=Count("id", filter=~Q(status__in=[RegistrantStatus.WITHDRAWN, RegistrantStatus.ERASED])),
        selected=Count("id", filter=Q(status=RegistrantStatus.SELECTED)),
        checked_in=Count("id", filter=Q(attendance=Attendance.ATTENDED)),
    ):
        line = row(found["country"])
        line.registered, line.selected, line.checked_in = found["registered"], found["selected"], found["checked_in"]
    for found in PanelRun.objects.filter(dialogue=dialogue, kind=RunKind.DRAW, state=JobState.DONE).values(
        "country"
    ).annotate(n=Count("id")):
        row(found["country"]).panels_drawn = found["n"]
    for found in Table.objects.filter(site__partner__dialogue=dialogue).values("site__country").annotate(
        n=Count("id"), staffed=Count("id", filter=Q(facilitator__isnull=False, note_taker__isnull=False))
    ):
        line = row(found["site__country"])
        line.tables, line.tables_staffed = found["n"], found["staffed"]
    sessions = Topic.objects.filter(dialogue=dialogue).count()
    results = defaultdict(int)
    for found in ResultSubmission.objects.counted().filter(topic__dialogue=dialogue).values(
        "table__site__country"
    ).annotate(n=Count("id")):
        results[str(found["table__site__country"])] = found["n"]
    for code, line in rows.items():
        line.sessions, line.results_in = sessions, results.get(code, 0)
    chosen = [line for line in rows.values() if not region or region not in REGION_NAMES or line.region == region]
    return sorted(chosen, key=SORTS.get(sort, SORTS["behind"]))
