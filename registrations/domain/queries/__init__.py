"""Read queries other apps may call (imports flow dialogues → conduct → registrations →
reports; dialogues' result entry imports these inside functions)."""

from .dashboard import partner_registration_numbers
from .seats import personal_names, seat_categories

__all__ = ["partner_registration_numbers", "personal_names", "seat_categories"]
