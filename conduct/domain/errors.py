from wetheinternet.core.exceptions import DomainError


class ConductError(DomainError):
    """A refused conduct action; its message is translated and shown to the user."""
