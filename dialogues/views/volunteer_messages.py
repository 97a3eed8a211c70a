"""A partner writes to its facilitators, note takers or conduct contacts, and sees how
its messages went."""

from django.contrib import messages
from django.shortcuts import redirect, render
from django.utils.translation import gettext as _

from wetheinternet.core.forms import posted, show_domain_error
from wetheinternet.core.permissions import permission_required
from wetheinternet.core.visibility import get_visible_or_404, visible_getter

from ..domain.errors import DialoguesError
from ..domain.volunteer_messages import message_volunteers, sent_volunteer_messages
from ..interfaces.message_forms import VolunteerMessageForm
from ..models import Partner


@permission_required("dialogues.message_volunteers", fn=visible_getter(Partner))
def volunteer_messages(request, pk):
    partner = get_visible_or_404(Partner.objects.all(), request.user, pk=pk)
    form = VolunteerMessageForm(posted(request))
    if request.method == "POST" and form.is_valid():
        try:
            record = message_volunteers(partner, by=request.user, **form.cleaned_data)
        except DialoguesError as error:
            show_domain_error(form, error)
        else:
            messages.success(request, _("%(count)s messages are being sent; see them in the message log.")
                             % {"count": record.recipients})
            return redirect("dialogues:volunteer_messages", pk=partner.pk)
    context = {"partner": partner, "form": form, "sent": sent_volunteer_messages(partner)}
    return render(request, "dialogues/volunteer_messages.html", context)
