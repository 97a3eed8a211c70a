"""A demonstration's plenary screen (reports/domain/plenary.py): the organisers' page
with the projector link, the screen itself, and the projector's signed link."""

from django.conf import settings
from django.contrib import messages
from django.http import Http404
from django.shortcuts import get_object_or_404, redirect, render
from django.urls import reverse
from django.utils.translation import gettext as _
from django.views.decorators.http import require_POST

from dialogues.enums import DialogueKind
from dialogues.models import Dialogue
from wetheinternet.core.permissions import permission_required

from ..domain.plenary import is_projector_token, plenary_context, projector_token, update_room_figures


def dialogue_from_url(request, slug, **kwargs):
    return Dialogue.objects.select_related("compared_with").filter(slug=slug).first()


def _demonstration_or_404(slug):
    return get_object_or_404(
        Dialogue.objects.select_related("compared_with"), slug=slug, kind=DialogueKind.DEMONSTRATION
    )


def _render_screen(request, dialogue, *, screen_url, projector, extra=None):
    """The screen (``_plenary.html`` alone when htmx asks for the refresh)."""
    context = (
        plenary_context(dialogue)
        | {
            "screen_url": screen_url,
            "projector": projector,
            "refresh": settings.WALL_REFRESH_SECONDS,
        }
        | (extra or {})
    )
    if request.htmx:
        return render(request, "reports/_plenary.html", context)
    return render(request, "reports/plenary_projector.html" if projector else "reports/plenary.html", context)


@permission_required("reports.view_plenary", fn=dialogue_from_url)
def plenary(request, slug):
    """The organisers' view of the screen, with the projector link and the update button."""
    dialogue = _demonstration_or_404(slug)
    projector_url = request.build_absolute_uri(
        reverse("reports:plenary_screen", args=[slug, projector_token(dialogue)])
    )
    return _render_screen(
        request,
        dialogue,
        screen_url=reverse("reports:plenary", args=[slug]),
        projector=False,
        extra={"projector_url": projector_url},
    )


@require_POST
@permission_required("reports.view_plenary", fn=dialogue_from_url)
def update(request, slug):
    dialogue = _demonstration_or_404(slug)
    release = update_room_figures(dialogue, by=request.user)
    if release is None:
        messages.info(
            request,
            _(
                "Nothing new is safe to show yet: the room's figures change once at least two more "
                "groups and enough people have reported."
            ),
        )
    else:
        messages.success(request, _("The screen now shows release %(number)s.") % {"number": release.number})
    return redirect("reports:plenary", slug=slug)


def screen(request, slug, token):
    """The projector's screen, opened by the signed link (no sign-in). A wrong or expired
    link is a 404, like a page that does not exist."""
    dialogue = _demonstration_or_404(slug)
    if not is_projector_token(dialogue, token):
        raise Http404
    return _render_screen(
        request, dialogue, screen_url=reverse("reports:plenary_screen", args=[slug, token]), projector=True
    )
