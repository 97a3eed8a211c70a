"""Synthetic results: for every table and topic one confirmed submission, by ballot
(most tables) or by show of hands, with answer distributions that differ by country
and by age band, and open answers (a few with personal data that redaction removes)."""

import datetime as dt
import functools
import uuid
from collections import Counter

from django.utils import timezone

from dialogues.domain.redaction import NameRegister, redact
from wetheinternet.core.record_keys import new_record_key

from .content import OPEN_ANSWERS, PERSONAL_ANSWERS

ABSTENTION = 0.03


def _dirichlet(rng, alphas):
    draws = [rng.gammavariate(alpha, 1) for alpha in alphas]
    total = sum(draws)
    return [d / total for d in draws]


def _preferences(rng, questions, countries):
    """``{(country, question_id): cumulative weights over option ids + [None]}``."""
    result = {}
    for question in questions:
        options = [option.pk for option in question.options.all()]
        base = _dirichlet(rng, [2.0] * len(options))
        for country in countries:
            shares = _dirichlet(rng, [20 * b + 0.2 for b in base])
            weights = [share * (1 - ABSTENTION) for share in shares] + [ABSTENTION]
            result[(country, question.pk)] = (options + [None], weights)
    return result


def write_results(dialogue, tables, questions, categories, options, rng, writer, progress):
    from results.models import OpenAnswer, ResultSubmission

    from ..models import OpenAnswerReview

    closed = [q for q in questions if q.kind != "open_text"]
    open_questions = {q.topic_id: q for q in questions if q.kind == "open_text"}
    topics = sorted({q.topic_id for q in questions})
    preferences = _preferences(rng, closed, sorted({country for _, country, _ in tables}))
    young = {categories["age"][0].pk}
    names = _redactor(NameRegister(seat[4] for _, _, seats in tables for seat in seats))
    submitted_at = timezone.make_aware(dt.datetime.combine(dialogue.deliberation_date, dt.time(15)), dt.UTC)
    for index, (table_id, country, seats) in enumerate(tables):
        if index % 200 == 0:
            progress("results", 0.2 + 0.75 * index / len(tables))
        by_ballot = rng.random() < options.ballot_share
        for topic in topics:
            present = [seat for seat in seats if rng.random() > 0.04]
            stored_counts, ballots = {}, {}
            for question in (q for q in closed if q.topic_id == topic):
                choices, weights = preferences[(country, question.pk)]
                counts = Counter()
                for seat, _registrant, consented, chosen, _name in present:
                    tilted = weights
                    if young & set(chosen):
                        tilted = [w * (1.6 if i == 0 else 1) for i, w in enumerate(weights)]
                    picks = {rng.choices(choices, weights=tilted)[0]}
                    if question.kind == "multiple_choice" and rng.random() < 0.5:
                        picks.add(rng.choices(choices, weights=tilted)[0])
                        if len(picks) > 1:
                            picks.discard(None)
                    counts.update(picks)
                    if by_ballot:
                        ballot = _ballot(ballots, seat, consented, chosen)
                        ballot["answers"].extend([question.pk, option] for option in picks)
                stored_counts[str(question.pk)] = [[option, count, new_record_key()] for option, count in counts.items()]
            submission_id = writer.add(
                ResultSubmission, table_id=table_id, topic_id=topic,
                client_id=uuid.uuid5(uuid.NAMESPACE_URL, f"seed_scale:{table_id}:{topic}"), submitted_at=submitted_at,
                people_present=len(present), entry_mode="ballots" if by_ballot else "counts",
                content_hash="synthetic", state="confirmed", counts=stored_counts, ballots=list(ballots.values()),
            )
            _open_answers(writer, OpenAnswer, OpenAnswerReview, rng, submission_id, open_questions.get(topic),
                          present, names)


def _ballot(ballots, seat, consented, chosen):
    """One ballot per seat and submission (made at its first answer), carrying the
    seat's categories when the person consented to anonymised statistics (the stored
    shape is results/domain/storage.py's)."""
    if seat not in ballots:
        ballots[seat] = {"seat": seat, "key": new_record_key(), "answers": [],
                         "categories": list(chosen) if consented else []}
    return ballots[seat]


def _open_answers(writer, answer_model, review_model, rng, submission_id, question, present, names):
    if question is None or not present:
        return
    texts = rng.sample(OPEN_ANSWERS, 2)
    if rng.random() < 0.02:
        person = rng.choice(present)
        template = rng.choice(PERSONAL_ANSWERS)
        texts[1] = template.format(name=person[4], email=f"seat{person[0]}@example.org", phone="+44 20 7946 0958")
    for rank, text in enumerate(texts, start=1):
        answer_id = writer.add(answer_model, submission_id=submission_id, question_id=question.pk, text=text, rank=rank)
        redacted, kinds = names(text)
        writer.add(review_model, answer_id=answer_id, redacted_text=redacted, found=" ".join(sorted(set(kinds))),
                   state="approved")


def _redactor(register):
    """``redact`` for the run's texts, once per distinct text (most texts repeat)."""

    @functools.cache
    def redacted(text):
        return redact(text, names=register, language="en", regions=["GB"])

    return redacted
