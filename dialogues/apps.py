from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _

from wetheinternet.core.homes import HomePage, register_home_page

HOME_PAGES = [
    HomePage(10, "dialogues.view_staff_home", "dialogues:staff_home", _("Organiser console"),
             _("Every partner, site and country of the dialogue.")),
    HomePage(30, "dialogues.view_partner_home", "dialogues:partner_home", _("Partner dashboard"),
             _("Onboarding, sites, tables and registrations of your organisation.")),
]


class DialoguesConfig(AppConfig):
    name = "dialogues"
    verbose_name = _("Dialogues, partners and sites")

    def ready(self):
        for page in HOME_PAGES:
            register_home_page(page)
