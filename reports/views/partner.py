from django.shortcuts import render

from wetheinternet.core.permissions import permission_required

from ..enums import JobState
from ..models import ReportJob
from .manage import dialogue_from_url, job_rows


@permission_required("reports.view_partner_reports", fn=dialogue_from_url)
def partner_reports(request, slug):
    """A partner's national reports (published or not); staff see all of them."""
    dialogue = dialogue_from_url(request, slug)
    jobs = (
        ReportJob.objects.filter(dialogue=dialogue, state=JobState.DONE, file__isnull=False, scope="national")
        .visible_to(request.user)
        .select_related("file")
    )
    if not request.user.is_staff:
        from ..rules import partner_countries

        jobs = jobs.filter(area__in=partner_countries(request.user, dialogue.pk))
    return render(request, "reports/partner.html", {"dialogue": dialogue, "rows": job_rows(jobs)})
