"""Staff book releases at a set UTC time on the reports page, see those to come and
cancel them; bad or past times are refused with a message (never a 500); nobody else
may book or cancel."""

import datetime as dt

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.urls import reverse
from django.utils import timezone

from reports.domain.scheduled_releases import schedule_release
from reports.models import ScheduledRelease
from tests.factories.accounts import StaffFactory, UserFactory
from tests.factories.reports import small_dialogue
from tests.helpers import signed_in
from wetheinternet.core.models import AuditEntry


def _typed(moment):
    return moment.astimezone(dt.UTC).strftime("%Y-%m-%dT%H:%M")


def test_staff_books_a_release_in_utc_and_sees_it_listed(client, staff_user, db):
    dialogue = small_dialogue()
    at = (timezone.now() + dt.timedelta(days=1)).replace(second=0, microsecond=0)
    signed_in(client, staff_user)

    response = client.post(reverse("reports:schedule_release", args=[dialogue.slug]), {"at": _typed(at)}, follow=True)

    booking = ScheduledRelease.objects.get(dialogue=dialogue)
    assert booking.due_at == at
    assert booking.booked_by == staff_user
    content = response.content.decode()
    shown = at.astimezone(dt.UTC).strftime("%Y-%m-%d %H:%M")
    assert f"A release is booked for {shown} UTC." in content
    assert f"{shown} UTC, booked by {staff_user}" in content
    assert f'aria-label="Cancel the release booked for {shown} UTC"' in content
    assert AuditEntry.objects.filter(action="reports.release.scheduled", target_id=str(booking.pk)).count() == 1


def test_manage_page_explains_utc_and_shows_no_booking(client, staff_user, db):
    dialogue = small_dialogue()
    signed_in(client, staff_user)

    content = client.get(reverse("reports:manage", args=[dialogue.slug])).content.decode()

    assert "Release at (UTC)" in content
    assert 'type="datetime-local"' in content
    assert "Times are in UTC; it is now " in content
    assert "No release is booked." in content


@pytest.mark.parametrize(("typed", "message"), [
    ("2001-01-01T10:00", "This time has already passed: choose a time in the future (UTC)."),
    ("2026-13-45T99:99", "Enter a valid date/time."),
    ("tomorrow", "Enter a valid date/time."),
    ("9999-12-31T23:59", "Book a release within the next year."),
    ("2026-12-07T10:00\x00", "remove them (retyping the text is enough) and send it again. Fields concerned:"),
    ("", "This field is required."),
])
def test_booking_refuses_bad_or_past_times_with_a_message(client, staff_user, db, typed, message):
    dialogue = small_dialogue()
    signed_in(client, staff_user)

    response = client.post(reverse("reports:schedule_release", args=[dialogue.slug]), {"at": typed})

    assert response.status_code == 400
    assert message in response.content.decode()
    assert not ScheduledRelease.objects.exists()


def test_booking_error_shown_in_french(client, staff_user, db):
    dialogue = small_dialogue()
    signed_in(client, staff_user)

    response = client.post(reverse("reports:schedule_release", args=[dialogue.slug]).replace("/en/", "/fr/", 1),
                           {"at": "2001-01-01T10:00"})

    assert response.status_code == 400
    assert "Cette heure est déjà passée : choisissez une heure à venir (UTC)." in response.content.decode()


def test_staff_cancels_a_booking(client, staff_user, db):
    dialogue = small_dialogue()
    booking = schedule_release(dialogue, at=timezone.now() + dt.timedelta(hours=2), by=staff_user)
    signed_in(client, staff_user)

    response = client.post(reverse("reports:cancel_scheduled_release", args=[dialogue.slug, booking.pk]), follow=True)

    booking.refresh_from_db()
    assert booking.cancelled_by == staff_user
    content = response.content.decode()
    assert "The booked release is cancelled." in content
    assert "No release is booked." in content
    again = client.post(reverse("reports:cancel_scheduled_release", args=[dialogue.slug, booking.pk]), follow=True)
    assert "This booked release was already cancelled." in again.content.decode()


def test_cancel_of_another_dialogues_booking_is_not_found(client, staff_user, db):
    dialogue = small_dialogue()
    other = small_dialogue(slug="other")
    booking = schedule_release(other, at=timezone.now() + dt.timedelta(hours=2), by=staff_user)
    signed_in(client, staff_user)

    response = client.post(reverse("reports:cancel_scheduled_release", args=[dialogue.slug, booking.pk]))

    assert response.status_code == 404
    booking.refresh_from_db()
    assert booking.cancelled_at is None


def test_booking_and_cancelling_refused_to_partner_member_and_anonymous(client, two_partners, staff_user):
    dialogue = two_partners[0].dialogue
    booking = schedule_release(dialogue, at=timezone.now() + dt.timedelta(hours=2), by=staff_user)
    book = reverse("reports:schedule_release", args=[dialogue.slug])
    cancel = reverse("reports:cancel_scheduled_release", args=[dialogue.slug, booking.pk])
    data = {"at": _typed(timezone.now() + dt.timedelta(hours=3))}

    anonymous = [client.post(book, data), client.post(cancel)]
    client.force_login(two_partners[0].memberships.get().user)
    partner = [client.post(book, data), client.post(cancel)]

    assert [r.status_code for r in anonymous] == [302, 302]
    assert [r.status_code for r in partner] == [403, 403]
    assert ScheduledRelease.objects.count() == 1
    booking.refresh_from_db()
    assert booking.cancelled_at is None


def test_manage_page_lists_bookings_without_a_query_per_booking(client, staff_user, db):
    dialogue = small_dialogue()
    signed_in(client, staff_user)
    url = reverse("reports:manage", args=[dialogue.slug])

    def queries(bookings):
        for hours in range(bookings):
            schedule_release(dialogue, at=timezone.now() + dt.timedelta(hours=hours + 1), by=StaffFactory())
        with CaptureQueriesContext(connection) as context:
            client.get(url)
        return len(context)

    assert queries(1) == queries(2)


def test_console_lists_bookings_read_only(client, staff_user, db):
    superuser = UserFactory(is_staff=True, is_superuser=True)
    dialogue = small_dialogue()
    booking = schedule_release(dialogue, at=timezone.now() + dt.timedelta(hours=2), by=staff_user)
    signed_in(client, superuser)

    listing = client.get(reverse("admin:reports_scheduledrelease_changelist"))
    detail = client.get(reverse("admin:reports_scheduledrelease_change", args=[booking.pk]))
    added = client.get(reverse("admin:reports_scheduledrelease_add"))

    assert listing.status_code == 200
    assert booking.due_at.strftime("%Y") in listing.content.decode()
    assert detail.status_code == 200
    assert 'name="due_at"' not in detail.content.decode()
    assert added.status_code == 403
