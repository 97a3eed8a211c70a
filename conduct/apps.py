from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class ConductConfig(AppConfig):
    name = "conduct"
    verbose_name = _("Code of conduct")

    def ready(self):
        from dialogues.rules import install_activity_limit_check

        from . import signals  # noqa: F401  (connects the sign-in receiver)
        from .domain.queries import is_activity_limited

        install_activity_limit_check(is_activity_limited)
