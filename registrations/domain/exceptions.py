class RegistrationError(Exception):
    """A refusal with a translated message a person can act on."""

    def __init__(self, message, *, field=None):
        self.message = message
        self.field = field
        super().__init__(str(message))


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
