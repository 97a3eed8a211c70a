from allauth.account.adapter import DefaultAccountAdapter
from django.shortcuts import render


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
