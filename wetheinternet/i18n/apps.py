from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class I18nConfig(AppConfig):
    """The language machinery: compiling the catalogues, the checks that keep them
    complete, content-translation fallbacks and the staff pages for translators."""

    name = "wetheinternet.i18n"
    label = "i18n"
    verbose_name = _("Languages")

    def ready(self):
        from .languages import register_extra_languages

        register_extra_languages()
