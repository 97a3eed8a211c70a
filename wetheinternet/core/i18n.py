"""Messages in the recipient's language. Every e-mail and SMS the platform writes (to
registrants, partners, the conduct team, invited people) goes through
``wetheinternet.core.messaging.queue.send_templated_mail`` (or ``send_message``) with
the recipient's language, so that the subject, the body
and every link (``{% url %}`` gives ``/fr/...``) are in that language. The account
e-mails allauth writes itself (password reset) are in the language of the page that
asked for them."""

from django.conf import settings


def supported_language(code):
    """``code`` if the interface exists in it (``fr-CA`` counts as ``fr``), else the default."""
    available = {language for language, _name in settings.LANGUAGES}
    code = (code or "").lower()
    for candidate in (code, code.split("-")[0]):
        if candidate in available:
            return candidate
    return settings.LANGUAGE_CODE
