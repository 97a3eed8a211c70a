"""What a report job is built from: the fingerprint of its inputs and the shared cube of
figures (the PDF itself is drawn by ``interfaces.rendering``)."""

import hashlib

from django.db.models import Count, Max, Sum

from .chapters import extra_chapter_fingerprints
from .cube import Cube
from .releases import latest_release

# Raise when the report's content or layout changes, so that unchanged inputs rebuild.
REPORT_FORMAT = 9

_cube_cache = {}


def dialogue_fingerprint(dialogue):
    """A digest of everything public figures are made from: the latest release of
    results, the approved open answers, the threshold, the dialogue's questions and
    options, and what the chapters other apps add are made of."""
    from dialogues.models import Option, Question

    from ..models import OpenAnswerReview

    release = latest_release(dialogue)
    results = release.pk if release else None
    reviews = OpenAnswerReview.objects.filter(answer__submission__topic__dialogue=dialogue, state="approved").aggregate(
        n=Count("id"), ids=Sum("id"), last=Max("reviewed_at")
    )
    questions = Question.objects.filter(topic__dialogue=dialogue).aggregate(n=Count("id"), ids=Sum("id"))
    options = Option.objects.filter(question__topic__dialogue=dialogue).aggregate(n=Count("id"), ids=Sum("id"))
    parts = [REPORT_FORMAT, dialogue.anonymity_threshold, dialogue.updated_at, results, reviews, questions, options,
             extra_chapter_fingerprints(dialogue)]
    return hashlib.sha256(repr(parts).encode()).hexdigest()


def input_fingerprint(job, dialogue_digest=None):
    """The digest of one report's inputs: the dialogue's and the report's own key."""
    digest = dialogue_digest or dialogue_fingerprint(job.dialogue)
    return hashlib.sha256(f"{digest}|{job.scope}|{job.area}|{job.language}".encode()).hexdigest()


def cube_for(dialogue, fingerprint_key):
    """One cube per worker process and dialogue state: national reports share it."""
    key = (dialogue.pk, fingerprint_key)
    if key not in _cube_cache:
        _cube_cache.clear()
        _cube_cache[key] = Cube(dialogue)
    return _cube_cache[key]
