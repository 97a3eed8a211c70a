"""The unsubscribe link of optional messages (docs/messages.md, "Essential and optional").

``unsubscribe``: GET shows what stops and a button, POST (with the CSRF token, as every
form) records it. ``one_click``: the ``List-Unsubscribe`` endpoint of RFC 8058, which
mail providers POST to without a page or a cookie, so it is exempt from CSRF; that is
safe because the signed token in the address is the only authority (it cannot be
guessed, so another site cannot forge the request), the only action is to stop optional
messages (nothing is read or shown), and the body must be exactly what RFC 8058 sends.
A GET there (a client that opens the address) shows the confirmation page."""

from django.http import HttpResponse
from django.shortcuts import redirect, render
from django.utils.translation import gettext as _
from django.views.decorators.csrf import csrf_exempt
from django.views.decorators.http import require_http_methods

from ..domain.exceptions import RightsLinkError
from ..domain.unsubscribe import registrant_from_unsubscribe_token, stop_optional_messages

ONE_CLICK_BODY = "One-Click"


def _refused(request, error):
    return render(request, "registrations/link_refused.html", {"message": error.message}, status=403)


@require_http_methods(["GET", "POST"])
def unsubscribe(request, token):
    try:
        registrant = registrant_from_unsubscribe_token(token)
    except RightsLinkError as error:
        return _refused(request, error)
    if request.method == "POST":
        stop_optional_messages(registrant)
        return redirect("registrations:unsubscribe", token=token)
    response = render(
        request,
        "registrations/unsubscribe.html",
        {
            "dialogue": registrant.dialogue,
            "stopped": registrant.optional_messages_stopped_at is not None,
        },
    )
    response["Cache-Control"] = "no-store"
    return response


@csrf_exempt
@require_http_methods(["GET", "POST"])
def one_click(request, token):
    if request.method == "GET":
        return redirect("registrations:unsubscribe", token=token)
    try:
        registrant = registrant_from_unsubscribe_token(token)
    except RightsLinkError as error:
        return HttpResponse(error.message, status=403, content_type="text/plain; charset=utf-8")
    if request.POST.get("List-Unsubscribe") != ONE_CLICK_BODY:
        return HttpResponse(
            _("This address only accepts the one-click unsubscribe of an e-mail program."),
            status=400,
            content_type="text/plain; charset=utf-8",
        )
    stop_optional_messages(registrant, one_click=True)
    return HttpResponse(
        _("You will receive no more optional messages for this dialogue."), content_type="text/plain; charset=utf-8"
    )
