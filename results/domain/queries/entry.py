"""What sending one result needs to know, read in one query: the table (with its site's
partner, time zone and dialogue), whether the session belongs to that dialogue, when the
session starts at the site, the version of the session's questions (which picks the
cached rules, see ``questions.cached_session_rules``) and whether a conduct decision
stops the sender entering results.

Plain SQL, on PostgreSQL and SQLite alike: built by the ORM, this query (its joins,
subqueries and the models it makes) cost more Python than all the rest of a submission.
The table is read by its id without ``visible_to``: the caller checks the permission
``results.enter_table_results`` on it (only the table's note taker has it, and a note
taker's tables are visible to them) and asks ``visible_to`` only to word a refusal
(404 for a table the sender may not see, 403 for one they may)."""

from dataclasses import dataclass

from django.db import connection

from conduct.domain.queries import activity_limit_sql
from conduct.enums import LimitedActivity
from dialogues.enums import AgendaItemKind
from dialogues.models import Dialogue, MirrorDialogue, Option, Partner, Question, ScheduledItem, Site, Table, Topic
from wetheinternet.core.raw_rows import converted, instance

ENTERING = LimitedActivity.ENTER_RESULTS


@dataclass(frozen=True)
class EntryTarget:
    table: object  # a Table with its site, partner and dialogue (the fields below only)
    topic: object  # a Topic with its id and dialogue only (what result entry uses), or None
    session_start: object  # UTC datetime, or None when the site has not scheduled it
    rules_version: int
    limited: bool  # a conduct decision in force stops the sender entering results


TABLE_FIELDS = ("id", "site_id", "number", "language", "capacity", "facilitator_id", "note_taker_id")
SITE_FIELDS = ("id", "partner_id", "time_zone")
PARTNER_FIELDS = ("id", "dialogue_id")
DIALOGUE_FIELDS = ("id", "status", "result_grace_minutes")


def _rules_fingerprint_sql():
    """A number that changes whenever anything result entry checks changes in the
    session's current questions: which questions (ids, positions), their kind,
    abstention and most answers, and their options (ids and order). One parameter: the
    topic id."""
    question, option = Question._meta.db_table, Option._meta.db_table
    # Table names from the models; the topic id is a parameter.
    return (
        "SELECT COALESCE(SUM(7 * q.id + 131 * LENGTH(q.kind) + 17 * (CASE WHEN q.allows_abstention THEN 1 ELSE 0 END)"  # noqa: S608
        " + 257 * COALESCE(q.max_answers, 0) + 1031 * q.position + 8191 * COALESCE(o.id, 0)"
        " + 65537 * COALESCE(o.position, 0)), 0) * 1000 + COUNT(*)"
        f" FROM {question} q LEFT JOIN {option} o ON o.question_id = q.id"
        " WHERE q.topic_id = %s AND q.is_current"
    )


def _columns(alias, fields):
    return ", ".join(f"{alias}.{name}" for name in fields)


def _entry_sql(limit_sql):
    table, site, partner = Table._meta.db_table, Site._meta.db_table, Partner._meta.db_table
    dialogue, topic, scheduled = Dialogue._meta.db_table, Topic._meta.db_table, ScheduledItem._meta.db_table
    mirror = MirrorDialogue._meta.db_table
    return (
        f"SELECT {_columns('t', TABLE_FIELDS)}, {_columns('s', SITE_FIELDS)}, {_columns('p', PARTNER_FIELDS)},"  # noqa: S608
        f" {_columns('d', DIALOGUE_FIELDS)}, m.id, m.state,"
        f" (SELECT tp.dialogue_id FROM {topic} tp WHERE tp.id = %s),"
        f" (SELECT MIN(si.starts_at) FROM {scheduled} si"
        "   WHERE si.site_id = t.site_id AND si.topic_id = %s AND si.kind = %s),"
        f" ({_rules_fingerprint_sql()}),"
        f" {limit_sql}"
        f" FROM {table} t INNER JOIN {site} s ON s.id = t.site_id INNER JOIN {partner} p ON p.id = s.partner_id"
        f" INNER JOIN {dialogue} d ON d.id = p.dialogue_id LEFT OUTER JOIN {mirror} m ON m.dialogue_id = d.id"
        " WHERE t.id = %s"
    )


def entry_target(user, table_id, topic_id, now=None):
    """The EntryTarget for ``user`` sending a result of ``table_id`` for ``topic_id``;
    None if there is no such table. ``topic`` is None when the session is not one of
    the table's dialogue (not found). One query; the table is not scoped to ``user``
    (see the module's docstring: check the permission before using it)."""
    limit_sql, limit_params = activity_limit_sql(user.pk, ENTERING, now)
    params = [topic_id, topic_id, AgendaItemKind.TOPIC_SESSION, topic_id, *limit_params, table_id]
    with connection.cursor() as cursor:
        cursor.execute(_entry_sql(limit_sql), params)
        row = cursor.fetchone()
    if row is None:
        return None
    values = iter(row)
    table = instance(Table, TABLE_FIELDS, [next(values) for _name in TABLE_FIELDS])
    site = instance(Site, SITE_FIELDS, [next(values) for _name in SITE_FIELDS])
    partner = instance(Partner, PARTNER_FIELDS, [next(values) for _name in PARTNER_FIELDS])
    dialogue = instance(Dialogue, DIALOGUE_FIELDS, [next(values) for _name in DIALOGUE_FIELDS])
    mirror_id, mirror_state = next(values), next(values)
    # A self-service mirror dialogue's state (dialogues.rules.dialogue_is_open: a suspended
    # one closes result entry), cached as the reverse one-to-one would be.
    dialogue._state.fields_cache["mirror"] = (
        None if mirror_id is None else MirrorDialogue(id=mirror_id, dialogue=dialogue, state=mirror_state)
    )
    topic_dialogue, session_start, rules_version, limited = values
    table.site, site.partner, partner.dialogue = site, partner, dialogue
    limited = bool(limited)
    if topic_dialogue != dialogue.pk:
        return EntryTarget(table, None, None, 0, limited)
    session_start = converted(ScheduledItem, "starts_at", session_start)
    return EntryTarget(table, Topic(id=topic_id, dialogue=dialogue), session_start, int(rules_version), limited)
