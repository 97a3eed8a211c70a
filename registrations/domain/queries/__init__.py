"""Read queries other apps may call (imports flow dialogues → conduct → registrations →
results → reports)."""

from .dashboard import partner_registration_numbers
from .seats import personal_names, seat_categories

__all__ = ["partner_registration_numbers", "personal_names", "seat_categories"]
