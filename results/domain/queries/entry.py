"""What sending one result needs to know, read in one query: the table (with its site,
partner and dialogue), whether the session belongs to that dialogue, when the session
starts at the site, and the version of the session's questions (which picks the
cached rules, see ``questions.cached_session_rules``)."""

from dataclasses import dataclass

from django.db.models import BigIntegerField, OuterRef, Subquery
from django.db.models.expressions import RawSQL

from dialogues.enums import AgendaItemKind
from dialogues.models import Option, Question, ScheduledItem, Table, Topic


@dataclass(frozen=True)
class EntryTarget:
    table: object
    topic: object  # a Topic with its id and dialogue only (what result entry uses)
    session_start: object  # UTC datetime, or None when the site has not scheduled it
    rules_version: int


def _rules_fingerprint(topic_id):
    """A number that changes whenever anything result entry checks changes in the
    session's current questions: which questions (ids, positions), their kind,
    abstention and most answers, and their options (ids and order). Plain SQL: built
    by the ORM, this expression cost more to compile than the rest of the request."""
    question, option = Question._meta.db_table, Option._meta.db_table
    return RawSQL(  # noqa: S611 - table names from the models; the topic id is a parameter
        f"SELECT COALESCE(SUM(7 * q.id + 131 * LENGTH(q.kind) + 17 * (CASE WHEN q.allows_abstention THEN 1 ELSE 0 END)"  # noqa: S608
        f" + 257 * COALESCE(q.max_answers, 0) + 1031 * q.position + 8191 * COALESCE(o.id, 0)"
        f" + 65537 * COALESCE(o.position, 0)), 0) * 1000 + COUNT(*)"
        f" FROM {question} q LEFT JOIN {option} o ON o.question_id = q.id"
        f" WHERE q.topic_id = %s AND q.is_current",
        (topic_id,),
        output_field=BigIntegerField(),
    )


def entry_target(user, table_id, topic_id):
    """The EntryTarget for sending a result of ``table_id`` for ``topic_id``, as
    ``user`` sees it; None if the table is not visible to them or the session is not one
    of the table's dialogue (both mean: not found). One query."""
    starts = (
        ScheduledItem.objects.filter(site_id=OuterRef("site_id"), topic_id=topic_id, kind=AgendaItemKind.TOPIC_SESSION)
        .order_by("starts_at")
        .values("starts_at")[:1]
    )
    table = (
        Table.objects.visible_to(user)
        .select_related("site__partner__dialogue__mirror")
        .filter(pk=table_id)
        .annotate(
            entry_topic_dialogue=Subquery(Topic.objects.filter(pk=topic_id).values("dialogue_id")[:1]),
            entry_session_start=Subquery(starts),
            entry_rules=_rules_fingerprint(topic_id),
        )
        .first()
    )
    if table is None:
        return None
    dialogue = table.site.partner.dialogue
    if table.entry_topic_dialogue != dialogue.pk:
        return EntryTarget(table, None, None, 0)
    topic = Topic(id=topic_id, dialogue=dialogue)
    return EntryTarget(table, topic, table.entry_session_start, table.entry_rules)
