from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class ConductConfig(AppConfig):
    name = "conduct"
    verbose_name = _("Code of conduct")

    def ready(self):
        from . import signals  # noqa: F401  (connects the sign-in receiver)
