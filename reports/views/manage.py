"""Staff: launch every report in one click, follow each job's progress (the page polls
the job table), download and publish."""

from django.contrib import messages
from django.shortcuts import get_object_or_404, redirect, render
from django.utils.translation import gettext as _
from django.views.decorators.http import require_POST

from dialogues.models import Dialogue
from wetheinternet.core.permissions import permission_required

from ..domain.content import area_name
from ..domain.jobs import ReportError, launch_reports, publish_report
from ..enums import JobState
from ..interfaces.forms import LaunchReportsForm
from ..models import ReportJob


def dialogue_from_url(request, slug, **kwargs):
    return get_object_or_404(Dialogue, slug=slug)


def job_rows(jobs):
    return [(job, area_name(job.area)) for job in jobs]


def _jobs_context(dialogue):
    jobs = list(ReportJob.objects.filter(dialogue=dialogue).select_related("file"))
    active = any(job.state in (JobState.QUEUED, JobState.RUNNING) for job in jobs)
    done = sum(1 for job in jobs if job.state == JobState.DONE)
    return {"dialogue": dialogue, "rows": job_rows(jobs), "active": active, "done": done, "total": len(jobs)}


@permission_required("reports.manage_reports")
def manage(request, slug):
    dialogue = dialogue_from_url(request, slug)
    context = _jobs_context(dialogue) | {"form": LaunchReportsForm(dialogue=dialogue)}
    template = "reports/_jobs.html" if request.htmx else "reports/manage.html"
    return render(request, template, context)


@require_POST
@permission_required("reports.launch_reports")
def launch(request, slug):
    dialogue = dialogue_from_url(request, slug)
    form = LaunchReportsForm(request.POST, dialogue=dialogue)
    if not form.is_valid():
        return render(request, "reports/manage.html", _jobs_context(dialogue) | {"form": form}, status=400)
    jobs = launch_reports(dialogue, by=request.user, scopes=form.cleaned_data["scopes"],
                          languages=form.cleaned_data["languages"])
    messages.success(request, _("%(count)s reports are queued: the workers build them one after another.") % {"count": len(jobs)})
    return redirect("reports:manage", slug=dialogue.slug)


def job_from_url(request, slug, pk, **kwargs):
    return get_object_or_404(ReportJob.objects.select_related("dialogue"), pk=pk, dialogue__slug=slug)


@require_POST
@permission_required("reports.publish_report", fn=job_from_url)
def publish(request, slug, pk):
    job = job_from_url(request, slug, pk)
    publish_now = request.POST.get("publish") == "1"
    try:
        publish_report(job, by=request.user, published=publish_now)
    except ReportError:
        messages.error(request, _("This report has not been built yet, so it cannot be published."))
        return redirect("reports:manage", slug=slug)
    if publish_now:
        messages.success(request, _("The report is on the public page."))
    else:
        messages.success(request, _("The report was taken off the public page."))
    return redirect("reports:manage", slug=slug)
