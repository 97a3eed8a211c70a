"""The data-protection desk: every data-rights request with its due date and fulfilment."""

from django.contrib import messages
from django.shortcuts import redirect, render
from django.utils import timezone
from django.utils.translation import gettext as _
from django.views.decorators.http import require_GET, require_POST

from wetheinternet.core.audit import log_action
from wetheinternet.core.permissions import permission_required
from wetheinternet.core.visibility import get_visible_or_404

from ..models import DataRightsRequest


@require_GET
@permission_required("registrations.view_rights_requests")
def rights_requests(request):
    requests = DataRightsRequest.objects.visible_to(request.user).select_related("dialogue", "fulfilled_by").order_by(
        "fulfilled_at", "due_at"
    )[:500]
    return render(
        request,
        "registrations/rights_requests.html",
        {"requests": requests, "now": timezone.now(),
         "can_fulfil": request.user.has_perm("registrations.fulfil_rights_request")},
    )


@require_POST
@permission_required("registrations.fulfil_rights_request")
def fulfil_request(request, request_id):
    rights_request = get_visible_or_404(
        DataRightsRequest.objects.all(), request.user, pk=request_id, fulfilled_at__isnull=True
    )
    rights_request.fulfilled_at = timezone.now()
    rights_request.fulfilled_by = request.user
    rights_request.fulfilment = request.POST.get("fulfilment", "")[:2000]
    rights_request.save(update_fields=["fulfilled_at", "fulfilled_by", "fulfilment"])
    log_action("registrations.rights_request.fulfilled", actor=request.user, target=rights_request,
               data={"kind": rights_request.kind})
    messages.success(request, _("The request is marked as fulfilled."))
    return redirect("registrations:rights_requests")
