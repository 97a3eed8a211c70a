from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class ReportsConfig(AppConfig):
    name = "reports"
    verbose_name = _("Reports and results")

    def ready(self):
        from dialogues.domain.redaction.scrub import register_free_text

        from .domain.chapters import add_report_chapter
        from .domain.comparisons import comparison_chapter, comparison_fingerprint
        from .models import OpenAnswerReview

        # Mirror, stakeholder and demonstration dialogues: their figures beside their
        # main dialogue's released ones (reports/domain/comparisons.py).
        add_report_chapter(comparison_chapter, fingerprint=comparison_fingerprint)

        register_free_text(
            OpenAnswerReview,
            "redacted_text",
            dialogue="answer__submission__topic__dialogue",
            language="answer__submission__table__language",
            country="answer__submission__table__site__country",
        )
