from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class AnalysisConfig(AppConfig):
    name = "analysis"
    verbose_name = _("Analysis and impact")

    def ready(self):
        from reports.domain.content import add_report_chapter
        from wetheinternet.core.homes import HomePage, register_home_page

        from .domain.chapter import recommended_chapter, themes_fingerprint

        add_report_chapter(recommended_chapter, fingerprint=themes_fingerprint)
        register_home_page(HomePage(
            35, "analysis.view_analyst_home", "analysis:home", _("Analysis of open answers"),
            _("Themes of the open answers, their counts, translations and recommendations."),
        ))
        register_home_page(HomePage(
            36, "analysis.view_decision_maker_home", "analysis:decision_maker_home", _("Your responses"),
            _("The citizens' recommendations you are asked to respond to."),
        ))
