"""Evaluation questionnaires: participants answer with their one-time code, partners,
volunteers and decision makers signed in; staff issue codes and read the protected
summary."""

from django.contrib import messages
from django.contrib.auth.views import redirect_to_login
from django.core.exceptions import PermissionDenied
from django.http import FileResponse, Http404
from django.shortcuts import get_object_or_404, redirect, render
from django.urls import reverse
from django.utils.http import urlencode
from django.utils.translation import get_language
from django.utils.translation import gettext as _

from wetheinternet.core.forms import posted, show_domain_error
from wetheinternet.core.permissions import permission_required

from ..domain.errors import EvaluationError
from ..domain.evaluation import (
    evaluation_summary,
    has_answered,
    issue_tokens,
    submission_count,
    submit_signed_in,
    submit_with_token,
)
from ..domain.evaluation_report import request_evaluation_report
from ..enums import Audience
from ..interfaces.forms import EvaluationForm, EvaluationReportForm, IssueTokensForm
from ..models import EvaluationReport, EvaluationSubmission, EvaluationToken, Questionnaire
from .common import dialogue_from_url


def answer(request, slug, audience):
    questionnaire = get_object_or_404(Questionnaire, dialogue__slug=slug, audience=audience)
    by_token = audience in Audience.by_token()
    if not by_token:
        if not request.user.is_authenticated:
            return redirect_to_login(request.get_full_path())
        if not request.user.has_perm("analysis.answer_evaluation", questionnaire):
            raise PermissionDenied
        if has_answered(questionnaire, request.user):
            return render(request, "analysis/evaluation_thanks.html", {"questionnaire": questionnaire, "again": True})
    form = EvaluationForm(posted(request), questionnaire=questionnaire, with_token=by_token,
                          token=request.GET.get("token", "")[:100])
    if request.method == "POST" and form.is_valid():
        try:
            if by_token:
                submit_with_token(questionnaire, form.cleaned_data["token"], form.raw_answers(),
                                  language=get_language())
            else:
                submit_signed_in(questionnaire, request.user, form.raw_answers(), language=get_language())
        except EvaluationError as error:
            show_domain_error(form, error)
        else:
            return render(request, "analysis/evaluation_thanks.html", {"questionnaire": questionnaire})
    return render(request, "analysis/evaluation_form.html", {"questionnaire": questionnaire, "form": form,
                                                             "closed": not questionnaire.is_open})


@permission_required("analysis.manage_evaluation", fn=dialogue_from_url)
def evaluation_home(request, slug):
    dialogue = dialogue_from_url(request, slug)
    questionnaires = []
    for questionnaire in Questionnaire.objects.filter(dialogue=dialogue):
        questionnaires.append({
            "questionnaire": questionnaire, "by_token": questionnaire.audience in Audience.by_token(),
            "submissions": EvaluationSubmission.objects.filter(questionnaire=questionnaire).count(),
            "tokens": EvaluationToken.objects.filter(questionnaire=questionnaire).count(),
            "used": EvaluationToken.objects.filter(questionnaire=questionnaire, used=True).count(),
        })
    reports = EvaluationReport.objects.filter(dialogue=dialogue).select_related("file")[:10]
    return render(request, "analysis/evaluation_home.html", {
        "dialogue": dialogue, "questionnaires": questionnaires, "form": IssueTokensForm(),
        "reports": reports, "report_form": EvaluationReportForm(dialogue=dialogue)})


@permission_required("analysis.manage_evaluation", fn=dialogue_from_url)
def build_report(request, slug):
    """Queue the evaluation report (PDF) in the language asked for (POST)."""
    dialogue = dialogue_from_url(request, slug)
    form = EvaluationReportForm(posted(request), dialogue=dialogue)
    if request.method == "POST" and form.is_valid():
        request_evaluation_report(dialogue, by=request.user, language=form.cleaned_data["language"])
        messages.success(request, _("The evaluation report is being built: reload this page in a moment."))
    else:
        messages.error(request, _("Choose one of the dialogue's languages."))
    return redirect("analysis:evaluation", slug=slug)


@permission_required("analysis.manage_evaluation", fn=dialogue_from_url)
def report_download(request, slug, pk):
    dialogue = dialogue_from_url(request, slug)
    report = get_object_or_404(EvaluationReport.objects.select_related("file"), dialogue=dialogue, pk=pk)
    if report.file is None:
        raise Http404
    return FileResponse(report.file.file.open("rb"), as_attachment=True, filename=report.file.filename,
                        content_type="application/pdf")


@permission_required("analysis.manage_evaluation", fn=dialogue_from_url)
def issue(request, slug, pk):
    dialogue = dialogue_from_url(request, slug)
    questionnaire = get_object_or_404(Questionnaire, dialogue=dialogue, pk=pk)
    form = IssueTokensForm(posted(request))
    if request.method != "POST" or not form.is_valid():
        messages.error(request, _("Give a number of codes between 1 and 1000."))
        return redirect("analysis:evaluation", slug=slug)
    try:
        tokens = issue_tokens(questionnaire, form.cleaned_data["count"], by=request.user)
    except EvaluationError as error:
        messages.error(request, error.message)
        return redirect("analysis:evaluation", slug=slug)
    url = request.build_absolute_uri(
        reverse("analysis:answer_evaluation", args=[dialogue.slug, questionnaire.audience]))
    slips = [(token, f"{url}?{urlencode({'token': token})}") for token in tokens]
    return render(request, "analysis/evaluation_tokens.html", {"dialogue": dialogue, "questionnaire": questionnaire,
                                                               "tokens": tokens, "slips": slips})


@permission_required("analysis.manage_evaluation", fn=dialogue_from_url)
def summary(request, slug, pk):
    dialogue = dialogue_from_url(request, slug)
    questionnaire = get_object_or_404(Questionnaire, dialogue=dialogue, pk=pk)
    return render(request, "analysis/evaluation_summary.html", {
        "dialogue": dialogue, "questionnaire": questionnaire, "k": dialogue.anonymity_threshold,
        "submissions": submission_count(questionnaire, dialogue.anonymity_threshold),
        "questions": evaluation_summary(questionnaire, dialogue.anonymity_threshold),
    })
