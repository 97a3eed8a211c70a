"""E-mails to registrants: only ever to the person themselves, in their language."""

from django.conf import settings
from django.core.mail import send_mail
from django.template.loader import render_to_string
from django.utils import translation

from .rights import rights_url


def send_registration_confirmation(registrant):
    with translation.override(registrant.preferred_language):
        context = {"registrant": registrant, "rights_url": rights_url(registrant)}
        subject = render_to_string("registrations/email/confirmation_subject.txt", context).strip()
        body = render_to_string("registrations/email/confirmation.txt", context)
    send_mail(subject, body, settings.DEFAULT_FROM_EMAIL, [registrant.email])


def send_selection_notice(registrant):
    with translation.override(registrant.preferred_language):
        context = {"registrant": registrant, "rights_url": rights_url(registrant)}
        subject = render_to_string("registrations/email/selected_subject.txt", context).strip()
        body = render_to_string("registrations/email/selected.txt", context)
    send_mail(subject, body, settings.DEFAULT_FROM_EMAIL, [registrant.email])
