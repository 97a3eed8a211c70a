"""E-mails to registrants: only ever to the person themselves, in their language, each
with the link to their data-rights page."""

from wetheinternet.core.i18n import send_templated_mail

from .rights import rights_url


def _send(registrant, template):
    send_templated_mail(
        registrant.email, f"registrations/email/{template}",
        lambda: {"registrant": registrant, "rights_url": rights_url(registrant)}, registrant.preferred_language,
    )


def send_registration_confirmation(registrant):
    _send(registrant, "confirmation")


def send_selection_notice(registrant):
    _send(registrant, "selected")


def send_rights_link(registrant):
    _send(registrant, "new_link")
