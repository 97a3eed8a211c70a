"""The role-based home dispatcher (the public landing page is dialogues')."""

from django.contrib.auth.decorators import login_required
from django.shortcuts import redirect, render

from .homes import home_pages_for


@login_required
def home(request):
    """A user with one role lands directly on its home; a user with several chooses."""
    pages = home_pages_for(request.user)
    if len(pages) == 1:
        return redirect(pages[0].url_name)
    return render(request, "core/home.html", {"pages": pages})
