"""Asking for a new data-rights link. The answer is the same whether or not anything is
held under what was typed, so the page cannot tell who is registered."""

from django.contrib import messages
from django.shortcuts import redirect, render
from django.utils.translation import gettext as _
from django.views.decorators.http import require_http_methods

from wetheinternet.core import throttle
from wetheinternet.core.forms import posted

from ..domain.link_requests import send_new_rights_links
from ..interfaces.forms import NewLinkForm

ATTEMPTS, WINDOW = 5, 3600  # per client address: enough for typing mistakes, not for guessing


@require_http_methods(["GET", "POST"])
def new_link(request):
    form = NewLinkForm(posted(request))
    status = 200
    if request.method == "POST":
        if throttle.is_limited("registrations:new_link", request, attempts=ATTEMPTS):
            form.add_error(None, _("Too many requests from your network. Try again in an hour."))
            status = 429
        elif form.is_valid():
            throttle.count_attempt("registrations:new_link", request, window=WINDOW)
            send_new_rights_links(form.cleaned_data["identifier"])
            messages.success(
                request,
                _(
                    "If we hold data under what you typed, a new link is on its way to the e-mail address we have "
                    "for you. It is valid for 30 days."
                ),
            )
            return redirect("registrations:my_data_new_link")
    return render(request, "registrations/new_link.html", {"form": form}, status=status)
