"""Staff: release the results, see tables reporting live (counts of tables only, never
results), launch every report in one click, follow each job's progress (the page polls
the job table), download and publish."""

from django.contrib import messages
from django.shortcuts import get_object_or_404, redirect, render
from django.utils.translation import gettext as _
from django.views.decorators.http import require_POST

from dialogues.models import Dialogue
from wetheinternet.core.permissions import permission_required
from wetheinternet.core.visibility import get_visible_or_404, visible_object

from ..domain.content import area_name
from ..domain.jobs import ReportError, launch_reports, publish_report
from ..domain.kits import kit_progress
from ..domain.releases import ReleaseError, latest_release, live_progress, release_results
from ..domain.scheduled_releases import upcoming_releases
from ..enums import JobState
from ..interfaces.forms import LaunchReportsForm, ScheduleReleaseForm
from ..models import ReportJob


def dialogue_from_url(request, slug, **kwargs):
    return get_object_or_404(Dialogue, slug=slug)


def job_rows(jobs):
    return [(job, area_name(job.area)) for job in jobs]


def jobs_context(request, dialogue):
    jobs = list(ReportJob.objects.visible_to(request.user).filter(dialogue=dialogue).select_related("file"))
    active = any(job.state in (JobState.QUEUED, JobState.RUNNING) for job in jobs)
    done = sum(1 for job in jobs if job.state == JobState.DONE)
    return {"dialogue": dialogue, "rows": job_rows(jobs), "active": active, "done": done, "total": len(jobs)}


def release_context(dialogue):
    """The latest release, the booked ones still to come and, per country, the tables reporting now against those in it."""
    release = latest_release(dialogue)
    released = {}
    if release is not None:
        for country, topic in release.submissions.values_list("table__site__country", "topic_id"):
            released[(country, topic)] = released.get((country, topic), 0) + 1
    now = live_progress(dialogue)
    topics = list(dialogue.topics.all())
    rows = [
        (area_name(country), [(now.get((country, t.pk), 0), released.get((country, t.pk), 0)) for t in topics])
        for country in sorted({key[0] for key in now} | {key[0] for key in released})
    ]
    return {"release": release, "live_topics": topics, "live_rows": sorted(rows), "k": dialogue.anonymity_threshold,
            "bookings": list(upcoming_releases(dialogue)), "schedule_form": ScheduleReleaseForm(),
            "kits": kit_progress(dialogue)}


@permission_required("reports.manage_reports")
def manage(request, slug):
    dialogue = dialogue_from_url(request, slug)
    context = jobs_context(request, dialogue) | {"form": LaunchReportsForm(dialogue=dialogue)}
    if not request.htmx:
        context |= release_context(dialogue)
    template = "reports/_jobs.html" if request.htmx else "reports/manage.html"
    return render(request, template, context)


@require_POST
@permission_required("reports.launch_reports")
def launch(request, slug):
    dialogue = dialogue_from_url(request, slug)
    form = LaunchReportsForm(request.POST, dialogue=dialogue)
    if not form.is_valid():
        return render(request, "reports/manage.html", jobs_context(request, dialogue) | release_context(dialogue) | {"form": form},
                  status=400)
    jobs = launch_reports(dialogue, by=request.user, scopes=form.cleaned_data["scopes"],
                          languages=form.cleaned_data["languages"])
    messages.success(request, _("%(count)s reports are queued: the workers build them one after another.") % {"count": len(jobs)})
    return redirect("reports:manage", slug=dialogue.slug)


def job_from_url(request, slug, pk, **kwargs):
    return visible_object(ReportJob.objects.select_related("dialogue"), request.user, pk=pk, dialogue__slug=slug)


@require_POST
@permission_required("reports.publish_report", fn=job_from_url)
def publish(request, slug, pk):
    job = get_visible_or_404(ReportJob.objects.select_related("dialogue"), request.user, pk=pk, dialogue__slug=slug)
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


@require_POST
@permission_required("reports.release_results")
def release(request, slug):
    dialogue = dialogue_from_url(request, slug)
    try:
        made = release_results(dialogue, by=request.user)
    except ReleaseError as error:
        messages.error(request, str(error))
        return redirect("reports:manage", slug=dialogue.slug)
    messages.success(request, _("Release %(number)s is public: every product now shows it.") % {"number": made.number})
    return redirect("reports:manage", slug=dialogue.slug)
