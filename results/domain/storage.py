"""The stored shape of a table's result: the one module that writes and reads it.

A submission is one row. Its JSON columns hold what used to be a hundred rows:

    counts  = {"<question id>": [[option id or null, count, record key], ...], ...}
              every closed question of the session, both entry modes, in the form's
              order; null is the abstention (or blank) of a question that allows it
    ballots = [{"seat": 2, "key": record key, "answers": [[question id, option id or
                null], ...], "categories": [category id, ...]}, ...]
              individual ballots only; one answer pair per chosen option (null: blank);
              the categories are the seat's registrant's, copied with consent

Record keys (wetheinternet/core/record_keys.py) stay per count and per ballot, as they
were per row, so published figures and their noise are unchanged. The reports' figures
are derived from these columns in SQL when the cube is built (PostgreSQL: jsonb_each and
jsonb_array_elements; SQLite: json_each; the only difference is in ``_Dialect``), so
nothing else reads or writes the JSON."""

from collections import defaultdict

from django.db import connection, transaction
from django.db.models import F

from wetheinternet.core.record_keys import new_record_key

from ..models import ResultSubmission

# --- writing ------------------------------------------------------------------------


def packed_counts(count_rows):
    """``counts`` of a new submission from ``((question_id, option_id or None, count), ...)``,
    each with a fresh record key."""
    packed = {}
    for question_id, option_id, count in count_rows:
        packed.setdefault(str(question_id), []).append([option_id, count, new_record_key()])
    return packed


def packed_ballots(ballots, categories):
    """``ballots`` of a new submission from a CleanResult's ballots
    (``((seat, ((question_id, (option_id, ...)), ...)), ...)``) and the seats' categories
    (``{seat: [category_id, ...]}``)."""
    return [
        {
            "seat": seat,
            "key": new_record_key(),
            "answers": [[question_id, option] for question_id, options in answers for option in options or (None,)],
            "categories": list(categories.get(seat, [])),
        }
        for seat, answers in ballots
    ]


# --- reading one submission ---------------------------------------------------------


def count_rows(submission):
    """``[(question_id, option_id or None, count), ...]`` of ``submission``."""
    return [
        (int(question_id), option_id, count)
        for question_id, rows in submission.counts.items()
        for option_id, count, _key in rows
    ]


def ballot_answers(submission):
    """``[(seat, [(question_id, option_id or None), ...], [category_id, ...]), ...]`` by seat."""
    return [
        (ballot["seat"], [tuple(pair) for pair in ballot["answers"]], list(ballot["categories"]))
        for ballot in sorted(submission.ballots, key=lambda ballot: ballot["seat"])
    ]


def totals(submissions):
    """``{(question_id, option_id or None): total count}`` over ``submissions`` (in Python,
    for checks and small sets; reports use the SQL below)."""
    summed = defaultdict(int)
    for submission in submissions:
        for question_id, option_id, count in count_rows(submission):
            summed[(question_id, option_id)] += count
    return dict(summed)


def answers_question(question):
    """True if a stored result counts an answer to ``question`` (dialogues asks, to lock
    a question's wording once it has results)."""
    return ResultSubmission.objects.filter(topic_id=question.topic_id, counts__has_key=str(question.pk)).exists()


# --- privacy ------------------------------------------------------------------------


def remove_seat_categories(table_id, seat_number, category_ids):
    """Take ``category_ids`` off the ballots of seat ``seat_number`` in every result of the
    table ``table_id`` (current and corrected). Returns how many were removed. The rows
    are locked, so a correction sent at the same time waits and copies the seat's
    categories afresh (without the withdrawn ones)."""
    removed = 0
    drop = set(category_ids)
    with transaction.atomic():
        rows = ResultSubmission.objects.select_for_update().filter(table_id=table_id).exclude(ballots=[])
        for submission in rows.only("pk", "ballots"):
            changed = 0
            for ballot in submission.ballots:
                if ballot["seat"] == seat_number:
                    kept = [category for category in ballot["categories"] if category not in drop]
                    changed += len(ballot["categories"]) - len(kept)
                    ballot["categories"] = kept
            if changed:
                submission.save(update_fields=["ballots"])
                removed += changed
    return removed


# --- the reports' figures, derived in SQL -------------------------------------------


# The SQL below is made of fixed text and the queryset's own SQL (its values are passed
# as parameters): nothing from a request reaches it, hence the S608 exceptions.


