from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class ResultsConfig(AppConfig):
    name = "results"
    verbose_name = _("Table results")

    def ready(self):
        from dialogues.domain.queries.dashboard import register_partner_figures
        from dialogues.domain.redaction.scrub import register_free_text
        from registrations.domain.holders import register_personal_file, register_seat_categories

        from .domain.queries.progress import partner_result_figures
        from .models import BallotCategory, OpenAnswer, ResultSubmission

        register_free_text(
            OpenAnswer,
            "text",
            dialogue="submission__topic__dialogue",
            language="submission__table__language",
            country="submission__table__site__country",
        )
        register_partner_figures(partner_result_figures)
        register_seat_categories(
            BallotCategory, table="ballot__submission__table", seat_number="ballot__seat_number", category="category"
        )
        register_personal_file(ResultSubmission, "photo", dialogue="topic__dialogue")
