from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class AnalysisConfig(AppConfig):
    name = "analysis"
    verbose_name = _("Analysis and impact")

    def ready(self):
        from dialogues.domain.redaction.scrub import register_free_text
        from registrations.domain.evaluation_codes import install_evaluation_code_provider
        from reports.domain.chapters import add_report_chapter, add_topic_highlights
        from reports.domain.jobs import register_leased_job
        from reports.domain.open_data_package import add_open_data_resource
        from wetheinternet.core.homes import HomePage, register_home_page

        from .domain.chapter import recommended_chapter, themes_fingerprint, topic_theme_highlights
        from .domain.evaluation import hand_out_codes
        from .domain.evaluation_open_data import EVALUATION_RESOURCE
        from .domain.evaluation_report import AUDIT_ACTION, BUILD_TASK
        from .models import AnswerTranslation, EvaluationReport

        # A translation repeats an answer's text: a person's name in it is scrubbed at
        # erasure and at the end of the retention period like the answer's.
        register_free_text(
            AnswerTranslation, "text",
            dialogue="review__answer__submission__topic__dialogue", language="language",
            country="review__answer__submission__table__site__country",
        )

        # A killed worker's evaluation report is queued again by the report sweep.
        register_leased_job(EvaluationReport, BUILD_TASK, AUDIT_ACTION)
        add_report_chapter(recommended_chapter, fingerprint=themes_fingerprint)
        install_evaluation_code_provider(hand_out_codes)
        add_open_data_resource(EVALUATION_RESOURCE)
        add_topic_highlights(topic_theme_highlights)
        register_home_page(HomePage(
            35, "analysis.view_analyst_home", "analysis:home", _("Analysis of open answers"),
            _("Themes of the open answers, their counts, translations and recommendations."),
        ))
        register_home_page(HomePage(
            36, "analysis.view_decision_maker_home", "analysis:decision_maker_home", _("Your responses"),
            _("The citizens' recommendations you are asked to respond to."),
        ))
