from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class ReportsConfig(AppConfig):
    name = "reports"
    verbose_name = _("Reports and results")

    def ready(self):
        from dialogues.domain.redaction.scrub import register_free_text

        from .models import OpenAnswerReview

        register_free_text(
            OpenAnswerReview,
            "redacted_text",
            dialogue="answer__submission__topic__dialogue",
            language="answer__submission__table__language",
            country="answer__submission__table__site__country",
        )
