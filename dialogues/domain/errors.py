"""Domain exceptions of the dialogues app. Their messages are translated and meant for
the person who acted; ``field`` names the form field the message belongs beside."""


class DialoguesError(Exception):
    def __init__(self, message, *, field=None):
        super().__init__(message)
        self.message = message
        self.field = field


class OnboardingError(DialoguesError):
    pass


class SiteError(DialoguesError):
    pass


class AgendaError(DialoguesError):
    pass


class TableError(DialoguesError):
    pass
