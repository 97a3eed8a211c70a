from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _

from wetheinternet.core.homes import HomePage, register_home_page

HOME_PAGES = [
    HomePage(10, "dialogues.view_staff_home", "dialogues:staff_home", _("Organiser console"),
             _("Every partner, site and country of the dialogue.")),
    HomePage(30, "dialogues.view_partner_home", "dialogues:partner_home", _("Partner dashboard"),
             _("Onboarding, sites, tables and registrations of your organisation.")),
    HomePage(50, "dialogues.view_facilitator_home", "dialogues:facilitator_home", _("My tables as facilitator"),
             _("Your tables, their agenda and results to confirm.")),
    HomePage(60, "dialogues.view_note_taker_home", "dialogues:note_taker_home", _("Result entry"),
             _("Enter the results of your tables for each session.")),
]


class DialoguesConfig(AppConfig):
    name = "dialogues"
    verbose_name = _("Dialogues, partners and sites")

    def ready(self):
        from . import result_rules  # noqa: F401  (result entry's permissions, kept in their own module)
        from .domain.redaction.scrub import register_free_text
        from .models import OpenAnswer

        for page in HOME_PAGES:
            register_home_page(page)
        register_free_text(
            OpenAnswer,
            "text",
            dialogue="submission__topic__dialogue",
            language="submission__table__language",
            country="submission__table__site__country",
        )
