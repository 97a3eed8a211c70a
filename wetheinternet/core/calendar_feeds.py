"""Addresses of personal calendar feeds: issue, revoke, and find whose feed an address is.

A feed address carries a random secret (``core.calendars.new_feed_token``) instead of a
sign-in, since calendar applications cannot sign in; it is revocable, and only its
digest is stored."""

from django.db import transaction
from django.utils import timezone

from .audit import log_action
from .calendars import new_feed_token, token_digest
from .models import CalendarToken


def issue_calendar_token(user):
    """A new feed secret for ``user``, replacing any earlier one (whose address stops
    working). Side effects: the token row; audit entry ``core.calendar_feed.issued``."""
    token, digest = new_feed_token()
    with transaction.atomic():
        CalendarToken.objects.filter(user=user).delete()
        CalendarToken.objects.create(user=user, digest=digest)
        log_action("core.calendar_feed.issued", actor=user, target=user)
    return token


def revoke_calendar_token(user):
    """Stop ``user``'s feed address. Side effects: the token row deleted; audit entry
    ``core.calendar_feed.revoked`` when there was one."""
    with transaction.atomic():
        deleted, _ = CalendarToken.objects.filter(user=user).delete()
        if deleted:
            log_action("core.calendar_feed.revoked", actor=user, target=user)
    return bool(deleted)


def user_for_calendar_token(token):
    """The active person whose feed address holds ``token``, or None. Records when the
    feed was last read (at most once a minute, so polling costs little)."""
    if not token or len(token) > 100:
        return None
    found = CalendarToken.objects.select_related("user").filter(digest=token_digest(token)).first()
    if found is None or not found.user.is_active or found.user.is_sign_in_suspended():
        return None
    now = timezone.now()
    if found.last_used_at is None or (now - found.last_used_at).total_seconds() > 60:
        CalendarToken.objects.filter(pk=found.pk).update(last_used_at=now)
    return found.user
