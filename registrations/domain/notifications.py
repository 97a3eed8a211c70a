"""E-mails to registrants: only ever to the person themselves, in their language, each
with the link to their data-rights page."""

from django.conf import settings
from django.core.mail import send_mail
from django.template.loader import render_to_string
from django.utils import translation

from .rights import rights_url


def _send(registrant, template):
    with translation.override(registrant.preferred_language):
        context = {"registrant": registrant, "rights_url": rights_url(registrant)}
        subject = render_to_string(f"registrations/email/{template}_subject.txt", context).strip()
        body = render_to_string(f"registrations/email/{template}.txt", context)
    send_mail(subject, body, settings.DEFAULT_FROM_EMAIL, [registrant.email])


def send_registration_confirmation(registrant):
    _send(registrant, "confirmation")


def send_selection_notice(registrant):
    _send(registrant, "selected")


def send_rights_link(registrant):
    _send(registrant, "new_link")
