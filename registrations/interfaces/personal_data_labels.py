"""The person's data (``domain.export.personal_data``, machine-readable: codes and ISO
times) made readable for the PDF in their language: a label for every key, the label of
every stored code, dates in the language's format, data written left to right."""

import datetime as dt

from django.conf import settings
from django.utils import formats
from django.utils.translation import gettext_lazy as _
from django_countries import countries

from conduct.enums import AcceptanceMethod

from ..enums import Attendance, ConsentMethod, ConsentPurpose, DataRightsKind, PanelRole, RegistrantStatus

LABELS = {
    "reference_code": _("Reference code"),
    "dialogue": _("Dialogue"),
    "country": _("Country"),
    "site": _("Site"),
    "first_name": _("First name"),
    "last_name": _("Last name"),
    "email": _("E-mail"),
    "phone": _("Phone"),
    "preferred_language": _("Language you prefer"),
    "registered_at": _("Registered on"),
    "registration_method": _("How you registered"),
    "registered_by": _("Registered by"),
    "status": _("Status"),
    "table": _("Table and seat"),
    "former_table": _("Former table and seat"),
    "attendance": _("Attendance"),
    "checked_in_at": _("Checked in on"),
    "optional_messages_stopped_at": _("Reminders, thank-you and evaluation messages stopped on"),
}
# Values that are data (codes, addresses, numbers): isolated and written left to right,
# so that right-to-left text around them does not reorder them ("+216…", not "…216+").
LEFT_TO_RIGHT = {"reference_code", "email", "phone", "table", "former_table"}
CHOICES = {
    "registration_method": ConsentMethod,
    "status": RegistrantStatus,
    "attendance": Attendance,
}


def local_time(value):
    """An ISO timestamp of the export as the language writes a date and time (UTC)."""
    if not value:
        return None
    return formats.date_format(dt.datetime.fromisoformat(value).astimezone(dt.UTC), "DATETIME_FORMAT")


def _label_of(choices, value):
    try:
        return choices(value).label
    except ValueError:
        return value


def _value(key, value):
    if key in CHOICES:
        return _label_of(CHOICES[key], value)
    if key == "country":
        return countries.name(value) or value
    if key == "preferred_language":
        return dict(settings.LANGUAGES).get(value, value)
    if key.endswith("_at"):
        return local_time(value)
    return value


def readable_rows(data, lists):
    """(label, value, left_to_right) for every top-level entry that is not a list."""
    return [
        (LABELS.get(key, key), _value(key, value), key in LEFT_TO_RIGHT)
        for key, value in data.items()
        if key not in lists
    ]


def readable_lists(data):
    """The lists of the export with labels instead of codes and readable dates."""
    return {
        "demographic_answers": data["demographic_answers"],
        "consents": [
            record | {
                "purpose": _label_of(ConsentPurpose, record["purpose"]),
                "method": _label_of(ConsentMethod, record["method"]),
                "language": dict(settings.LANGUAGES).get(record["language"], record["language"]),
                "given_at": local_time(record["given_at"]),
                "withdrawn_at": local_time(record["withdrawn_at"]),
            }
            for record in data["consents"]
        ],
        "code_of_conduct": [
            acceptance | {
                "method": _label_of(AcceptanceMethod, acceptance["method"]),
                "accepted_at": local_time(acceptance["accepted_at"]),
            }
            for acceptance in data["code_of_conduct"]
        ],
        "panel": [
            entry | {"drawn_at": local_time(entry["drawn_at"]), "role": _label_of(PanelRole, entry["role"])}
            for entry in data["panel"]
        ],
        "requests": [
            request | {
                "kind": _label_of(DataRightsKind, request["kind"]),
                "received_at": local_time(request["received_at"]),
                "fulfilled_at": local_time(request["fulfilled_at"]),
            }
            for request in data["requests"]
        ],
    }
