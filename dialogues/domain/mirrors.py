"""Mirror dialogues, self-service: anyone makes their own dialogue from a published
toolkit, runs it with the partner, site, table and note-taker machinery of any dialogue
(they are the one approved partner of it), and staff can suspend it and approve its
results for publication. See docs/dialogue-kinds.md.

Apps above dialogues add their part of the sign-up through ``register_signup_step``
(conduct: the acceptance of the code of conduct) and say what counts as activity
through ``register_activity_check`` (registrations: registrants; results: results), so
that dialogues never imports them."""

import datetime as dt

from django.db import transaction
from django.utils import timezone
from django.utils.text import slugify
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy
from modeltranslation.utils import get_translation_fields

from wetheinternet.core.audit import log_action
from wetheinternet.core.deletion import deletion_blockers

from ..enums import DialogueKind, DialogueStatus, MirrorState, OnboardingState, PartnerRole
from ..models import AgendaTemplateItem, Dialogue, MirrorDialogue, Partner, ScheduledItem
from ..models.mirrors import MOST_EXPECTED_PARTICIPANTS
from .copying import copy_dialogue
from .errors import DialoguesError
from .people import invite_partner_member, normalise_email

# The data-protection agreement a self-service organiser accepts, by version. A new
# wording is a new version (the old ones stay, so what each organiser accepted can be
# read again); the sign-up form shows and records the current one.
AGREEMENTS = {
    "2026-12": gettext_lazy(
        "You organise this dialogue and are responsible for the personal data of its participants, "
        "note takers and facilitators: collect only what the dialogue needs, use it only to run it, keep it "
        "safe and share it with nobody. Ask each participant's consent with the texts the platform shows. "
        "The platform deletes the personal data after the retention period. Results are anonymous counts; "
        "they are published only after the organisers of We, the Internet have checked them."
    ),
}
CURRENT_AGREEMENT = "2026-12"

# ``step(mirror, *, by)``, run in the sign-up's transaction (``by``: the new organiser).
SIGNUP_STEPS = []
# ``check(dialogue) -> bool``: whether something happened in the dialogue.
ACTIVITY_CHECKS = []
# ``step(dialogue)``: removes an app's rows that would keep an idle mirror from being
# deleted (conduct: its organiser's acceptance of the mirror's code).
PURGE_STEPS = []


class MirrorError(DialoguesError):
    pass


def register_signup_step(step):
    if step not in SIGNUP_STEPS:
        SIGNUP_STEPS.append(step)


def register_activity_check(check):
    if check not in ACTIVITY_CHECKS:
        ACTIVITY_CHECKS.append(check)


def _name_languages(dialogue):
    """The languages of ``dialogue`` that have a column for its name."""
    columns = {field.removeprefix("name_") for field in get_translation_fields("name")}
    return [code for code in dialogue.languages if code in columns]


def register_purge_step(step):
    if step not in PURGE_STEPS:
        PURGE_STEPS.append(step)


def current_agreement():
    """``(version, text)`` of the data-protection agreement in force."""
    return CURRENT_AGREEMENT, AGREEMENTS[CURRENT_AGREEMENT]


def open_for_mirrors(source):
    """Whether anyone may make a mirror dialogue from ``source``: its toolkit is public
    and it is not itself a mirror dialogue."""
    return source.toolkit_published_at is not None and source.kind != DialogueKind.MIRROR


def _free_slug(organisation):
    base = f"mirror-{slugify(organisation)[:30].strip('-') or 'group'}"
    slug, n = base, 1
    while Dialogue.objects.filter(slug=slug).exists():
        n += 1
        slug = f"{base}-{n}"
    return slug


