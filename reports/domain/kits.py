"""Dissemination kits: for each country, region and the world, in each language, a ZIP
of a two-page key-findings PDF, a slide deck (one landscape slide per topic), every
chart as SVG and PNG, and a press summary, for partners and stakeholders to present
the results.

A kit is a leased job like a report (``models.DisseminationKit``, built by
``domain.jobs.build_job``) and is made of the same published figures as the reports
(``content.report_context`` on the latest release's ``Cube``), so it never prints what
the reports hide; a kit is launched for every area and language when staff release
results (``releases``), and served only while the dialogue's results are public."""

import hashlib

from django.db import transaction
from django.utils import timezone
from django.utils.text import slugify
from django.utils.translation import gettext as _

from dialogues.domain.queries import mirrors
from dialogues.enums import DialogueStatus
from wetheinternet.core.audit import log_action
from wetheinternet.core.exceptions import DomainError
from wetheinternet.core.outbox import defer

from ..enums import JobState, ReportScope
from ..models import DisseminationKit
from .chapters import topic_highlights
from .content import area_name, report_context
from .jobs import LAUNCH_ORDER, QUEUE_DEADLINE, build_job, report_targets
from .releases import latest_release

# Raise when a kit's content or layout changes, so that unchanged inputs rebuild.
KIT_FORMAT = 1
FINDINGS_PER_TOPIC = 2  # the key-findings PDF keeps to two pages
PRESS_FINDINGS = 5
HIGHLIGHTS_PER_TOPIC = 3
SLIDE_CHART_LINES = 30  # a chart taller than this does not fit on a slide beside its text


class KitError(DomainError):
    """A refused kit action (no release yet)."""


def results_are_public(dialogue):
    """True when the dialogue's figures may be downloaded: it is not a draft, staff (or
    the automatic release) have released results at least once, and a self-service
    mirror dialogue's results were approved by staff (``mirrors.results_are_public``)."""
    return (
        dialogue.status != DialogueStatus.DRAFT and mirrors.results_are_public(dialogue)
        and latest_release(dialogue) is not None
    )


def kit_fingerprint(kit, dialogue_digest):
    """The digest of one kit's inputs: the dialogue's (release, answers, themes, ...) and the kit's own key."""
    return hashlib.sha256(
        f"kit{KIT_FORMAT}|{dialogue_digest}|{kit.scope}|{kit.area}|{kit.language}".encode()
    ).hexdigest()


def launch_kits(dialogue, *, by, scopes=None, languages=None):
    """Queue a kit for every area of ``dialogue`` (countries with sites, their regions,
    the world) in each language, or only the given scopes and languages. Kits already
    running under a valid lease are left alone. Side effects: DisseminationKit rows, one
    deferred ``build_kit_task`` each, an audit entry ``reports.kits.launched``. Raises
    KitError when no results have been released."""
    if latest_release(dialogue) is None:
        raise KitError(_("No results have been released yet, so there is nothing to put in a kit."))
    now = timezone.now()
    kits = []
    targets = sorted(report_targets(dialogue, scopes=scopes, languages=languages), key=lambda t: LAUNCH_ORDER[t[0]])
    with transaction.atomic():
        for scope, area, language in targets:
            kit, _created = DisseminationKit.objects.get_or_create(
                dialogue=dialogue, scope=scope, area=area, language=language
            )
            if kit.state in (JobState.QUEUED, JobState.RUNNING) and kit.lease_expires_at and kit.lease_expires_at > now:
                kits.append(kit)
                continue
            DisseminationKit.objects.filter(pk=kit.pk).update(
                state=JobState.QUEUED,
                progress=0,
                attempts=0,
                error="",
                skipped=False,
                requested_by=by,
                lease_expires_at=now + QUEUE_DEADLINE,
                started_at=None,
                finished_at=None,
            )
            defer("reports.tasks.build_kit_task", kit.pk)
            kits.append(kit)
        log_action("reports.kits.launched", actor=by, target=dialogue, data={"kits": len(kits)})
    return kits


def build_kit(kit_id, *, render):
    """Build kit ``kit_id`` if it can be claimed, drawn by ``render(kit, progress=...) ->
    (zip bytes, filename, timings)`` (the worker passes ``interfaces.kits.render_kit``);
    skipped when its inputs have not changed. Side effects: a StoredFile (private), the
    kit's state, an audit entry ``reports.kit.built`` (or ``.skipped``/``.failed``)."""
    return build_job(
        DisseminationKit,
        kit_id,
        render=render,
        fingerprint=kit_fingerprint,
        content_type="application/zip",
        action="reports.kit",
    )


