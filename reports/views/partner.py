from django.shortcuts import render

from dialogues.models.partners import in_partner_countries
from wetheinternet.core.permissions import permission_required

from ..enums import JobState
from ..models import ReportJob
from .manage import dialogue_from_url, job_rows


@permission_required("reports.view_partner_reports", fn=dialogue_from_url)
def partner_reports(request, slug):
    """A partner's national reports (published or not); staff see all of them."""
    dialogue = dialogue_from_url(request, slug)
    jobs = (
        ReportJob.objects.visible_to(request.user)
        .filter(dialogue=dialogue, state=JobState.DONE, file__isnull=False, scope="national")
        .select_related("file")
    )
    if not request.user.has_perm("reports.manage_reports"):
        # Partner members see every published report elsewhere; this page is their own.
        jobs = jobs.filter(in_partner_countries(request.user, country="area"))
    return render(request, "reports/partner.html", {"dialogue": dialogue, "rows": job_rows(jobs)})
