"""Small helpers shared by tests."""

from allauth.mfa.totp.internal.auth import (
    TOTP,
    format_hotp_value,
    generate_totp_secret,
    hotp_value,
    yield_hotp_counters_from_time,
)


def enrol_totp(user):
    """Give ``user`` an authenticator app; return its secret."""
    secret = generate_totp_secret()
    TOTP.activate(user, secret)
    return secret


def current_totp_code(secret):
    counters = list(yield_hotp_counters_from_time())
    return format_hotp_value(hotp_value(secret, counters[len(counters) // 2]))


def signed_in(client, user):
    """Sign ``user`` in on the test client; staff and conduct roles get an authenticator
    first, as the platform requires."""
    from wetheinternet.accounts.rules import requires_mfa

    if requires_mfa(user):
        enrol_totp(user)
    client.force_login(user)
    return client


def deliver_messages():
    """Send every queued message now, as the worker (and its sweep) would after the
    commit. Returns how many were sent."""
    from wetheinternet.core.messaging.delivery import send_due_messages

    return send_due_messages(limit=10_000)
