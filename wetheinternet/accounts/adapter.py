from allauth.account.adapter import DefaultAccountAdapter
from django.shortcuts import render

from .mfa import is_first_enrolment_after_password


def suspended_response(request, user):
    """The page shown to a suspended or banned account instead of signing it in."""
    context = {
        "permanent": user.sign_in_suspended_permanently,
        "until": user.sign_in_suspended_until,
    }
    return render(request, "accounts/suspended.html", context, status=403)


class AccountAdapter(DefaultAccountAdapter):
    """Accounts are created by invitation only: staff invite partner members,
    facilitators and note takers; nobody signs up on their own."""

    def is_open_for_signup(self, request):
        return False

    def pre_login(self, request, user, **kwargs):
        """A suspended or banned account is refused, with a clear message, until the
        end of its suspension (decided by the conduct Response Lead)."""
        if user.is_sign_in_suspended():
            from allauth.account.internal.stagekit import clear_login

            clear_login(request)
            return suspended_response(request, user)
        return super().pre_login(request, user, **kwargs)

    def is_reauthentication_required(self, *, app, **kwargs):
        """Setting up two-factor authentication for the first time right after typing the
        password (app, then recovery codes) does not ask for the password again: the
        first sign-in of staff and the conduct team would otherwise loop. Any later
        change to two-factor settings does."""
        request = self.request
        if (
            app == "allauth.mfa"
            and request is not None
            and request.user.is_authenticated
            and is_first_enrolment_after_password(request)
        ):
            return False
        return super().is_reauthentication_required(app=app, **kwargs)
