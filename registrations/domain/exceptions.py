class RegistrationError(Exception):
    """A refusal with a translated message a person can act on."""

    def __init__(self, message, *, field=None):
        self.message = message
        self.field = field
        super().__init__(str(message))


class DuplicateRegistration(RegistrationError):
    pass


class RightsLinkError(RegistrationError):
    pass


class SelectionError(RegistrationError):
    pass
