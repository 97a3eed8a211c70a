"""Public pages of the code of conduct, its versions and their differences, and the
page where a signed-in user accepts the version in force."""

from django.contrib.auth.decorators import login_required
from django.db.models import Count
from django.http import Http404
from django.shortcuts import get_object_or_404, redirect, render
from django.utils.translation import get_language
from django.views.decorators.http import require_http_methods

from wetheinternet.core.permissions import permission_required
from wetheinternet.core.redirects import safe_next_url

from ..domain.acceptance import record_acceptance
from ..domain.diff import diff_texts
from ..domain.queries import current_published_version
from ..enums import AcceptanceMethod, VersionState
from ..middleware import PENDING_SESSION_KEY
from ..models import CodeVersion

PUBLIC_STATES = (VersionState.PUBLISHED, VersionState.SUPERSEDED)


def current_code(request):
    version = current_published_version()
    if version is None:
        raise Http404
    return _render_version(request, version)


def version_page(request, code_slug, number):
    version = get_object_or_404(
        CodeVersion.objects.select_related("code"), code__slug=code_slug, number=number, state__in=PUBLIC_STATES
    )
    return _render_version(request, version)


def _render_version(request, version):
    others = version.code.versions.filter(state__in=PUBLIC_STATES).exclude(pk=version.pk).order_by("-number")
    consultations = version.code.versions.filter(state=VersionState.CONSULTATION).order_by("-number")
    return render(request, "conduct/code.html", {"version": version, "others": others, "consultations": consultations})


def version_diff(request, code_slug, old, new):
    versions = {
        row.number: row
        for row in CodeVersion.objects.filter(
            code__slug=code_slug, number__in=[old, new],
            state__in=[*PUBLIC_STATES, VersionState.CONSULTATION],
        )
    }
    if old not in versions or new not in versions:
        raise Http404
    blocks = diff_texts(versions[old].body, versions[new].body)
    return render(request, "conduct/diff.html", {"old": versions[old], "new": versions[new], "blocks": blocks})


@login_required
@require_http_methods(["GET", "POST"])
def accept(request):
    version = current_published_version()
    next_url = safe_next_url(request)
    if version is None:
        request.session.pop(PENDING_SESSION_KEY, None)
        return redirect(next_url or "home")
    if request.method == "POST":
        record_acceptance(version=version, dialogue=None, method=AcceptanceMethod.ONLINE, user=request.user,
                          by=request.user)
        request.session.pop(PENDING_SESSION_KEY, None)
        return redirect(next_url or "home")
    previous = version.code.versions.filter(number__lt=version.number, acceptances__user=request.user).order_by("-number").first()
    return render(request, "conduct/accept.html", {
        "version": version, "next": next_url, "previous": previous, "language": get_language(),
    })


@permission_required("conduct.manage_codes")
def manage_codes(request):
    """Staff overview of every version with its consultation links; versions are
    edited, opened for consultation and published in the organiser console."""
    versions = CodeVersion.objects.select_related("code").annotate(answer_count=Count("consultation_answers"))
    return render(request, "conduct/manage_codes.html", {"versions": versions.order_by("code__slug", "-number")})
