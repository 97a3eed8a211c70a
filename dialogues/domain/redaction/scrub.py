"""Stored free texts that may hold personal data, and their scrubbing.

Each app registers its free-text columns tied to a dialogue (``register_free_text`` in
its ``AppConfig.ready``): the raw open answers here, the reviewed texts in reports.
Erasing a person re-redacts every such text of the dialogue that mentions them, before
their name is forgotten; the retention purge redacts them all, so raw open answers are
kept redacted only."""

import dataclasses
import re

from django.db import transaction

from .detect import redact
from .names import NameRegister, fold

NOT_DIGIT = re.compile(r"\D+")


@dataclasses.dataclass(frozen=True)
class FreeText:
    model: type
    field: str
    dialogue: str  # lookup from the model to its dialogue
    language: str  # lookup to the text's language
    country: str  # lookup to the country whose phone formats apply


FREE_TEXTS = []


def register_free_text(model, field, *, dialogue, language, country):
    FREE_TEXTS.append(FreeText(model, field, dialogue, language, country))


@dataclasses.dataclass
class Person:
    """The values of one person to look for: names, e-mail address, phone number."""

    names: tuple = ()
    email: str = ""
    phone: str = ""

    def register(self):
        return NameRegister(self.names)

    def mentioned_in(self, text, register):
        folded = fold(text)
        # A cheap look first (most texts mention nobody), the word-by-word match after.
        if any(word in folded for word in register.words) and register.spans(text):
            return True
        if self.email and self.email.casefold() in folded:
            return True
        digits = NOT_DIGIT.sub("", self.phone)[-8:]
        return len(digits) >= 6 and digits in NOT_DIGIT.sub("", text)


def scrub_person(dialogue, person):
    """Re-redact every registered free text of ``dialogue`` that mentions ``person``
    (their names in any spelling, their e-mail address, their phone number): the
    person's names are removed along with everything else the detector finds. Returns
    how many texts changed."""
    register = person.register()
    if not register and not person.email and not person.phone:
        return 0
    return _rewrite(dialogue, register, select=lambda text: person.mentioned_in(text, register))


def scrub_dialogue(dialogue, names):
    """Redact every registered free text of ``dialogue`` with the detector and the
    register ``names`` (the retention purge, before the names are forgotten). Returns
    how many texts changed."""
    return _rewrite(dialogue, names, select=lambda text: True)


def _rewrite(dialogue, register, *, select):
    changed = 0
    with transaction.atomic():
        for free_text in FREE_TEXTS:
            rows = (
                free_text.model.objects.filter(**{free_text.dialogue: dialogue})
                .values_list("pk", free_text.field, free_text.language, free_text.country)
                .order_by("pk")
            )
            updates = []
            for pk, text, language, country in rows.iterator():
                if not text or not select(text):
                    continue
                redacted, _kinds = redact(text, names=register, language=language, regions=[str(country or "")])
                if redacted != text:
                    updates.append(free_text.model(pk=pk, **{free_text.field: redacted}))
            free_text.model.objects.bulk_update(updates, [free_text.field], batch_size=500)
            changed += len(updates)
    return changed


