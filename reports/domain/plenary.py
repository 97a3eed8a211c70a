"""A demonstration's plenary screen: a page for the room's projector, refreshing itself,
that shows each group's key open answers (approved, redacted) and the room's votes
beside the main Deliberation Day's released results on the same question codes
(``comparisons``).

What it shows and from where:
- the room's votes are the demonstration's *released* figures (``Cube``: perturbed,
  small numbers hidden with the demonstration's k), never the results as they arrive:
  a release takes in new groups only once at least two groups and k people are new
  (``release_due_results``), so one group's votes cannot be told from the difference
  between two screens;
- the main dialogue's figures are its latest release only;
- a group's open answers are those reviewers approved (``reviews``), from its counted
  result; the originals are never shown;
- how many groups have reported is a count of tables, not a result (as on the wall).

Who sees it: the event's organisers (its partner's members) and staff, signed in
(``reports.view_plenary``); the projector, which nobody signs in on, opens a signed
link (``projector_token``) valid for ``PROJECTOR_LINK_DAYS`` days."""

from dataclasses import dataclass

from django.core import signing
from django.utils import timezone

from dialogues.models import Table

from ..enums import ReviewState
from ..models import OpenAnswerReview
from .comparisons import dialogue_comparison
from .queries.counts import counted_submissions
from .releases import release_due_results

PROJECTOR_SALT = "reports.plenary.projector"
PROJECTOR_LINK_DAYS = 3
ANSWERS_PER_QUESTION = 3


@dataclass(frozen=True)
class GroupAnswers:
    """One group (table) and its approved open answers: ``[(question, [text, ...])]``."""

    number: int
    questions: tuple


def projector_token(dialogue):
    """A signed, expiring token that opens ``dialogue``'s plenary screen without signing in."""
    return signing.dumps(dialogue.pk, salt=PROJECTOR_SALT)


def is_projector_token(dialogue, token):
    """True when ``token`` was made for ``dialogue`` and has not expired."""
    try:
        value = signing.loads(token or "", salt=PROJECTOR_SALT, max_age=PROJECTOR_LINK_DAYS * 24 * 3600)
    except signing.BadSignature:
        return False
    return value == dialogue.pk


def group_answers(dialogue):
    """Each reporting group's approved open answers, by table number then question, the
    group's own ranking first (at most ``ANSWERS_PER_QUESTION`` per question)."""
    reviews = (
        OpenAnswerReview.objects.filter(
            state=ReviewState.APPROVED, answer__submission__in=counted_submissions(dialogue)
        )
        .select_related("answer__question__topic", "answer__submission__table")
        .order_by(
            "answer__submission__table__number",
            "answer__question__topic__position",
            "answer__question__position",
            "answer__rank",
            "answer_id",
        )
    )
    groups = {}
    for review in reviews:
        answer = review.answer
        questions = groups.setdefault(answer.submission.table.number, {})
        texts = questions.setdefault(answer.question, [])
        if len(texts) < ANSWERS_PER_QUESTION:
            texts.append(review.redacted_text)
    return [GroupAnswers(number, tuple(questions.items())) for number, questions in sorted(groups.items())]


def plenary_context(dialogue, *, now=None):
    """Everything the plenary screen shows (see the module)."""
    tables = Table.objects.filter(site__partner__dialogue=dialogue).count()
    reporting = counted_submissions(dialogue).values("table_id").distinct().count()
    comparison = dialogue_comparison(dialogue)
    return {
        "dialogue": dialogue,
        "comparison": comparison,
        "groups": group_answers(dialogue),
        "tables": tables,
        "tables_reporting": reporting,
        "generated_at": now or timezone.now(),
    }


def update_room_figures(dialogue, *, by):
    """The organiser asks for the room's latest safe figures now, rather than at the
    next periodic release: ``release_due_results`` (what is new is taken in only when
    it covers two groups and k people). Returns the release, or None when nothing new
    is safe to show yet. Side effects as ``release_due_results``."""
    return release_due_results(dialogue, by=by)
