"""Result progress: per site for partners, per region and country for staff (live)."""

from urllib.parse import urlencode

from django.http import Http404
from django.shortcuts import render
from django.views.decorators.http import require_GET

from dialogues.models import Dialogue, Site, Topic
from dialogues.regions import REGION_NAMES
from wetheinternet.core.exports import FORMATS, export_response
from wetheinternet.core.permissions import permission_required
from wetheinternet.core.visibility import get_visible_or_404, visible_object

from ..domain.exports import export_country_progress
from ..domain.queries.country_progress import SORTS, STEP_LABELS, country_progress
from ..domain.queries.progress import progress_by_region
from ..domain.queries.sessions import site_rows


def site_from_url(request, site_id):
    return visible_object(Site.objects.select_related("partner"), request.user, pk=site_id)


@permission_required("dialogues.view_partner_home")
def partner_sites_progress(request):
    sites = (
        Site.objects.visible_to(request.user)
        .filter(partner__memberships__user=request.user)
        .select_related("partner")
        .order_by("name")
    )
    return render(request, "results/sites.html", {"sites": sites})


@permission_required("results.view_site_results", fn=site_from_url)
def site_progress(request, site_id):
    site = get_visible_or_404(Site.objects.select_related("partner"), request.user, pk=site_id)
    topics = Topic.objects.filter(dialogue_id=site.partner.dialogue_id).order_by("position", "id")
    return render(request, "results/site_progress.html", {"site": site, "topics": topics, "rows": site_rows(site)})


@permission_required("results.view_results_progress")
def staff_progress(request):
    dialogues = Dialogue.objects.order_by("-deliberation_date")
    dialogue = dialogues.filter(slug=request.GET.get("dialogue")).first() or dialogues.first()
    topics, regions = progress_by_region(dialogue) if dialogue else ([], [])
    context = {"dialogues": dialogues, "dialogue": dialogue, "topics": topics, "regions": regions}
    template = "results/_staff_progress_table.html" if request.htmx else "results/staff_progress.html"
    return render(request, template, context)


@permission_required("results.view_country_progress")
def country_progress_view(request):
    """Every country's progress, from onboarding to results, for organiser staff; by
    region, sorted by what is behind."""
    dialogues = Dialogue.objects.order_by("-deliberation_date")
    dialogue, region, sort = _chosen(request)
    context = {
        "dialogues": dialogues, "dialogue": dialogue, "region": region, "sort": sort,
        "export_query": urlencode({"dialogue": dialogue.slug if dialogue else "", "region": region, "sort": sort}),
        "regions": list(REGION_NAMES.items()), "steps": list(STEP_LABELS.items()),
        "rows": country_progress(dialogue, region=region, sort=sort) if dialogue else [],
    }
    return render(request, "results/country_progress.html", context)


def _chosen(request):
    dialogues = Dialogue.objects.order_by("-deliberation_date")
    dialogue = dialogues.filter(slug=request.GET.get("dialogue")).first() or dialogues.first()
    region = request.GET.get("region") if request.GET.get("region") in REGION_NAMES else ""
    sort = request.GET.get("sort") if request.GET.get("sort") in SORTS else "behind"
    return dialogue, region, sort


@require_GET
@permission_required("results.view_country_progress")
def country_progress_export(request):
    """The progress table as shown (dialogue, region, sort), CSV or XLSX."""
    dialogue, region, sort = _chosen(request)
    if dialogue is None:
        raise Http404
    file_format = request.GET.get("format") if request.GET.get("format") in FORMATS else "csv"
    rows = country_progress(dialogue, region=region, sort=sort)
    header, lines = export_country_progress(rows, dialogue=dialogue, by=request.user, file_format=file_format)
    return export_response(file_format, f"progress-{dialogue.slug}", header, lines)
