from functools import wraps

from django.contrib.auth.views import redirect_to_login
from rules.contrib.views import permission_required as rules_permission_required


def permission_required(perm, fn=None):
    """Check a named django-rules permission (``fn`` finds the object from the view's
    arguments). Anonymous visitors are sent to sign in; signed-in users without the
    permission get a 403 page, not a confusing sign-in form."""

    def decorator(view):
        checked = rules_permission_required(perm, fn=fn, raise_exception=True)(view)

        @wraps(view)
        def wrapped(request, *args, **kwargs):
            if not request.user.is_authenticated:
                return redirect_to_login(request.get_full_path())
            return checked(request, *args, **kwargs)

        return wrapped

    return decorator
