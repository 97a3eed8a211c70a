"""Demo step for reports (last): the demo dialogue's open answers are prepared for
review with personal data removed; those where nothing had to be removed are approved
by the demo staff member, the others wait for an approver, who sees what was removed.
The demo staff member releases the results so far, as staff do during the day.
Reports themselves are built by workers: ``python manage.py build_reports demo``."""

from django.utils import timezone

from dialogues.demo_mirror import demo_mirror
from dialogues.domain.mirrors import approve_mirror_results

from .domain.releases import ReleaseError, release_results
from .domain.reviews import prepare_open_answer_reviews
from .enums import ReviewState
from .models import OpenAnswerReview


def seed(context):
    dialogue = context.dialogue
    prepare_open_answer_reviews(dialogue)
    clean = OpenAnswerReview.objects.filter(
        answer__submission__topic__dialogue=dialogue, state=ReviewState.PENDING, found=""
    )
    approved = clean.update(state=ReviewState.APPROVED, reviewed_by=context.users["staff"], reviewed_at=timezone.now())
    context.say(f"    {approved} open answers approved for the reports")
    try:
        release = release_results(
            dialogue, by=context.users["staff"], thank_participants=False,  # demo people
            dissemination_kits=False,  # queued by the analysis step, once the themes exist
        )
    except ReleaseError:
        _release_mirror(context)
        return
    context.say(f"    release {release.number} of the results ({release.tables} table results)")
    _release_mirror(context)


def _release_mirror(context):
    """The demo mirror dialogue's results released, and approved for publication by the
    demo staff member after their check."""
    mirror = demo_mirror()
    if mirror is None or mirror.results_approved:
        return
    try:
        release_results(mirror.dialogue, by=context.users["staff"], thank_participants=False)
    except ReleaseError:
        return
    approve_mirror_results(mirror, by=context.users["staff"])
    context.say(f"    mirror dialogue {mirror.dialogue.slug}: results released and approved for publication")
