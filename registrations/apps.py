from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class RegistrationsConfig(AppConfig):
    name = "registrations"
    verbose_name = _("Registration, consent and panels")

    def ready(self):
        from conduct.domain.participants import install_participant_directory
        from dialogues.domain.copying import register_copy_step
        from dialogues.domain.mirrors import register_activity_check
        from dialogues.domain.queries.dashboard import register_partner_figures
        from dialogues.domain.site_changes import install_site_change_listener
        from dialogues.domain.toolkit import register_toolkit_section
        from wetheinternet.core.messaging.queue import install_recipient_check

        from .domain.consent_texts import consent_texts_section, copy_consent_texts
        from .domain.notifications import message_drop_reason
        from .domain.queries.conduct_directory import RegistrantDirectory
        from .domain.queries.dashboard import partner_dashboard_figures
        from .domain.retention import has_registrants
        from .domain.site_changes import count_people_to_tell, tell_of_site_change

        register_partner_figures(partner_dashboard_figures)
        install_participant_directory(RegistrantDirectory())
        register_copy_step(copy_consent_texts)
        register_toolkit_section(consent_texts_section)
        register_activity_check(has_registrants)
        install_recipient_check("registrant", message_drop_reason)
        install_site_change_listener(count=count_people_to_tell, notify=tell_of_site_change)
