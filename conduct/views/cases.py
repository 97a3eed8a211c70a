"""The conduct team's pages: the queue, a case, its actions and its audit log."""

import datetime as dt

from django.contrib import messages
from django.core.exceptions import PermissionDenied
from django.shortcuts import redirect, render
from django.utils import timezone
from django.utils.translation import gettext as _
from django.views.decorators.http import require_GET, require_POST

from dialogues.models import Dialogue, Site
from wetheinternet.core.audit import entries_for
from wetheinternet.core.exports import FORMATS, export_response
from wetheinternet.core.forms import show_domain_error
from wetheinternet.core.lists import apply_list, list_page
from wetheinternet.core.permissions import permission_required
from wetheinternet.core.visibility import visible_object

from ..domain import decisions, triage
from ..domain.errors import ConductError
from ..domain.exports import export_cases
from ..domain.participants import participant
from ..domain.queries.statistics import handling_times
from ..enums import OPEN_STATES, CaseState
from ..interfaces.case_list import case_list_spec
from ..interfaces.forms_triage import (
    AssignForm,
    DecisionEndForm,
    DecisionForm,
    MoveForm,
    NoteForm,
    QueueFilterForm,
    RecuseForm,
)
from ..models import Incident


def _cases():
    return Incident.objects.select_related("site__conduct_contact", "dialogue")


def _incident(request, pk):
    return visible_object(_cases(), request.user, pk=pk)


def _open_case(request, pk):
    """A case the person may not read is refused, whether it exists or not."""
    incident = _incident(request, pk)
    if incident is None:
        raise PermissionDenied
    return incident


@permission_required("conduct.view_queue")
def queue(request):
    readable = Incident.objects.visible_to(request.user)
    form = QueueFilterForm(
        request.GET or None,
        dialogues=Dialogue.objects.filter(incidents__in=readable).distinct(),
        sites=Site.objects.unscoped("the sites of the cases this person reads").filter(incidents__in=readable).distinct(),
    )
    cases = _filtered(readable, form.cleaned_data if form.is_valid() else {})
    times = handling_times(list(cases.only("created_at", "acknowledged_at", "closed_at")))
    page = list_page(
        request, cases.select_related("site", "dialogue").prefetch_related("assignments__handler"),
        case_list_spec(), key="conduct-cases",
    )
    return render(request, "conduct/queue.html", {"form": form, "list": page, "times": times})


@require_GET
@permission_required("conduct.view_queue")
def queue_export(request):
    """The cases of the queue as filtered and sorted, streamed as CSV or XLSX: their
    handling (state, place, times), never what was reported nor who reported it."""
    readable = Incident.objects.visible_to(request.user)
    form = QueueFilterForm(
        request.GET or None,
        dialogues=Dialogue.objects.filter(incidents__in=readable).distinct(),
        sites=Site.objects.unscoped("the sites of the cases this person reads").filter(incidents__in=readable).distinct(),
    )
    file_format = request.GET.get("format") if request.GET.get("format") in FORMATS else "csv"
    cases, *_applied = apply_list(
        _filtered(readable, form.cleaned_data if form.is_valid() else {}), request.GET, case_list_spec()
    )
    header, rows = export_cases(cases, by=request.user, file_format=file_format)
    return export_response(file_format, "conduct-cases", header, rows)


def _filtered(cases, filters):
    state = filters.get("state") or ""
    if state == "":
        cases = cases.filter(state__in=OPEN_STATES)
    elif state != "all":
        cases = cases.filter(state=state)
    if filters.get("urgency") == "urgent":
        cases = cases.filter(is_urgent=True)
    if filters.get("dialogue"):
        cases = cases.filter(dialogue=filters["dialogue"])
    if filters.get("site"):
        cases = cases.filter(site=filters["site"])
    age = filters.get("age") or ""
    now = timezone.now()
    if age == "older":
        cases = cases.filter(created_at__lt=now - dt.timedelta(days=30))
    elif age:
        cases = cases.filter(created_at__gte=now - dt.timedelta(days=int(age)))
    return cases


@permission_required("conduct.view_case", fn=_incident)
def case(request, pk):
    incident = _open_case(request, pk)
    triage.open_case(incident, by=request.user)
    user = request.user
    decision = getattr(incident, "decision", None)
    context = {
        "incident": incident,
        "changes": incident.state_changes.select_related("by"),
        "notes": incident.notes.select_related("author"),
        "assignments": incident.assignments.select_related("handler"),
        "recusals": incident.recusals.select_related("handler"),
        "decision": decision,
        "decision_participant": participant(decision.subject_participant_id) if decision else None,
        "related_reports": incident.related_reports.all(),
        "moves": [state for state in CaseState if state in _moves(incident)],
        "note_form": NoteForm(),
        "can_work": user.has_perm("conduct.change_case_state", incident),
        "can_assign": user.has_perm("conduct.assign_case", incident),
        "can_decide": user.has_perm("conduct.decide_case", incident),
        "assign_form": AssignForm(incident=incident) if user.has_perm("conduct.assign_case", incident) else None,
        "recuse_form": RecuseForm(initial={"handler": user.pk}),
        "decision_form": DecisionForm(),
        "end_form": DecisionEndForm(),
    }
    return render(request, "conduct/case.html", context)


