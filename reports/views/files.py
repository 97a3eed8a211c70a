from django.http import FileResponse, Http404

from wetheinternet.core.permissions import permission_required
from wetheinternet.core.visibility import get_visible_or_404, visible_object

from ..models import ReportJob


def _jobs():
    return ReportJob.objects.select_related("file", "dialogue")


def job_from_url(request, pk, **kwargs):
    return visible_object(_jobs(), request.user, pk=pk)


def _download(request, pk):
    job = get_visible_or_404(_jobs(), request.user, pk=pk)
    if job.file is None:
        raise Http404
    return FileResponse(job.file.file.open("rb"), as_attachment=True, filename=job.file.filename,
                        content_type="application/pdf")


_checked = permission_required("reports.download_report", fn=job_from_url)(_download)


def download(request, pk):
    """Published reports are public; others need the permission (staff, partner of the country)."""
    job = job_from_url(request, pk)
    if job is not None and job.published_at and job.file_id:
        return _download(request, pk)
    return _checked(request, pk)