def check_signup_values(source, *, email, expected_participants, first_day, last_day, agreement_version, today):
    if not open_for_mirrors(source):
        raise MirrorError(_("This toolkit is not open for mirror dialogues."))
    if agreement_version != CURRENT_AGREEMENT:
        raise MirrorError(
            _("The data-protection agreement has changed since you opened the page: read it again and accept it."),
            field="accepts_agreement",
        )
    if not 1 <= expected_participants <= MOST_EXPECTED_PARTICIPANTS:
        raise MirrorError(
            _("Expect between 1 and %(most)s participants.") % {"most": MOST_EXPECTED_PARTICIPANTS},
            field="expected_participants",
        )
    if first_day < today:
        raise MirrorError(_("The first day of your dialogue cannot be in the past."), field="first_day")
    if last_day is not None and last_day < first_day:
        raise MirrorError(_("The last day of the dialogue cannot be before its first day."), field="last_day")
    if (
        MirrorDialogue.objects.unscoped("the sign-up refuses a second mirror of one toolkit")
        .filter(source=source, organiser__email=normalise_email(email))
        .exists()
    ):
        raise MirrorError(
            _("You already run a mirror dialogue of this toolkit: sign in to continue with it."), field="email"
        )


def start_mirror_dialogue(
    source,
    *,
    organisation,
    country,
    expected_participants,
    full_name,
    email,
    language,
    first_day,
    agreement_version,
    last_day=None,
    today=None,
):
    """Make a mirror dialogue of ``source``'s toolkit for a group, with no staff approval.

    The dialogue is a copy of ``source`` (``copy_dialogue``, kind "mirror", status
    "partners onboarding") whose one partner is the group, approved, covering
    ``country``; the person signing up is invited as its coordinator (an account
    through the invitation e-mail, like any partner member) and recorded as having
    accepted the data-protection agreement ``agreement_version``; each registered
    sign-up step runs (conduct: their acceptance of the code of conduct).

    Side effects: the copied dialogue and its design, the partner, the account and
    membership (invitation e-mail), the MirrorDialogue row, the sign-up steps, audit
    entry ``dialogues.mirror.started``. Raises MirrorError for refused values."""
    today = today or timezone.localdate()
    organisation = organisation.strip()
    check_signup_values(
        source,
        email=email,
        expected_participants=expected_participants,
        first_day=first_day,
        last_day=last_day,
        agreement_version=agreement_version,
        today=today,
    )
    with transaction.atomic():
        dialogue = copy_dialogue(
            source,
            by=None,
            slug=_free_slug(organisation),
            name=f"{organisation}: {source.name}"[:200],
            first_day=first_day,
            last_day=last_day,
            kind=DialogueKind.MIRROR,
        )
        dialogue.status = DialogueStatus.PARTNERS_ONBOARDING
        # Named in each of its languages after the group and the toolkit's own name there.
        names = {
            f"name_{code}": f"{organisation}: {getattr(source, f'name_{code}', '') or source.name}"[:200]
            for code in _name_languages(dialogue)
        }
        for field, value in names.items():
            setattr(dialogue, field, value)
        dialogue.save(update_fields=["status", "updated_at", *names])
        partner = Partner.objects.create(
            dialogue=dialogue,
            name=organisation,
            countries=[country],
            contact_email=normalise_email(email),
            state=OnboardingState.APPROVED,
        )
        membership = invite_partner_member(
            partner, email=email, role=PartnerRole.COORDINATOR, by=None, full_name=full_name, language=language
        )
        mirror = MirrorDialogue.objects.create(
            dialogue=dialogue,
            source=source,
            organisation=organisation,
            country=country,
            expected_participants=expected_participants,
            organiser=membership.user,
            agreement_version=agreement_version,
            agreement_accepted_at=timezone.now(),
        )
        for step in SIGNUP_STEPS:
            step(mirror, by=membership.user)
        log_action(
            "dialogues.mirror.started",
            actor=membership.user,
            target=dialogue,
            data={"source": source.pk, "country": str(country), "agreement": agreement_version},
        )
    return mirror


def suspend_mirror(mirror, *, by, reason):
    """Staff suspend a mirror dialogue: its people can no longer open its pages nor enter
    results, and are told why. Side effects: state, audit entry ``dialogues.mirror.suspended``."""
    if not reason.strip():
        raise MirrorError(_("Say why the mirror dialogue is suspended."), field="reason")
    if mirror.is_suspended:
        raise MirrorError(_("This mirror dialogue is already suspended."))
    with transaction.atomic():
        mirror.state = MirrorState.SUSPENDED
        mirror.suspended_at, mirror.suspended_by, mirror.suspension_reason = timezone.now(), by, reason.strip()
        mirror.save(update_fields=["state", "suspended_at", "suspended_by", "suspension_reason", "updated_at"])
        log_action("dialogues.mirror.suspended", actor=by, target=mirror.dialogue)
    return mirror


