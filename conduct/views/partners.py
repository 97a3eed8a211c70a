"""The onboarding step where a partner's coordinator accepts the code of conduct on
behalf of the organisation (the rest of the checklist is in dialogues)."""

from django.contrib import messages
from django.shortcuts import redirect, render
from django.utils.translation import gettext as _

from dialogues.models import Partner
from wetheinternet.core.forms import posted
from wetheinternet.core.permissions import permission_required
from wetheinternet.core.visibility import get_visible_or_404, visible_getter

from ..domain.acceptance import accept_code_for_partner
from ..domain.queries import current_published_version
from ..interfaces.forms_public import PartnerAcceptanceForm


@permission_required("dialogues.accept_conduct_for_partner", fn=visible_getter(Partner, "pk"))
def partner_acceptance(request, pk):
    partner = get_visible_or_404(Partner.objects.select_related("dialogue"), request.user, pk=pk)
    form = PartnerAcceptanceForm(posted(request))
    if request.method == "POST" and form.is_valid():
        accept_code_for_partner(partner, by=request.user)
        messages.success(request, _("The code of conduct is accepted."))
        return redirect("dialogues:partner_detail", pk=partner.pk)
    version = current_published_version(partner.dialogue)
    return render(request, "conduct/partner_acceptance.html", {"partner": partner, "form": form, "version": version})
