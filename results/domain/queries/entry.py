"""What sending one result needs to know, read in one query: the table (with its site,
partner and dialogue), whether the session belongs to that dialogue, when the session
starts at the site, and the version of the session's questions (which picks the
cached rules, see ``questions.cached_session_rules``)."""

from dataclasses import dataclass

from django.db.models import Count, IntegerField, OuterRef, Subquery, Sum, Value
from django.db.models.functions import Cast, Coalesce, Length

from dialogues.enums import AgendaItemKind
from dialogues.models import Question, ScheduledItem, Table, Topic


@dataclass(frozen=True)
class EntryTarget:
    table: object
    topic: object  # a Topic with its id and dialogue only (what result entry uses)
    session_start: object  # UTC datetime, or None when the site has not scheduled it
    rules_version: tuple


def _rules_fingerprint(topic_id):
    """A number that changes whenever anything result entry checks changes in the
    session's current questions: which questions (ids, positions), their kind,
    abstention and most answers, and their options (ids and order)."""
    weight = (
        Value(7) * Coalesce("id", 0)
        + Value(131) * Length("kind")
        + Value(17) * Cast("allows_abstention", IntegerField())
        + Value(257) * Coalesce("max_answers", 0)
        + Value(1031) * Coalesce("position", 0)
        + Value(8191) * Coalesce("options__id", 0)
        + Value(65537) * Coalesce("options__position", 0)
    )
    rows = Question.objects.filter(topic_id=topic_id, is_current=True).order_by().values("topic_id")
    return (
        Subquery(rows.annotate(v=Sum(weight)).values("v")[:1]),
        Subquery(rows.annotate(n=Count("id") * 1000 + Count("options__id")).values("n")[:1]),
    )


def entry_target(user, table_id, topic_id):
    """The EntryTarget for sending a result of ``table_id`` for ``topic_id``, as
    ``user`` sees it; None if the table is not visible to them or the session is not one
    of the table's dialogue (both mean: not found). One query."""
    fingerprint, rows = _rules_fingerprint(topic_id)
    starts = (
        ScheduledItem.objects.filter(site_id=OuterRef("site_id"), topic_id=topic_id, kind=AgendaItemKind.TOPIC_SESSION)
        .order_by("starts_at")
        .values("starts_at")[:1]
    )
    table = (
        Table.objects.visible_to(user)
        .select_related("site__partner__dialogue")
        .filter(pk=table_id)
        .annotate(
            entry_topic_dialogue=Subquery(Topic.objects.filter(pk=topic_id).values("dialogue_id")[:1]),
            entry_session_start=Subquery(starts),
            entry_rules=fingerprint,
            entry_rule_rows=rows,
        )
        .first()
    )
    if table is None:
        return None
    dialogue = table.site.partner.dialogue
    if table.entry_topic_dialogue != dialogue.pk:
        return EntryTarget(table, None, None, ())
    topic = Topic(id=topic_id, dialogue=dialogue)
    return EntryTarget(table, topic, table.entry_session_start, (table.entry_rules, table.entry_rule_rows))
