"""The result entry form of one table and session (pages; the API is in ``results.api``).

A plain form post works without JavaScript; the offline script posts the same form with
``Accept: application/json`` and gets a JSON answer with the API's status codes."""

import uuid

from django.contrib import messages
from django.http import JsonResponse
from django.shortcuts import get_object_or_404, redirect, render
from django.urls import reverse
from django.utils import timezone
from django.utils.translation import gettext as _

from dialogues.models import Table, Topic
from wetheinternet.core.permissions import permission_required
from wetheinternet.core.visibility import get_visible_or_404, visible_object

from ..domain import (
    ResultConflict,
    ResultInvalid,
    ResultRefused,
    check_entry_open,
    submit_table_result,
)
from ..domain.queries.sessions import current_result, result_history
from ..domain.questions import session_questions
from ..enums import EntryMode
from ..interfaces.checks import browser_checks
from ..interfaces.form import parse_entry_post, values_from_submission
from ..interfaces.form_layout import entry_layout


def table_from_url(request, table_id, topic_id=None):
    return visible_object(Table.objects.select_related("site__partner__dialogue__mirror"), request.user, pk=table_id)


def table_topic(request, table_id, topic_id):
    table = get_visible_or_404(Table.objects.select_related("site__partner__dialogue__mirror"), request.user, pk=table_id)
    topic = get_object_or_404(Topic.objects.select_related("dialogue"), pk=topic_id, dialogue=table.site.partner.dialogue)
    return table, topic


def _wants_json(request):
    return "application/json" in request.headers.get("Accept", "")


def _entry_mode(request, current):
    requested = request.POST.get("entry_mode") or request.GET.get("mode")
    if requested in EntryMode.values:
        return requested
    return current.entry_mode if current is not None else EntryMode.BALLOTS


def _client_id(request):
    try:
        return uuid.UUID(request.GET.get("id", ""))
    except ValueError:
        return uuid.uuid4()


@permission_required("results.enter_table_results", fn=table_from_url)
def result_entry(request, table_id, topic_id):
    table, topic = table_topic(request, table_id, topic_id)
    current = current_result(table, topic)
    mode = _entry_mode(request, current)
    questions = session_questions(topic)
    if request.method == "POST":
        return _post(request, table, topic, questions, mode, current)
    refusal = None
    try:
        check_entry_open(table, topic, timezone.now())
    except ResultRefused as refused:
        refusal = refused.message
    values = values_from_submission(current) if current is not None and current.entry_mode == mode else {}
    context = _context(table, topic, questions, mode, values, {}, current, refusal, client_id=_client_id(request))
    return render(request, "results/entry.html", context, status=403 if refusal else 200)


def _post(request, table, topic, questions, mode, current):
    parsed = parse_entry_post(request.POST, table, questions, mode)
    status, errors, message = 201, {}, ""
    if parsed.errors:
        status, errors, message = 400, parsed.errors, str(ResultInvalid({}).message)
    else:
        try:
            submission, created = submit_table_result(
                table, topic, by=request.user, payload=parsed.payload, client_id=parsed.client_id,
                replaces=parsed.replaces, questions=questions,
            )
        except ResultInvalid as invalid:
            status, errors, message = 400, parsed.form_errors(invalid.errors), str(invalid.message)
        except ResultConflict as conflict:
            status, message = 409, str(conflict.message)
        except ResultRefused as refused:
            status, message = 403, str(refused.message)
        else:
            status = 201 if created else 200
            message = _("Result sent. Thank you!") if created else _("This result was already received.")
    home = reverse("results:note_taker_home")
    if status in (200, 201):
        messages.success(request, message)
    if _wants_json(request):
        return JsonResponse({"status": status, "message": message, "errors": errors, "redirect": home}, status=status)
    if status in (200, 201):
        return redirect(home)
    values = {key: request.POST.getlist(key) for key in request.POST}
    context = _context(
        table, topic, questions, mode, values, errors, current, None, client_id=parsed.client_id or uuid.uuid4()
    )
    context["form_message"] = message
    return render(request, "results/entry.html", context, status=status)


def _context(table, topic, questions, mode, values, errors, current, refusal, *, client_id):
    return {
        "table": table,
        "topic": topic,
        "site": table.site,
        "layout": entry_layout(table, questions, mode, values, errors),
        "checks": browser_checks(table, questions, mode),
        "current": current,
        "refusal": refusal,
        "client_id": client_id,
        "other_mode": EntryMode.COUNTS if mode == EntryMode.BALLOTS else EntryMode.BALLOTS,
        "history": result_history(table, topic)[:10],
    }
