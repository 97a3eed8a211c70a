"""The role-based home dispatcher (the public landing page is dialogues')."""

from django.contrib import admin
from django.contrib.auth.decorators import login_required
from django.contrib.contenttypes.views import shortcut
from django.core.exceptions import ValidationError
from django.http import Http404
from django.shortcuts import redirect, render

from .homes import home_pages_for


@login_required
def home(request):
    """A user with one role lands directly on its home; a user with several chooses."""
    pages = home_pages_for(request.user)
    if len(pages) == 1:
        return redirect(pages[0].url_name)
    return render(request, "core/home.html", {"pages": pages})


def admin_view_on_site(request, content_type_id, object_id):
    """The console's "view on site" address (``admin/r/<type>/<id>/``), which Django
    answers with a server error when the id is not of the model's key type (a UUID, say):
    a malformed id is simply not found."""
    try:
        return admin.site.admin_view(shortcut)(request, content_type_id, object_id)
    except ValidationError as error:
        raise Http404 from error