def chart_name(topic_index, question):
    """The file name (without extension) of a question's chart in a kit."""
    return f"{topic_index:02d}-{slugify(question.code) or question.pk}"


def _slide_section(sections, findings):
    """The question a topic's slide charts: the one of its strongest finding when its
    chart fits on a slide, else the first chart that fits, else the first chart."""
    charted = [section for section in sections if section.chart is not None]
    fitting = [s for s in charted if sum(1 + len(a.bars) for a in s.chart.answers) <= SLIDE_CHART_LINES]
    for finding in findings:
        for section in fitting:
            if section.question.pk == finding["question"].pk:
                return section
    return (fitting or charted or [None])[0]


def kit_context(cube, scope, area):
    """What a kit says: the report's context (published figures only) and, per topic,
    its strongest findings, the chart of its slide, its published highlights (the top
    themes, when the analysis has them), and every chart with its file name."""
    context = report_context(cube, scope, area)
    highlights = topic_highlights(cube, area)
    topics, charts = [], []
    for index, chapter in enumerate(context["chapters"], start=1):
        for section in chapter["sections"]:
            if section.chart is not None:
                charts.append(
                    {"name": chart_name(index, section.question), "topic": chapter["topic"], "section": section}
                )
        themes = highlights.get(chapter["topic"].pk, [])
        published = sorted((row for row in themes if row["count"]), key=lambda row: -row["count"])
        topics.append(
            {
                "topic": chapter["topic"],
                "findings": chapter["findings"][:FINDINGS_PER_TOPIC],
                "slide": _slide_section(chapter["sections"], chapter["findings"]),
                "highlights": published[:HIGHLIGHTS_PER_TOPIC],
                "hidden_highlights": sum(1 for row in themes if row["count"] is None),
            }
        )
    strongest = sorted((f for chapter in context["chapters"] for f in chapter["findings"]), key=lambda f: -f["share"])
    return context | {
        "kit_topics": topics,
        "charts": charts,
        "press_findings": strongest[:PRESS_FINDINGS],
        "any_highlights": any(topic["highlights"] for topic in topics),
    }


def public_kit(dialogue, area, language):
    """The built kit of ``area`` in ``language`` while the dialogue's results are public, else None."""
    if not results_are_public(dialogue):
        return None
    return (
        DisseminationKit.objects.select_related("file", "dialogue")
        .filter(dialogue=dialogue, area=area, language=language, file__isnull=False)
        .first()
    )


SCOPE_ORDER = {ReportScope.GLOBAL: 0, ReportScope.REGIONAL: 1, ReportScope.NATIONAL: 2}


def public_kits(dialogue):
    """The public results page's list: ``[(area name, area, [kit per language])]``,
    the world first, then regions, then countries (by name); empty unless the
    dialogue's results are public."""
    if not results_are_public(dialogue):
        return []
    kits = DisseminationKit.objects.select_related("file").filter(dialogue=dialogue, file__isnull=False)
    areas = {}
    for kit in kits:
        areas.setdefault((SCOPE_ORDER[kit.scope], kit.area), []).append(kit)
    rows = [
        (order, str(area_name(area)), area, sorted(found, key=lambda k: k.language))
        for (order, area), found in areas.items()
    ]
    return [(name, area, found) for _order, name, area, found in sorted(rows, key=lambda r: (r[0], r[1]))]


def kit_filename(kit, suffix):
    return f"{kit.dialogue.slug}-{kit.area}-{kit.language}-{suffix}".lower()


def kit_progress(dialogue):
    """Staff's view of the kits of ``dialogue``: how many exist, are built, are waiting,
    and the failed ones with their error: ``{"total", "done", "waiting", "failed": [(area name, language, error)]}``."""
    kits = list(DisseminationKit.objects.filter(dialogue=dialogue).values_list("area", "language", "state", "error"))
    return {
        "total": len(kits),
        "done": sum(1 for _a, _l, state, _e in kits if state == JobState.DONE),
        "waiting": sum(1 for _a, _l, state, _e in kits if state in (JobState.QUEUED, JobState.RUNNING)),
        "failed": [
            (str(area_name(area)), language, error) for area, language, state, error in kits if state == JobState.FAILED
        ],
    }
