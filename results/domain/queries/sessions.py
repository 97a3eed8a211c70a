"""Read queries for result entry: a person's tables and sessions, a site's progress."""

from dataclasses import dataclass

from dialogues.enums import AgendaItemKind
from dialogues.models import ScheduledItem, Table, Topic

from ...models import ResultSubmission

NOT_STARTED = "not_started"


@dataclass
class SessionCell:
    table: object
    topic: object
    starts_at: object  # UTC datetime or None when the site has not scheduled it
    submission: object  # current ResultSubmission or None

    @property
    def state(self):
        return self.submission.state if self.submission is not None else NOT_STARTED

    @property
    def local_start(self):
        return self.starts_at.astimezone(self.table.site.tzinfo) if self.starts_at else None


@dataclass
class TableRow:
    table: object
    cells: list


def session_starts(sites):
    """``{(site_id, topic_id): UTC start}`` of the topic sessions of ``sites``, in one query."""
    starts = {}
    rows = ScheduledItem.objects.filter(site__in=sites, kind=AgendaItemKind.TOPIC_SESSION, topic__isnull=False)
    for site_id, topic_id, starts_at in rows.order_by("-starts_at").values_list("site_id", "topic_id", "starts_at"):
        starts[(site_id, topic_id)] = starts_at
    return starts


def table_rows(tables):
    """One row per table with a cell per topic session of its dialogue (four queries)."""
    tables = list(tables.select_related("site__partner__dialogue"))
    dialogue_ids = {table.site.partner.dialogue_id for table in tables}
    topics = {}
    for topic in Topic.objects.filter(dialogue_id__in=dialogue_ids).order_by("position", "id"):
        topics.setdefault(topic.dialogue_id, []).append(topic)
    current = {
        (s.table_id, s.topic_id): s
        for s in ResultSubmission.objects.current().filter(table__in=tables).select_related("reviewed_by")
    }
    starts = session_starts({table.site_id for table in tables})
    return [
        TableRow(
            table,
            [
                SessionCell(table, topic, starts.get((table.site_id, topic.pk)), current.get((table.pk, topic.pk)))
                for topic in topics.get(table.site.partner.dialogue_id, [])
            ],
        )
        for table in tables
    ]


def note_taker_rows(user):
    return table_rows(Table.objects.visible_to(user).filter(note_taker=user).order_by("site__name", "number"))


def facilitator_rows(user):
    return table_rows(Table.objects.visible_to(user).filter(facilitator=user).order_by("site__name", "number"))


def site_rows(site):
    return table_rows(Table.objects.filter(site=site).order_by("number"))


def result_history(table, topic):
    """Every submission for ``table`` and ``topic``, newest first, with who sent it."""
    return (
        ResultSubmission.objects.filter(table=table, topic=topic)
        .select_related("submitted_by", "reviewed_by")
        .order_by("-submitted_at", "-id")
    )


def current_result(table, topic):
    return ResultSubmission.objects.current().filter(table=table, topic=topic).first()
