"""Domain exceptions of the dialogues app. Their messages are translated and meant for
the person who acted; ``field`` names the form field the message belongs beside."""


from wetheinternet.core.exceptions import DomainError


class DialoguesError(DomainError):
    """A refused onboarding, site, agenda or table action."""


class OnboardingError(DialoguesError):
    pass


class SiteError(DialoguesError):
    pass


class AgendaError(DialoguesError):
    pass


class TableError(DialoguesError):
    pass


class MaterialError(DialoguesError):
    pass
