"""Why a result was not stored. Views and the API turn these into 400, 403 and 409."""

from django.utils.translation import gettext_lazy as _

from wetheinternet.core.exceptions import DomainError


class ResultError(DomainError):
    default_message = _("The result was not stored.")


class ResultInvalid(ResultError):
    """The content does not add up; ``errors`` maps a field key to its messages."""

    default_message = _("Some answers need your attention: see the messages beside the fields.")

    def __init__(self, errors, message=None):
        self.errors = errors
        super().__init__(message)


class ResultRefused(ResultError):
    """This person may not send this result now (window not open, results closed)."""


class ResultConflict(ResultError):
    """The submission clashes with one already stored (same id, other content; or a
    correction of a result that was already corrected)."""
