"""The one base of every domain error: a refusal the person who acted can understand
and fix. Each app names its own subclasses; views show them with
``wetheinternet.core.forms.show_domain_error`` (or as a message), the APIs as a 400."""


class DomainError(Exception):
    """A refusal with a translated ``message`` and the form ``field`` it belongs beside
    (None: the form as a whole). A subclass may give a ``default_message``."""

    default_message = None

    def __init__(self, message=None, field=None):
        self.message = message if message is not None else self.default_message
        self.field = field
        super().__init__(str(self.message))
