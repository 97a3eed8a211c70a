"""Organiser staff write to partners chosen by region, onboarding state and country:
they see how many coordinators it goes to before sending."""

from django.contrib import messages
from django.shortcuts import get_object_or_404, redirect, render
from django.utils.translation import gettext as _

from wetheinternet.core.forms import posted, show_domain_error
from wetheinternet.core.permissions import permission_required

from ..domain.errors import DialoguesError
from ..domain.partner_messages import message_partners, recipients_of, sent_partner_messages
from ..interfaces.message_forms import PartnerMessageForm
from ..models import Dialogue

CONFIRM_FIELD = "confirmed_recipients"


def _confirmed(request, count):
    """Whether the staff member confirmed sending to exactly ``count`` people (a change
    of filters after the preview shows the new count again)."""
    return request.POST.get(CONFIRM_FIELD, "") == str(count)


@permission_required("dialogues.message_partners")
def partner_messages(request, slug):
    dialogue = get_object_or_404(Dialogue, slug=slug)
    form = PartnerMessageForm(posted(request))
    preview = None
    if request.method == "POST" and form.is_valid():
        filters = {name: form.cleaned_data[name] for name in ("region", "state", "country")}
        partners, people = recipients_of(dialogue, **filters)
        if people and _confirmed(request, len(people)):
            try:
                record = message_partners(dialogue, by=request.user, **form.cleaned_data)
            except DialoguesError as error:
                show_domain_error(form, error)
            else:
                messages.success(
                    request,
                    _("%(count)s messages are being sent; see them in the message log.") % {"count": record.recipients},
                )
                return redirect("dialogues:partner_messages", slug=dialogue.slug)
        elif not people:
            form.add_error(None, _("No partner coordinator matches these filters."))
        else:
            preview = {"partners": len(partners), "people": len(people)}
    context = {
        "dialogue": dialogue,
        "form": form,
        "preview": preview,
        "confirm_field": CONFIRM_FIELD,
        "sent": sent_partner_messages(dialogue),
    }
    return render(request, "dialogues/partner_messages.html", context)
