"""Calendar files: a site's agenda, a dialogue's day or window (public once the dialogue
is announced), and each person's own feed of sessions at an unguessable, revocable address."""

from django.http import Http404
from django.shortcuts import get_object_or_404, render
from django.urls import reverse
from django.utils.translation import gettext as _
from django.views.decorators.http import require_GET, require_http_methods

from wetheinternet.core.calendar_feeds import issue_calendar_token, revoke_calendar_token, user_for_calendar_token
from wetheinternet.core.calendars import calendar_response
from wetheinternet.core.models import CalendarToken
from wetheinternet.core.permissions import permission_required
from wetheinternet.core.visibility import get_visible_or_404, visible_getter

from ..domain.queries.calendars import dialogue_window_events, person_session_events, site_agenda_events
from ..enums import DialogueStatus
from ..models import Dialogue, Site


@require_GET
@permission_required("dialogues.view_site", fn=visible_getter(Site))
def site_calendar(request, pk):
    site = get_visible_or_404(Site.objects.select_related("partner"), request.user, pk=pk)
    events = site_agenda_events(site, with_link=request.user.has_perm("dialogues.view_meeting_link", site))
    return calendar_response(events, name=site.name, filename=f"site-{site.pk}-agenda")


@require_GET
def dialogue_calendar(request, slug):
    """Public: the day (or days) of a dialogue that is no longer a draft."""
    dialogue = get_object_or_404(Dialogue.objects.exclude(status=DialogueStatus.DRAFT), slug=slug)
    return calendar_response(dialogue_window_events(dialogue), name=dialogue.name, filename=f"{dialogue.slug}")


@require_http_methods(["GET", "POST"])
@permission_required("dialogues.use_calendar_feed")
def my_calendar(request):
    """Make, replace or stop the address of one's calendar feed. The address is shown
    once, when it is made (only its digest is kept)."""
    feed_url, message = None, ""
    if request.method == "POST" and request.POST.get("action") == "issue":
        token = issue_calendar_token(request.user)
        feed_url = request.build_absolute_uri(reverse("dialogues:calendar_feed", kwargs={"token": token}))
    elif request.method == "POST" and request.POST.get("action") == "revoke":
        revoke_calendar_token(request.user)
        message = _("Your calendar address no longer works.")
    context = {
        "feed_url": feed_url,
        "message": message,
        "has_feed": CalendarToken.objects.filter(user=request.user).exists(),
        "events": person_session_events(request.user)[:20],
    }
    return render(request, "dialogues/my_calendar.html", context)


@require_GET
def calendar_feed(request, token):
    """A person's sessions, read by their calendar application without signing in: the
    secret address stands for the sign-in. A revoked or unknown address is not found."""
    user = user_for_calendar_token(token)
    if user is None:
        raise Http404
    return calendar_response(person_session_events(user), name=_("My sessions"), filename="my-sessions", download=False)
