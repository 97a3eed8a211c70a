"""Consent texts: versioned, and immutable once someone has agreed to them."""

from django.conf import settings
from django.db import transaction
from django.db.models import Max
from django.utils import timezone

from wetheinternet.core.audit import log_action

from ..enums import ConsentPurpose
from ..models import ConsentText


def current_consent_texts(dialogue, *, media_site=False):
    """``{purpose: ConsentText}``: the latest version per purpose. Photographs only at
    media sites."""
    texts = {}
    for text in ConsentText.objects.filter(dialogue=dialogue).order_by("purpose", "-version"):
        texts.setdefault(text.purpose, text)
    if not media_site:
        texts.pop(ConsentPurpose.PHOTOGRAPHS, None)
    return {purpose: texts[purpose] for purpose in ConsentPurpose.values if purpose in texts}


def wording_fields():
    """The translated fields of a consent text's wording (``text_en``, ``text_fr``, ...)."""
    return [f"text_{code.replace('-', '_')}" for code, _name in settings.LANGUAGES]


def is_agreed_to(text):
    return text.pk is not None and text.records.exists()


def save_consent_text(text, wording, *, by):
    """Save a change of ``text``'s wording (``{"text_en": ..., "text_fr": ...}``). A
    text nobody has agreed to yet is changed in place; a text someone agreed to is never
    changed: the new wording becomes the next version of the same purpose, published
    now, and the records keep pointing to the wording the person saw.

    Side effects: the text updated or a new ConsentText; audit entry
    ``registrations.consent_text.edited`` or ``registrations.consent_text.versioned``.
    Returns the text that holds the new wording."""
    wording = {field: value for field, value in wording.items() if field in wording_fields()}
    with transaction.atomic():
        stored = ConsentText.objects.select_for_update().get(pk=text.pk)
        if not any(getattr(stored, field) != value for field, value in wording.items()):
            return stored
        if not is_agreed_to(stored):
            for field, value in wording.items():
                setattr(stored, field, value)
            stored.save()
            log_action("registrations.consent_text.edited", actor=by, target=stored)
            return stored
        latest = ConsentText.objects.filter(dialogue=stored.dialogue, purpose=stored.purpose).aggregate(
            Max("version")
        )["version__max"]
        new = ConsentText(dialogue=stored.dialogue, purpose=stored.purpose, version=latest + 1,
                          published_at=timezone.now())
        for field in wording_fields():
            setattr(new, field, wording.get(field, getattr(stored, field)))
        new.save()
        log_action("registrations.consent_text.versioned", actor=by, target=new,
                   data={"replaces": stored.pk, "version": new.version})
    return new


def copy_consent_texts(source, target, *, by):
    """Copy ``source``'s current consent texts to the new dialogue ``target`` (a copy
    step of ``dialogues.domain.copying``): each purpose's latest wording, in every
    language, as version 1 of a new text nobody has agreed to. Side effects: the rows,
    audit entry ``registrations.consent_text.copied``."""
    texts = current_consent_texts(source, media_site=True)
    for purpose, text in texts.items():
        ConsentText.objects.create(
            dialogue=target, purpose=purpose, version=1, text=text.text,
            **{field: getattr(text, field) for field in wording_fields()},
        )
    log_action("registrations.consent_text.copied", actor=by, target=target, data={"texts": len(texts)})


def consent_texts_section(dialogue, text):
    """A toolkit section (``dialogues.domain.toolkit``): the current wording of each
    consent purpose, so others can ask for consent the same way."""
    return "consent_texts", [
        {"purpose": purpose, "version": consent.version, "text": text(consent, "text")}
        for purpose, consent in current_consent_texts(dialogue, media_site=True).items()
    ]