def reinstate_mirror(mirror, *, by):
    """Lift a suspension. Side effects: state, audit entry ``dialogues.mirror.reinstated``."""
    if not mirror.is_suspended:
        raise MirrorError(_("This mirror dialogue is not suspended."))
    with transaction.atomic():
        mirror.state = MirrorState.ACTIVE
        mirror.suspended_at, mirror.suspended_by, mirror.suspension_reason = None, None, ""
        mirror.save(update_fields=["state", "suspended_at", "suspended_by", "suspension_reason", "updated_at"])
        log_action("dialogues.mirror.reinstated", actor=by, target=mirror.dialogue)
    return mirror


def approve_mirror_results(mirror, *, by):
    """Staff checked the mirror's results: from now on its released figures are public
    (its reports, open data, dashboard and comparison). Side effects: approval time and
    person, audit entry ``dialogues.mirror.results_approved``."""
    if mirror.is_suspended:
        raise MirrorError(_("Reinstate the mirror dialogue before approving its results."))
    if mirror.results_approved:
        raise MirrorError(_("The results of this mirror dialogue are already approved for publication."))
    with transaction.atomic():
        mirror.results_approved_at, mirror.results_approved_by = timezone.now(), by
        mirror.save(update_fields=["results_approved_at", "results_approved_by", "updated_at"])
        log_action("dialogues.mirror.results_approved", actor=by, target=mirror.dialogue)
    return mirror


def withdraw_results_approval(mirror, *, by):
    """Hide the mirror's results again. Side effects: approval cleared, audit entry
    ``dialogues.mirror.results_withdrawn``."""
    if not mirror.results_approved:
        raise MirrorError(_("The results of this mirror dialogue are not approved for publication."))
    with transaction.atomic():
        mirror.results_approved_at, mirror.results_approved_by = None, None
        mirror.save(update_fields=["results_approved_at", "results_approved_by", "updated_at"])
        log_action("dialogues.mirror.results_withdrawn", actor=by, target=mirror.dialogue)
    return mirror


def has_activity(dialogue):
    """Whether anything happened in ``dialogue`` (a registered activity check says so).
    With no check registered, every dialogue counts as active: nothing is deleted by
    mistake."""
    return not ACTIVITY_CHECKS or any(check(dialogue) for check in ACTIVITY_CHECKS)


def purge_inactive_mirrors(today):
    """Delete the mirror dialogues in which nothing happened (no registrant, no result)
    once their retention period after the window's last day has passed: they hold
    nothing but their organiser's sign-up. Part of the retention purge
    (``registrations.domain.retention``). The agenda and each registered purge step's
    rows go first (they hold protected references to the design); a mirror something
    else still depends on is left alone (``deletion_blockers``). Side effects: the
    dialogues and everything in them deleted, audit entry ``dialogues.mirror.purged``
    each. Returns how many."""
    purged = 0
    mirrors = MirrorDialogue.objects.unscoped("the retention purge reads every mirror").select_related("dialogue")
    for mirror in mirrors:
        dialogue = mirror.dialogue
        if dialogue.last_day + dt.timedelta(days=dialogue.retention_days) >= today or has_activity(dialogue):
            continue
        with transaction.atomic():
            ScheduledItem.objects.filter(site__partner__dialogue=dialogue).delete()
            AgendaTemplateItem.objects.filter(dialogue=dialogue).delete()
            for step in PURGE_STEPS:
                step(dialogue)
            if deletion_blockers(dialogue) is not None:
                transaction.set_rollback(True)
                continue
            log_action("dialogues.mirror.purged", data={"dialogue": dialogue.pk, "source": mirror.source_id})
            dialogue.delete()
        purged += 1
    return purged
