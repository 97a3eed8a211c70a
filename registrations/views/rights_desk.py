"""The data-protection desk: every data-rights request with its due date and fulfilment."""

from django.contrib import messages
from django.shortcuts import redirect, render
from django.utils import timezone
from django.utils.translation import gettext as _
from django.views.decorators.http import require_GET, require_POST

from wetheinternet.core.audit import log_action
from wetheinternet.core.permissions import permission_required
from wetheinternet.core.visibility import get_visible_or_404

from ..interfaces.forms import FulfilmentForm
from ..models import DataRightsRequest


@require_GET
@permission_required("registrations.view_rights_requests")
def rights_requests(request):
    return _render_desk(request)


def _render_desk(request, refused=None, status=200):
    """The desk's page; ``refused`` is ``(rights_request, form)``, a fulfilment that was
    refused: it shows in its row with its errors and what was typed."""
    requests = list(DataRightsRequest.objects.visible_to(request.user).select_related("dialogue", "fulfilled_by").order_by(
        "fulfilled_at", "due_at"
    )[:500])
    can_fulfil = request.user.has_perm("registrations.fulfil_rights_request")
    rows = []
    for rights_request in requests:
        form = None
        if refused is not None and refused[0].pk == rights_request.pk:
            form = refused[1]
        elif can_fulfil and not rights_request.fulfilled_at:
            form = FulfilmentForm(rights_request=rights_request)
        rows.append((rights_request, form))
    return render(
        request,
        "registrations/rights_requests.html",
        {"requests": rows, "now": timezone.now(), "can_fulfil": can_fulfil},
        status=status,
    )


@require_POST
@permission_required("registrations.fulfil_rights_request")
def fulfil_request(request, request_id):
    rights_request = get_visible_or_404(
        DataRightsRequest.objects.all(), request.user, pk=request_id, fulfilled_at__isnull=True
    )
    form = FulfilmentForm(request.POST, rights_request=rights_request)
    if not form.is_valid():
        return _render_desk(request, refused=(rights_request, form), status=400)
    rights_request.fulfilled_at = timezone.now()
    rights_request.fulfilled_by = request.user
    rights_request.fulfilment = form.cleaned_data["fulfilment"]
    rights_request.save(update_fields=["fulfilled_at", "fulfilled_by", "fulfilment"])
    log_action("registrations.rights_request.fulfilled", actor=request.user, target=rights_request,
               data={"kind": rights_request.kind})
    messages.success(request, _("The request is marked as fulfilled."))
    return redirect("registrations:rights_requests")
