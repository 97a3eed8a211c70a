from django.shortcuts import redirect
from django.urls import reverse

# Set at sign-in (conduct.signals) when a newly published version awaits the user;
# cleared when they accept. Reading a session key costs no query on other requests.
PENDING_SESSION_KEY = "conduct_acceptance_pending"


class RequireCodeAcceptanceMiddleware:
    """After signing in, a user who has not accepted the version of the code in force
    is sent to accept it before anything else."""

    EXEMPT_PREFIXES = ("/static/", "/api/", "/i18n/", "/favicon.ico")

    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        if (
            request.user.is_authenticated
            and request.session.get(PENDING_SESSION_KEY)
            and not self._is_exempt(request.path_info)
        ):
            return redirect(f"{reverse('conduct:accept')}?next={request.get_full_path()}")
        return self.get_response(request)

    def _is_exempt(self, path):
        if path.startswith(self.EXEMPT_PREFIXES):
            return True
        return "/accounts/" in path or "/conduct/code/" in path or path == reverse("conduct:accept")
