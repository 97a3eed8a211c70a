"""One signal receiver, kept tiny on purpose: at sign-in, note in the session whether
a newly published version awaits acceptance, so the middleware asks without querying
on every request."""

from django.contrib.auth.signals import user_logged_in
from django.dispatch import receiver

from .domain.queries import needs_acceptance
from .middleware import PENDING_SESSION_KEY


@receiver(user_logged_in, dispatch_uid="conduct_ask_acceptance_at_sign_in")
def ask_acceptance_at_sign_in(sender, request, user, **kwargs):
    if request is not None and hasattr(request, "session") and needs_acceptance(user):
        request.session[PENDING_SESSION_KEY] = True
