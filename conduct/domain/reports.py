"""Incident reports from anyone, signed in or not. The report is written first; the
conduct team is told only after the transaction commits, and a failure to tell them
never loses the report (it is in the queue, and the sweep in tasks.py re-sends)."""

import logging
import re

from django.db import transaction
from django.utils.translation import gettext as _

from wetheinternet.core.audit import log_action
from wetheinternet.core.outbox import defer

from ..enums import CaseState, PlaceKind, ReportKind
from ..models import Incident, StateChange
from .errors import ConductError
from .receipts import new_receipt_code, receipt_digest

logger = logging.getLogger(__name__)

# Generous bounds: long enough for any real account, short enough to refuse floods.
MAX_DESCRIPTION = 20_000
MAX_SHORT_TEXT = 500


def submit_report(*, description, happened_when, place_kind, relation, site=None, dialogue=None, place_detail="",
                  people_involved="", is_urgent=False, contact="", share_with_site_contact=True,
                  kind=ReportKind.INCIDENT, related_receipt_code="", reporter=None, language="en"):
    """Write an incident report and return ``(incident, receipt_code)``; the code is
    shown once to the reporter and only its digest is kept.

    Side effects: one Incident row and its first StateChange, audit
    ``conduct.incident.reported`` (ids only), and a deferred task (handed over after commit,
    again by the outbox sweep if the broker is away) that e-mails the
    Response Lead (and, when urgent, the site's conduct contact)."""
    if not description.strip():
        raise ConductError(_("Describe what happened."))
    if len(description) > MAX_DESCRIPTION:
        raise ConductError(_("Please keep the description under %(count)s characters.") % {"count": MAX_DESCRIPTION})
    if place_kind == PlaceKind.SITE and site is None:
        raise ConductError(_("Choose the site where it happened."))
    if place_kind != PlaceKind.SITE:
        site = None
    related_case = find_related_case(related_receipt_code) if kind == ReportKind.ABOUT_DECISION else None
    code = new_receipt_code()
    with transaction.atomic():
        incident = Incident.objects.create(
            receipt_digest=receipt_digest(code), kind=kind, related_case=related_case,
            dialogue=dialogue or (site.partner.dialogue if site else None), place_kind=place_kind, site=site,
            place_detail=place_detail[:MAX_SHORT_TEXT], happened_when=happened_when[:MAX_SHORT_TEXT],
            description=description, people_involved=people_involved, relation=relation, is_urgent=is_urgent,
            contact=contact[:MAX_SHORT_TEXT], share_with_site_contact=share_with_site_contact,
            first_line_contact=site.conduct_contact if site is not None and share_with_site_contact else None,
            reporter=reporter if reporter is not None and reporter.is_authenticated else None, language=language,
        )
        StateChange.objects.create(incident=incident, from_state="", to_state=CaseState.NEW, by=incident.reporter)
        log_action(
            "conduct.incident.reported", actor=reporter, target=incident,
            data={"urgent": is_urgent, "kind": kind, "site": getattr(site, "pk", None)},
        )
        defer("conduct.tasks.notify_conduct_team", incident.pk)
    return incident, code


def decision_reference(incident):
    """The reference printed in a decision's message, so that the person concerned can
    write "about a decision" without knowing the reporter's receipt code. It reveals
    nothing: it only links their new report to the case."""
    return f"C-{incident.pk}"


def find_related_case(text):
    """The case a report "about a decision" refers to: by decision reference (C-123)
    or by receipt code. None when nothing matches."""
    match = re.fullmatch(r"\s*C-?(\d+)\s*", text or "", flags=re.IGNORECASE)
    if match:
        return Incident.objects.filter(pk=int(match.group(1))).first()
    return find_by_receipt(text) if text else None


def find_by_receipt(code):
    """The case whose receipt code is ``code``, or None."""
    if not code:
        return None
    return Incident.objects.filter(receipt_digest=receipt_digest(code)).select_related("decision").first()
