class ConductError(Exception):
    """A refused conduct action; its message is translated and shown to the user."""