class _Dialect:
    """The JSON table functions of the database in use (both take elements of an array
    with ``->>`` by index or key; they differ in how an array or object is expanded)."""

    def __init__(self, vendor):
        self.postgres = vendor == "postgresql"

    def entries(self, expression, alias):
        """One row (``key``, ``value``) per entry of a JSON object."""
        if self.postgres:
            return f"jsonb_each({expression}) AS {alias}(key, value)"
        return f"json_each({expression}) AS {alias}"

    def elements(self, expression, alias):
        """One row (``value``, JSON) per element of a JSON array."""
        if self.postgres:
            return f"jsonb_array_elements({expression}) AS {alias}(value)"
        return f"json_each({expression}) AS {alias}"

    def scalars(self, expression, alias):
        """One row (``value``, a plain value) per element of a JSON array of numbers."""
        if self.postgres:
            return f"jsonb_array_elements_text({expression}) AS {alias}(value)"
        return f"json_each({expression}) AS {alias}"


def _source(submissions, countries):
    """The SQL of ``submissions`` as a derived table with columns id, country, topic_id,
    counts, ballots."""
    if countries is not None:
        submissions = submissions.filter(table__site__country__in=list(countries))
    query = submissions.order_by().annotate(country_code=F("table__site__country"))
    return query.values_list("pk", "country_code", "topic_id", "counts", "ballots").query.sql_with_params()


def _grouped(sql_template, submissions, countries):
    sql, params = _source(submissions, countries)
    dialect = _Dialect(connection.vendor)
    statement = sql_template(dialect).replace("{source}", f"({sql}) AS s")
    with connection.cursor() as cursor:
        cursor.execute(statement, params)
        return cursor.fetchall()


def option_totals(submissions, countries=None):
    """``{(country, question_id, option_id or None): (count, key sum)}`` over the counts of
    ``submissions`` (a ResultSubmission queryset); counts of zero carry no key."""
    def template(d):
        count = "CAST(o.value ->> 1 AS integer)"
        return (
            f"SELECT s.country_code, CAST(q.key AS integer), CAST(o.value ->> 0 AS integer), SUM({count}), "  # noqa: S608
            f"SUM(CASE WHEN {count} > 0 THEN CAST(o.value ->> 2 AS integer) ELSE 0 END) "
            f"FROM {{source}} CROSS JOIN {d.entries('s.counts', 'q')} CROSS JOIN {d.elements('q.value', 'o')} "
            "GROUP BY 1, 2, 3"
        )

    rows = _grouped(template, submissions, countries)
    return {(country, question, option): (n, keys) for country, question, option, n, keys in rows}


def group_answers(submissions, countries=None):
    """``{(country, question_id, option_id or None, category_id): (ballots, key sum)}``: each
    ballot's answers counted once for each of its categories."""
    def template(d):
        return (
            "SELECT s.country_code, CAST(a.value ->> 0 AS integer), CAST(a.value ->> 1 AS integer), "  # noqa: S608
            "CAST(g.value AS integer), COUNT(*), SUM(CAST(b.value ->> 'key' AS integer)) "
            f"FROM {{source}} CROSS JOIN {d.elements('s.ballots', 'b')} "
            f"CROSS JOIN {d.elements(_field('b', 'answers'), 'a')} "
            f"CROSS JOIN {d.scalars(_field('b', 'categories'), 'g')} "
            "GROUP BY 1, 2, 3, 4"
        )

    rows = _grouped(template, submissions, countries)
    return {(country, q, o, category): (n, keys) for country, q, o, category, n, keys in rows}


def group_sizes(submissions, countries=None):
    """``{(country, topic_id, category_id): (ballots, key sum)}``: ballots per category."""
    def template(d):
        return (
            "SELECT s.country_code, s.topic_id, CAST(g.value AS integer), COUNT(*), "  # noqa: S608
            "SUM(CAST(b.value ->> 'key' AS integer)) "
            f"FROM {{source}} CROSS JOIN {d.elements('s.ballots', 'b')} "
            f"CROSS JOIN {d.scalars(_field('b', 'categories'), 'g')} "
            "GROUP BY 1, 2, 3"
        )

    rows = _grouped(template, submissions, countries)
    return {(country, topic, category): (n, keys) for country, topic, category, n, keys in rows}


def _field(alias, key):
    return f"({alias}.value -> '{key}')"
