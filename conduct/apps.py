from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _

from wetheinternet.core.homes import HomePage, register_home_page

HOME_PAGES = [
    HomePage(20, "conduct.view_queue", "conduct:queue", _("Conduct reports"),
             _("Triage and decide on incident reports.")),
    HomePage(40, "conduct.view_contact_home", "conduct:contact_home", _("Conduct contact"),
             _("The code of conduct at your sites and their first-line reports.")),
]


class ConductConfig(AppConfig):
    name = "conduct"
    verbose_name = _("Code of conduct")

    def ready(self):
        from dialogues.domain.copying import register_copy_step
        from dialogues.domain.mirrors import register_activity_check, register_purge_step, register_signup_step
        from dialogues.domain.toolkit import register_toolkit_section
        from dialogues.rules import install_activity_limit_check

        from . import signals  # noqa: F401  (connects the sign-in receiver)
        from .domain.copying import code_of_conduct_section, copy_code_of_conduct
        from .domain.mirrors import accept_code_at_mirror_signup, forget_mirror_acceptances, has_conduct_activity
        from .domain.queries import is_activity_limited

        install_activity_limit_check(is_activity_limited)
        register_copy_step(copy_code_of_conduct)
        register_toolkit_section(code_of_conduct_section)
        register_signup_step(accept_code_at_mirror_signup)
        register_activity_check(has_conduct_activity)
        register_purge_step(forget_mirror_acceptances)
        for page in HOME_PAGES:
            register_home_page(page)
