"""Demo step for result entry: table results in every state (sent, confirmed, rejected
with a reason, corrected with its history, a show of hands), some sessions left empty.
Runs after the registrations step (ballots copy the seats' categories). Idempotent:
client ids are derived from the table and session, so a second run stores nothing."""

import datetime as dt
import random
import uuid

from django.utils import timezone

from dialogues.demo_mirror import demo_mirror
from dialogues.enums import QuestionKind
from dialogues.models import Table, Topic

from .domain import confirm_result, entry_opens_at, reject_result, submit_table_result
from .domain.questions import open_answer_limit, session_questions
from .enums import EntryMode, ResultState
from .models import ResultSubmission

DEMO_NAMESPACE = uuid.UUID("0b8c6a52-7d0e-4f6f-8a39-2f4e1d9c5b70")
IDEAS = [
    "Every person should be able to prove who they are online without a private company in the middle.",
    "Teach how recommendation systems work in every secondary school.",
    "Public services must keep working for people without a smartphone.",
    "An independent body should audit the algorithms used by governments.",
    "Fast and affordable connection in rural areas before anything else.",
]
REJECTION = "Seats 3 and 4 seem swapped compared with the paper sheet: please check and send again."

# (table number, topic position) -> plan at the Buenos Aires site of the demo note taker
NOTE_TAKER_PLAN = {(1, 1): "confirmed", (1, 2): "corrected", (1, 3): "rejected", (2, 1): "show_of_hands"}
# elsewhere, by (table number + topic position) % 5
CYCLE = ["none", "sent", "confirmed", "rejected", "show_of_hands"]


def seed(context):
    topics = list(Topic.objects.filter(dialogue=context.dialogue, position__lte=3).order_by("position"))
    tables = Table.objects.filter(site__partner__dialogue=context.dialogue).select_related("site__partner__dialogue")
    for table in tables.order_by("site__name", "number"):
        for topic in topics:
            plan = _plan(table, topic, context)
            if plan != "none":
                _carry_out(plan, table, topic, context)
    _seed_mirror(context)


def _seed_mirror(context):
    """The demo mirror dialogue's tables (dialogues/demo_mirror.py): a confirmed result
    for each of its first two sessions, sent by its organiser, who takes the notes."""
    mirror = demo_mirror()
    if mirror is None:
        return
    topics = list(Topic.objects.filter(dialogue=mirror.dialogue, position__lte=2).order_by("position"))
    for table in Table.objects.filter(site__partner__dialogue=mirror.dialogue).order_by("number"):
        for topic in topics:
            _carry_out("confirmed", table, topic, context)


def _plan(table, topic, context):
    if table.note_taker_id == context.users["note_taker"].pk:
        return NOTE_TAKER_PLAN.get((table.number, topic.position), "none")
    return CYCLE[(table.number + topic.position) % len(CYCLE)]


def _client_id(table, topic, version):
    return uuid.uuid5(DEMO_NAMESPACE, f"demo-result:{table.pk}:{topic.pk}:{version}")


def _when(table, topic):
    opens_at = entry_opens_at(table, topic)
    if opens_at is None:
        return None
    now = timezone.now()
    return max(opens_at, min(now, opens_at + dt.timedelta(minutes=80)))


def _carry_out(plan, table, topic, context):
    when = _when(table, topic)
    if when is None:
        return
    sender = table.note_taker or context.users["note_taker"]
    mode = EntryMode.COUNTS if plan == "show_of_hands" else EntryMode.BALLOTS
    rng = random.Random(f"{table.pk}-{topic.pk}")
    payload = _payload(table, topic, mode, rng)
    first, _created = submit_table_result(table, topic, by=sender, payload=payload,
                                          client_id=_client_id(table, topic, 1), now=when)
    current = first
    if plan == "corrected":
        payload["people_present"] = max(payload["people_present"] - 1, len(payload["ballots"]) - 1)
        payload["ballots"] = payload["ballots"][: payload["people_present"]]
        current, _created = submit_table_result(table, topic, by=sender, payload=payload,
                                                client_id=_client_id(table, topic, 2),
                                                replaces=first.client_id, now=when + dt.timedelta(minutes=10))
    current = ResultSubmission.objects.get(pk=current.pk)
    reviewer = table.facilitator or context.users["coordinator"]
    if plan in ("confirmed", "show_of_hands") and current.state != ResultState.CONFIRMED:
        confirm_result(current, by=reviewer)
    elif plan == "rejected" and current.state != ResultState.REJECTED:
        reject_result(current, by=reviewer, reason=REJECTION)


def _payload(table, topic, mode, rng):
    questions = session_questions(topic)
    present = rng.randint(max(2, table.capacity - 3), table.capacity)
    payload = {"people_present": present, "entry_mode": mode, "ballots": [], "counts": [], "open_answers": []}
    if mode == EntryMode.BALLOTS:
        for seat in range(1, present + 1):
            answers = [{"question": q.pk, "options": _choice(q, rng)} for q in questions.closed]
            payload["ballots"].append({"seat": seat, "answers": answers})
    else:
        for question in questions.closed:
            left = present
            for option in question.options.all():
                count = rng.randint(0, left) if question.kind != QuestionKind.MULTIPLE_CHOICE else rng.randint(0, present)
                left -= count if question.kind != QuestionKind.MULTIPLE_CHOICE else 0
                payload["counts"].append({"question": question.pk, "option": option.pk, "count": count})
    for question in questions.open:
        chosen = rng.sample(IDEAS, min(open_answer_limit(question), 2))
        payload["open_answers"] += [{"question": question.pk, "text": text, "rank": n} for n, text in enumerate(chosen, 1)]
    return payload


def _choice(question, rng):
    options = [option.pk for option in question.options.all()]
    if question.allows_abstention and rng.random() < 0.1:
        return []
    if question.kind == QuestionKind.MULTIPLE_CHOICE:
        return rng.sample(options, min(len(options), rng.randint(1, question.max_answers or 2)))
    return [rng.choice(options)]
