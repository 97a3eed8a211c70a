from django.utils.translation import gettext_lazy as _

from wetheinternet.core.exceptions import DomainError


class AnalysisError(DomainError):
    """A refusal of the analysis pages (codebook, tagging, translations, recommendations)."""


class TranslationImportError(DomainError):
    """A translation file with bad rows: ``problems`` lists ``(row, message)``; nothing was imported."""

    default_message = _("Nothing was imported: correct the rows below and send the whole file again.")

    def __init__(self, problems):
        super().__init__()
        self.problems = problems


class EvaluationError(DomainError):
    """A refusal of an evaluation answer (unknown or used token, closed questionnaire,
    answered already, an answer out of range)."""
