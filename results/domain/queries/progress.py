"""Result progress per country and region for organiser staff (one grouped query)."""

from collections import defaultdict
from dataclasses import dataclass, field

from django.db.models import Count, Q, Sum
from django.utils.translation import gettext_lazy as _

from dialogues.models import Table, Topic
from dialogues.regions import REGION_NAMES, region_of

from ...enums import ResultState
from ...models import ResultSubmission


@dataclass
class ProgressLine:
    name: str
    tables: int = 0
    sent: dict = field(default_factory=dict)  # topic id -> tables with a current, non-rejected result
    confirmed: dict = field(default_factory=dict)
    people: dict = field(default_factory=dict)  # topic id -> people present at tables with a counted result

    def add(self, other):
        self.tables += other.tables
        for mine, theirs in ((self.sent, other.sent), (self.confirmed, other.confirmed), (self.people, other.people)):
            for topic_id, number in theirs.items():
                mine[topic_id] = mine.get(topic_id, 0) + number

    def cells(self, topics):
        """Per topic: (sent, confirmed, people) in the order of ``topics``."""
        return [(self.sent.get(t.pk, 0), self.confirmed.get(t.pk, 0), self.people.get(t.pk, 0)) for t in topics]


@dataclass
class RegionProgress:
    total: ProgressLine
    countries: list


def progress_by_region(dialogue):
    """``(topics, [RegionProgress])``: per region and country, how many tables exist,
    how many sent and confirmed each session, and how many people their results represent."""
    from django_countries import countries

    topics = list(Topic.objects.filter(dialogue=dialogue).order_by("position", "id"))
    lines = defaultdict(lambda: None)
    table_counts = (
        Table.objects.filter(site__partner__dialogue=dialogue).values("site__country").annotate(n=Count("id"))
    )
    for row in table_counts:
        code = str(row["site__country"])
        lines[code] = ProgressLine(countries.name(code) or code, tables=row["n"])
    results = (
        ResultSubmission.objects.counted()
        .filter(topic__dialogue=dialogue)
        .values("table__site__country", "topic_id")
        .annotate(
            sent=Count("id"),
            confirmed=Count("id", filter=Q(state=ResultState.CONFIRMED)),
            people=Sum("people_present"),
        )
    )
    for row in results:
        code = str(row["table__site__country"])
        line = lines[code] or ProgressLine(countries.name(code) or code)
        lines[code] = line
        line.sent[row["topic_id"]] = row["sent"]
        line.confirmed[row["topic_id"]] = row["confirmed"]
        line.people[row["topic_id"]] = row["people"] or 0
    regions = defaultdict(list)
    for code, line in lines.items():
        regions[region_of(code)].append(line)
    progress = []
    names = {region: REGION_NAMES.get(region, _("Other")) for region in regions}
    for region in sorted(regions, key=lambda r: str(names[r])):
        total = ProgressLine(names[region])
        for line in regions[region]:
            total.add(line)
            line.columns = line.cells(topics)
        total.columns = total.cells(topics)
        progress.append(RegionProgress(total, sorted(regions[region], key=lambda line: line.name)))
    return topics, progress


def sites_summary(sites):
    """Per site of ``sites`` (a list), per topic session: tables, sent, confirmed, people present."""
    site_ids = [site.pk for site in sites]
    tables = dict(
        Table.objects.filter(site_id__in=site_ids).values("site_id").annotate(n=Count("id")).values_list("site_id", "n")
    )
    rows = (
        ResultSubmission.objects.counted()
        .filter(table__site_id__in=site_ids)
        .values("table__site_id", "topic_id")
        .annotate(sent=Count("id"), confirmed=Count("id", filter=Q(state=ResultState.CONFIRMED)),
                  people=Sum("people_present"))
    )
    figures = {(r["table__site_id"], r["topic_id"]): r for r in rows}
    dialogue_ids = {site.partner.dialogue_id for site in sites}
    topics = defaultdict(list)
    for topic in Topic.objects.filter(dialogue_id__in=dialogue_ids).order_by("position", "id"):
        topics[topic.dialogue_id].append(topic)
    summary = []
    for site in sites:
        sessions = []
        for topic in topics[site.partner.dialogue_id]:
            row = figures.get((site.pk, topic.pk), {})
            sessions.append({"session": topic.pk, "tables": tables.get(site.pk, 0), "sent": row.get("sent", 0),
                             "confirmed": row.get("confirmed", 0), "people": row.get("people") or 0})
        summary.append({"site": site.pk, "name": site.name, "country": str(site.country), "sessions": sessions})
    return summary


def partner_result_figures(partner):
    """Tables of ``partner`` with a counted result (current, not rejected), for its
    dashboard panel in dialogues (registered with ``register_partner_figures``)."""
    tables = ResultSubmission.objects.counted().filter(table__site__partner=partner).values("table").distinct()
    return {"tables_with_results": tables.count()}
