"""Phone numbers in E.164 (``+33612345678``), parsed with ``phonenumbers`` (libphonenumber)."""

import phonenumbers


def to_e164(raw, region=None):
    """``raw`` in E.164, or "" when it is not a possible number. ``region`` (an ISO
    country code such as "FR") reads national numbers ("06 12 34 56 78")."""
    raw = (raw or "").strip()
    if not raw:
        return ""
    try:
        number = phonenumbers.parse(raw, (region or "").upper() or None)
    except phonenumbers.NumberParseException:
        return ""
    if not phonenumbers.is_possible_number(number):
        return ""
    return phonenumbers.format_number(number, phonenumbers.PhoneNumberFormat.E164)
