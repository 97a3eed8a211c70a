"""Reviewing a table's result: its content and history, confirm or reject, the photo."""

from django.contrib import messages
from django.http import FileResponse, Http404
from django.shortcuts import redirect, render
from django.utils.translation import gettext as _
from django.views.decorators.http import require_POST

from wetheinternet.core.permissions import permission_required
from wetheinternet.core.visibility import get_visible_or_404, visible_object

from ..domain import ResultConflict, ResultInvalid, attach_photo, confirm_result, reject_result, storage
from ..domain.queries.sessions import current_result, result_history
from ..domain.questions import session_questions
from ..interfaces.forms import ResultDecisionForm, ResultPhotoForm, show_result_errors
from ..models import ResultSubmission
from .entry import table_from_url, table_topic


def submission_table(request, pk):
    submission = visible_object(ResultSubmission.objects.select_related("table__site__partner"), request.user, pk=pk)
    return submission.table if submission else None


def _content(submission, questions):
    counts = {(question, option): count for question, option, count in storage.count_rows(submission)}
    closed = [
        (q, [(o.label, counts.get((q.pk, o.pk), 0)) for o in q.options.all()], counts.get((q.pk, None)))
        for q in questions.closed
    ]
    answers = list(submission.open_answers.all())
    open_ = [(q, [a for a in answers if a.question_id == q.pk]) for q in questions.open]
    return closed, open_


@permission_required("results.view_table_results", fn=table_from_url)
def result_review(request, table_id, topic_id):
    return _render_review(request, table_id, topic_id)


def _render_review(request, table_id, topic_id, *, photo_form=None, decision_form=None, status=200):
    table, topic = table_topic(request, table_id, topic_id)
    current = current_result(table, topic)
    closed, open_ = _content(current, session_questions(topic)) if current else ([], [])
    context = {
        "table": table,
        "topic": topic,
        "current": current,
        "closed": closed,
        "open": open_,
        "history": result_history(table, topic),
        "can_review": request.user.has_perm("results.review_table_results", table),
        "can_attach": request.user.has_perm("results.attach_result_photo", table),
        "photo_form": photo_form or ResultPhotoForm(),
        "decision_form": decision_form or ResultDecisionForm(),
    }
    return render(request, "results/review.html", context, status=status)


@require_POST
@permission_required("results.review_table_results", fn=submission_table)
def review_result(request, pk):
    submission = get_visible_or_404(ResultSubmission.objects.all(), request.user, pk=pk)
    form = ResultDecisionForm(request.POST)
    form.is_valid()
    try:
        if request.POST.get("decision") == "confirm":
            confirm_result(submission, by=request.user)
            messages.success(request, _("Result confirmed."))
        else:
            reject_result(submission, by=request.user, reason=form.cleaned_data.get("reason", ""))
            messages.success(request, _("Result rejected: the note taker sees your reason."))
    except ResultInvalid as invalid:
        show_result_errors(form, invalid.errors)
        return _render_review(request, submission.table_id, submission.topic_id, decision_form=form, status=400)
    except ResultConflict as conflict:
        messages.error(request, conflict.message)
    return redirect("results:result_review", submission.table_id, submission.topic_id)


@require_POST
@permission_required("results.attach_result_photo", fn=submission_table)
def upload_result_photo(request, pk):
    submission = get_visible_or_404(ResultSubmission.objects.all(), request.user, pk=pk)
    form = ResultPhotoForm(request.POST, request.FILES)
    try:
        if not form.is_valid():
            return _render_review(request, submission.table_id, submission.topic_id, photo_form=form, status=400)
        attach_photo(submission, by=request.user, content=form.cleaned_data["photo"].read())
    except ResultInvalid as invalid:
        show_result_errors(form, invalid.errors)
        return _render_review(request, submission.table_id, submission.topic_id, photo_form=form, status=400)
    except ResultConflict as conflict:
        messages.error(request, conflict.message)
    else:
        messages.success(request, _("Photo attached."))
    return redirect("results:result_review", submission.table_id, submission.topic_id)


@permission_required("results.view_table_results", fn=submission_table)
def result_photo(request, pk):
    submission = get_visible_or_404(ResultSubmission.objects.select_related("photo"), request.user, pk=pk)
    if submission.photo is None:
        raise Http404
    response = FileResponse(submission.photo.file.open("rb"), content_type=submission.photo.content_type)
    response["Cache-Control"] = "private, no-store"
    response["Content-Disposition"] = f'inline; filename="{submission.photo.filename}"'
    return response
