"""Storing a table's result: once per client id, corrections as new submissions."""

import hashlib
import json
import uuid

from django.db import IntegrityError, connection, transaction
from django.utils import timezone
from django.utils.translation import gettext as _

from registrations.domain.queries import seat_categories
from wetheinternet.core.audit import new_entry
from wetheinternet.core.models import AuditEntry
from wetheinternet.core.raw_rows import column_list, db_value, insert_fields, insert_values, instance

from ..enums import EntryMode, ResultState
from ..models import OpenAnswer, ResultSubmission
from .errors import ResultConflict, ResultInvalid
from .payload import clean_result
from .questions import session_rules
from .storage import packed_ballots, packed_counts
from .window import UNKNOWN, check_entry_open


def content_hash(clean, replaces_id):
    canonical = clean.as_canonical() | {"replaces": str(replaces_id) if replaces_id else None}
    return hashlib.sha256(json.dumps(canonical, sort_keys=True, separators=(",", ":")).encode()).hexdigest()


def submit_table_result(
    table, topic, *, by, payload, client_id, replaces=None, questions=None, now=None, session_start=UNKNOWN
):
    """Store the result of ``table`` for the session of ``topic``; return ``(submission, created)``.

    The same ``client_id`` with the same content returns the stored submission with
    ``created`` False (nothing written); with other content it raises ResultConflict.
    ``replaces`` (a client id) makes this a correction of that submission, which is
    marked superseded; correcting a submission that was already corrected, or sending
    a new result where one exists, raises ResultConflict. Raises ResultInvalid (nothing
    stored) and ResultRefused (window closed). Writes the submission (one row: its
    counts and ballots are JSON columns, see storage.py), its open answers and an audit entry ``dialogues.result.submitted``.

    ``questions`` is the session's SessionQuestions when the caller has loaded them
    already (the entry page or the API's cache); without it the rules are read in one
    query. ``session_start`` is the session's start at the site when the caller has
    read it (queries/entry.py reads it with the table)."""
    now = now or timezone.now()
    clean = clean_result(table, questions or session_rules(topic), payload)
    fingerprint = content_hash(clean, replaces)
    existing, to_correct = _stored(table, topic, client_id, replaces)
    if existing is not None:
        return _repeat(existing, table, topic, fingerprint), False
    check_entry_open(table, topic, now, start=session_start)
    previous = _previous(to_correct, replaces)
    try:
        with transaction.atomic():
            submission = _write(
                table, topic, clean, by=by, client_id=client_id, previous=previous, fingerprint=fingerprint, now=now
            )
    except IntegrityError:
        existing = ResultSubmission.objects.filter(client_id=client_id).first()
        if existing is not None:
            return _repeat(existing, table, topic, fingerprint), False
        raise ResultConflict(_conflict_message(replaces)) from None
    return submission, True


def _repeat(existing, table, topic, fingerprint):
    if existing.table_id != table.pk or existing.topic_id != topic.pk or existing.content_hash != fingerprint:
        raise ResultConflict(
            _(
                "This submission id was already used for a different result. Nothing was changed; "
                "open the form again to send a new one."
            )
        )
    return existing


def _conflict_message(replaces):
    if replaces:
        return _("This result was already corrected by someone else. Open the form again to see the current result.")
    return _("A result for this table and session was already sent. Correct that result instead of sending a new one.")


STORED_FIELDS = tuple(
    field.attname for field in ResultSubmission._meta.concrete_fields if field.name not in ("counts", "ballots")
)


def _stored_sql(replaces):
    columns = ", ".join(STORED_FIELDS)
    to_correct = "client_id = %s" if replaces is not None else "superseded_at IS NULL"
    return (
        f"SELECT {columns} FROM {ResultSubmission._meta.db_table}"  # noqa: S608 - names from the model
        f" WHERE client_id = %s OR (table_id = %s AND topic_id = %s AND {to_correct})"
    )


def _stored(table, topic, client_id, replaces):
    """One query for what the rules compare against: ``(the submission stored under
    client_id or None, the one to correct)``. The one to correct is the submission
    ``replaces`` names in this table and session, or without ``replaces`` the current
    one (whose existence makes a new result a conflict). Plain SQL without the counts
    and ballots (loaded on first use if ever needed): the ORM's query, ordered by the
    model's default through four joins, cost more than the rest of the rules."""
    client_id = uuid.UUID(str(client_id))
    params = [db_value(ResultSubmission, "client_id", client_id), table.pk, topic.pk]
    if replaces is not None:
        params.append(db_value(ResultSubmission, "client_id", uuid.UUID(str(replaces))))
    with connection.cursor() as cursor:
        cursor.execute(_stored_sql(replaces), params)
        rows = [instance(ResultSubmission, STORED_FIELDS, row) for row in cursor.fetchall()]
    existing = next((row for row in rows if row.client_id == client_id), None)
    corrected = next((row for row in rows if row.client_id != client_id), None)
    return existing, corrected


def _previous(to_correct, replaces):
    if replaces is None:
        if to_correct is not None:
            raise ResultConflict(_conflict_message(None))
        return None
    previous = to_correct
    if previous is None:
        raise ResultInvalid({"replaces": [_("There is no earlier result with this id for this table and session.")]})
    if previous.superseded_at is not None:
        raise ResultConflict(_conflict_message(replaces))
    return previous


