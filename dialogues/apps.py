from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class DialoguesConfig(AppConfig):
    name = "dialogues"
    verbose_name = _("Dialogues, partners and sites")

    def ready(self):
        from . import result_rules  # noqa: F401  (result entry's permissions, kept in their own module)
        from .domain.redaction.scrub import register_free_text
        from .models import OpenAnswer

        register_free_text(
            OpenAnswer,
            "text",
            dialogue="submission__topic__dialogue",
            language="submission__table__language",
            country="submission__table__site__country",
        )
