"""Messages in the recipient's language. Every e-mail the platform writes (to
registrants, partners, the conduct team, invited people) goes through
``send_templated_mail`` with the recipient's language, so that the subject, the body
and every link (``{% url %}`` gives ``/fr/...``) are in that language. The account
e-mails allauth writes itself (password reset) are in the language of the page that
asked for them."""

from django.conf import settings
from django.core.mail import EmailMultiAlternatives
from django.template import TemplateDoesNotExist
from django.template.loader import render_to_string
from django.utils import translation


def supported_language(code):
    """``code`` if the interface exists in it (``fr-CA`` counts as ``fr``), else the default."""
    available = {language for language, _name in settings.LANGUAGES}
    code = (code or "").lower()
    for candidate in (code, code.split("-")[0]):
        if candidate in available:
            return candidate
    return settings.LANGUAGE_CODE


def send_templated_mail(to, template_prefix, context, language, *, from_email=None, reply_to=None, attachments=()):
    """Render ``<prefix>_subject.txt``, ``<prefix>.txt`` and, if it exists,
    ``<prefix>.html`` inside ``translation.override(language)`` and send one e-mail. The
    text parts are rendered without HTML escaping (the "text" template engine).

    ``context`` is a dict, or a function returning one, called in ``language`` (for
    links built with ``reverse``); ``to`` is an address or a list of addresses; ``attachments`` are
    ``(filename, bytes, mimetype)`` tuples; templates get ``LANGUAGE_CODE`` and
    ``LANGUAGE_BIDI`` (for ``lang`` and ``dir`` in HTML e-mails). Side effect: sends the e-mail now; call it
    from ``transaction.on_commit`` or a Celery task. Returns the number sent (0 or 1)."""
    recipients = [to] if isinstance(to, str) else list(to)
    language = supported_language(language)
    with translation.override(language):
        context = context() if callable(context) else context
        context = {**context, "LANGUAGE_CODE": language, "LANGUAGE_BIDI": translation.get_language_bidi()}
        subject = " ".join(render_to_string(f"{template_prefix}_subject.txt", context, using="text").split())
        body = render_to_string(f"{template_prefix}.txt", context, using="text")
        try:
            html = render_to_string(f"{template_prefix}.html", context)
        except TemplateDoesNotExist:
            html = None
    message = EmailMultiAlternatives(
        subject=subject, body=body, from_email=from_email, to=recipients, reply_to=reply_to
    )
    if html is not None:
        message.attach_alternative(html, "text/html")
    for attachment in attachments:
        message.attach(*attachment)
    return message.send()