def _write(table, topic, clean, *, by, client_id, previous, fingerprint, now):
    if previous is not None and _supersede(previous.pk, now) != 1:
        raise IntegrityError("already superseded")
    submission = ResultSubmission(
        table=table,
        topic=topic,
        client_id=client_id,
        replaces=previous,
        submitted_by=by,
        submitted_at=now,
        people_present=clean.people_present,
        entry_mode=clean.entry_mode,
        content_hash=fingerprint,
        state=ResultState.SENT,
        photo_id=previous.photo_id if previous is not None else None,
        counts=packed_counts(clean.counts),
        ballots=_ballots(table, clean),
    )
    answers = [
        OpenAnswer(submission=submission, question_id=q, text=text, rank=rank) for q, text, rank in clean.open_answers
    ]
    entry = new_entry(
        "dialogues.result.submitted",
        actor=by,
        target_model=ResultSubmission,
        data={
            "table": table.pk,
            "topic": topic.pk,
            "replaces": previous.pk if previous else None,
            "entry_mode": clean.entry_mode,
            "people_present": clean.people_present,
        },
    )
    _insert(submission, answers, entry)
    return submission


SUBMISSION_FIELDS = insert_fields(ResultSubmission)
ANSWER_FIELDS = insert_fields(OpenAnswer, exclude=("submission",))
ENTRY_FIELDS = insert_fields(AuditEntry, exclude=("target_id",))


def _insert(submission, answers, entry):
    """Write the submission, its open answers and its audit entry (whose ``target_id``
    is the submission's new id): on PostgreSQL in one statement (the answers and the
    entry in data-modifying WITH clauses reading the id the submission's INSERT
    returns), elsewhere in three. Plain SQL with the columns and the values prepared
    from the models as the ORM's ``save`` prepares them: the ORM's three inserts cost
    about a millisecond of Python and two more round trips."""
    quote = connection.ops.quote_name
    submission_sql = (
        f"INSERT INTO {quote(ResultSubmission._meta.db_table)} ({column_list(SUBMISSION_FIELDS)})"  # noqa: S608
        f" VALUES ({', '.join(['%s'] * len(SUBMISSION_FIELDS))}) RETURNING {quote(ResultSubmission._meta.pk.column)}"
    )
    submission_fk = OpenAnswer._meta.get_field("submission").column
    answers_head = (
        f"INSERT INTO {quote(OpenAnswer._meta.db_table)} ({quote(submission_fk)}, {column_list(ANSWER_FIELDS)}) VALUES "  # noqa: S608
    )
    answer_row = ", ".join(["%s"] * len(ANSWER_FIELDS))
    entry_head = (
        f"INSERT INTO {quote(AuditEntry._meta.db_table)} ({column_list(ENTRY_FIELDS)}, {quote('target_id')}) VALUES "  # noqa: S608
    )
    entry_row = ", ".join(["%s"] * len(ENTRY_FIELDS))
    answer_params = [value for answer in answers for value in insert_values(answer, ANSWER_FIELDS)]
    entry_params = insert_values(entry, ENTRY_FIELDS)
    with connection.cursor() as cursor:
        if connection.vendor == "postgresql":
            new_id = f"(SELECT {quote(ResultSubmission._meta.pk.column)} FROM new_submission)"  # noqa: S608
            clauses = [f"new_submission AS ({submission_sql})"]
            if answers:
                clauses.append(
                    f"new_answers AS ({answers_head}{', '.join([f'({new_id}, {answer_row})'] * len(answers))})"
                )
            clauses.append(f"new_entry AS ({entry_head}({entry_row}, CAST({new_id} AS text)))")
            cursor.execute(
                f"WITH {', '.join(clauses)} SELECT {quote(ResultSubmission._meta.pk.column)} FROM new_submission",  # noqa: S608
                [*insert_values(submission, SUBMISSION_FIELDS), *answer_params, *entry_params],
            )
            submission.pk = cursor.fetchone()[0]
        else:
            cursor.execute(submission_sql, insert_values(submission, SUBMISSION_FIELDS))
            submission.pk = cursor.fetchone()[0]
            if answers:
                cursor.execute(
                    answers_head + ", ".join([f"(%s, {answer_row})"] * len(answers)),
                    [value for answer in answers for value in (submission.pk, *insert_values(answer, ANSWER_FIELDS))],
                )
            cursor.execute(f"{entry_head}({entry_row}, %s)", [*entry_params, str(submission.pk)])
    submission._state.adding = False
    submission._state.db = connection.alias


def _supersede(submission_id, now):
    """Mark the submission superseded unless it already is; return the rows changed (0
    or 1). The conditional UPDATE is what makes two concurrent corrections of one result
    end with one winner. Plain SQL: the ORM's update cost a third of a millisecond."""
    table = connection.ops.quote_name(ResultSubmission._meta.db_table)
    with connection.cursor() as cursor:
        cursor.execute(
            f"UPDATE {table} SET superseded_at = %s WHERE id = %s AND superseded_at IS NULL",  # noqa: S608
            [db_value(ResultSubmission, "superseded_at", now), submission_id],
        )
        return cursor.rowcount


def _ballots(table, clean):
    if clean.entry_mode != EntryMode.BALLOTS or not clean.ballots:
        return []
    return packed_ballots(clean.ballots, seat_categories(table))