def _moves(incident):
    from ..enums import STATE_MOVES

    return STATE_MOVES[CaseState(incident.state)]


def _done(request, incident, error=None):
    if error is not None:
        messages.error(request, str(error))
    return redirect("conduct:case", pk=incident.pk)


@require_POST
@permission_required("conduct.change_case_state", fn=_incident)
def move(request, pk):
    incident = _open_case(request, pk)
    form = MoveForm(request.POST)
    if not form.is_valid():
        return _done(request, incident, ConductError(form.errors.as_text()))
    try:
        triage.move_case(incident, form.cleaned_data["to_state"], by=request.user)
    except ConductError as error:
        return _done(request, incident, error)
    return _done(request, incident)


@require_POST
@permission_required("conduct.assign_case", fn=_incident)
def assign(request, pk):
    incident = _open_case(request, pk)
    form = AssignForm(request.POST, incident=incident)
    if not form.is_valid():
        return _done(request, incident, ConductError(form.errors.as_text()))
    try:
        triage.assign_handler(incident, form.cleaned_data["handler"], by=request.user)
    except ConductError as error:
        return _done(request, incident, error)
    return _done(request, incident)


@require_POST
@permission_required("conduct.recuse_from_case", fn=_incident)
def recuse(request, pk):
    incident = _open_case(request, pk)
    form = RecuseForm(request.POST)
    if not form.is_valid():
        return _done(request, incident, ConductError(form.errors.as_text()))
    handler = form.cleaned_data["handler"]
    if handler != request.user and not request.user.has_perm("conduct.assign_case", incident):
        return _done(request, incident, ConductError(_("Only the Response Lead records another person's recusal.")))
    try:
        triage.recuse(incident, handler, by=request.user)
    except ConductError as error:
        return _done(request, incident, error)
    if handler == request.user:
        return redirect("conduct:queue")
    return _done(request, incident)


@require_POST
@permission_required("conduct.add_case_note", fn=_incident)
def note(request, pk):
    incident = _open_case(request, pk)
    form = NoteForm(request.POST)
    if form.is_valid():
        triage.add_note(incident, body=form.cleaned_data["body"], by=request.user)
        return _done(request, incident)
    return _done(request, incident, ConductError(form.errors.as_text()))


@require_POST
@permission_required("conduct.decide_case", fn=_incident)
def decide(request, pk):
    incident = _open_case(request, pk)
    form = DecisionForm(request.POST)
    if form.is_valid():
        data = form.cleaned_data
        try:
            decisions.decide(
                incident, by=request.user, step=data["step"], repair_step=data["repair_step"], message=data["message"],
                ends_at=data["ends_at"], subject_user=data["subject_email"], limited_activity=data["limited_activity"],
                subject_participant_id=getattr(data["subject_reference"], "id", None),
            )
        except ConductError as error:
            show_domain_error(form, error)
        else:
            return _done(request, incident)
    return render(request, "conduct/decision_form.html", {"incident": incident, "form": form}, status=400)


@require_POST
@permission_required("conduct.decide_case", fn=_incident)
def change_end(request, pk):
    incident = _open_case(request, pk)
    form = DecisionEndForm(request.POST)
    decision = getattr(incident, "decision", None)
    if decision is None or not form.is_valid():
        return _done(request, incident, ConductError(form.errors.as_text() or _("This case has no decision yet.")))
    try:
        decisions.change_decision_end(decision, ends_at=form.cleaned_data["ends_at"], by=request.user)
    except ConductError as error:
        return _done(request, incident, error)
    return _done(request, incident)


@require_POST
@permission_required("conduct.decide_case", fn=_incident)
def mark_false(request, pk):
    incident = _open_case(request, pk)
    triage.mark_false_or_retaliatory(incident, by=request.user, marked=request.POST.get("marked") == "1")
    return _done(request, incident)


@permission_required("conduct.view_audit_log", fn=_incident)
def audit_log(request, pk):
    incident = _open_case(request, pk)
    return render(request, "conduct/audit_log.html", {"incident": incident, "entries": entries_for(incident)})
