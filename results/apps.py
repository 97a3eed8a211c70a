from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _

from wetheinternet.core.homes import HomePage, register_home_page

HOME_PAGES = [
    HomePage(50, "results.view_facilitator_home", "results:facilitator_home", _("My tables as facilitator"),
             _("Your tables, their agenda and results to confirm.")),
    HomePage(60, "results.view_note_taker_home", "results:note_taker_home", _("Result entry"),
             _("Enter the results of your tables for each session.")),
]


class ResultsConfig(AppConfig):
    name = "results"
    verbose_name = _("Table results")

    def ready(self):
        from dialogues.domain.mirrors import register_activity_check
        from dialogues.domain.queries.dashboard import register_partner_figures
        from dialogues.domain.questions import register_question_holder
        from dialogues.domain.redaction.scrub import register_free_text
        from registrations.domain.holders import register_personal_file, register_seat_categories

        from .domain import storage
        from .domain.queries.activity import has_results
        from .domain.queries.progress import partner_result_figures
        from .models import OpenAnswer, ResultSubmission

        for page in HOME_PAGES:
            register_home_page(page)
        register_free_text(
            OpenAnswer,
            "text",
            dialogue="submission__topic__dialogue",
            language="submission__table__language",
            country="submission__table__site__country",
        )
        register_partner_figures(partner_result_figures)
        register_activity_check(has_results)
        register_seat_categories(storage.remove_seat_categories)
        register_question_holder(storage.answers_question)
        register_personal_file(ResultSubmission, "photo", dialogue="topic__dialogue")
