from wetheinternet.core.exceptions import DomainError


class RegistrationError(DomainError):
    """A refused registration, panel, seating or data-rights action."""


class DuplicateRegistration(RegistrationError):
    pass


class RegistrationNotOpen(RegistrationError):
    """Registration is refused until the partner organisation is approved."""


class RightsLinkError(RegistrationError):
    pass


class SelectionError(RegistrationError):
    pass


class RedrawNeedsConfirmation(SelectionError):
    """A draw would replace a current panel: ``replaces`` says what (see
    ``registrations.domain.pool.current_panel_summary``)."""

    def __init__(self, message, *, replaces):
        self.replaces = replaces
        super().__init__(message)
