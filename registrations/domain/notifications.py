"""E-mails to registrants: only ever to the person themselves, in their language, each
with the link to their data-rights page."""

from django.utils import translation

from wetheinternet.core.i18n import send_templated_mail

from .rights import rights_url


def _send(registrant, template):
    with translation.override(registrant.preferred_language):
        context = {"registrant": registrant, "rights_url": rights_url(registrant)}
    send_templated_mail(registrant.email, f"registrations/email/{template}", context, registrant.preferred_language)


def send_registration_confirmation(registrant):
    _send(registrant, "confirmation")


def send_selection_notice(registrant):
    _send(registrant, "selected")


def send_rights_link(registrant):
    _send(registrant, "new_link")
