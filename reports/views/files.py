from django.http import FileResponse, Http404
from django.shortcuts import get_object_or_404

from wetheinternet.core.permissions import permission_required

from ..models import ReportJob


def job_from_url(request, pk, **kwargs):
    return get_object_or_404(ReportJob.objects.select_related("file", "dialogue"), pk=pk)


def _download(request, pk):
    job = job_from_url(request, pk)
    if job.file is None:
        raise Http404
    return FileResponse(job.file.file.open("rb"), as_attachment=True, filename=job.file.filename,
                        content_type="application/pdf")


_checked = permission_required("reports.download_report", fn=job_from_url)(_download)


def download(request, pk):
    """Published reports are public; others need the permission (staff, partner of the country)."""
    job = job_from_url(request, pk)
    if job.published_at and job.file_id:
        return _download(request, pk)
    return _checked(request, pk)
