"""Stakeholder dialogues: online sessions of organisations' representatives, asked the
same questions (same codes) as the citizens so reports can set them side by side.

Whom a participant represents is stored the way every demographic answer is: as a
category of a feature of the dialogue (``sector``: government, business, civil
society, technical community, academia; ``organisation``: one category per
organisation), never as part of the person's identity. Registration asks them like any
other demographic question, and figures by sector or organisation follow the same
disclosure rules."""

from django.conf import settings
from django.db import transaction
from django.utils.text import slugify
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy, override

from wetheinternet.core.audit import log_action

from ..enums import DialogueKind
from ..models import Category, Feature
from .errors import DialoguesError

SECTOR, ORGANISATION = "sector", "organisation"
SECTORS = [
    ("government", gettext_lazy("Government")),
    ("business", gettext_lazy("Business")),
    ("civil-society", gettext_lazy("Civil society")),
    ("technical-community", gettext_lazy("Technical community")),
    ("academia", gettext_lazy("Academia")),
]
FEATURE_NAMES = {
    SECTOR: gettext_lazy("Sector of the organisation you represent"),
    ORGANISATION: gettext_lazy("Organisation you represent"),
}


class StakeholderError(DialoguesError):
    pass


def is_stakeholder_dialogue(dialogue):
    return dialogue.kind == DialogueKind.STAKEHOLDERS


def _in_every_language(field, text):
    """``{field_xx: text in xx}`` for every interface language (modeltranslation columns)."""
    values = {}
    for code, _name in settings.LANGUAGES:
        with override(code):
            values[f"{field}_{code.replace('-', '_')}"] = str(text)
    return values


def _feature(dialogue, code, position):
    feature, _created = Feature.objects.get_or_create(
        dialogue=dialogue, code=code,
        defaults={"position": position, "name": str(FEATURE_NAMES[code]), **_in_every_language("name", FEATURE_NAMES[code])},
    )
    return feature


def ensure_stakeholder_features(dialogue, *, by):
    """Give a stakeholder dialogue its ``sector`` feature (the five sectors, in every
    language) and its ``organisation`` feature (organisations are added with
    ``add_organisation``). Idempotent. Side effects: feature and category rows, audit
    entry ``dialogues.stakeholders.features_ensured``."""
    if not is_stakeholder_dialogue(dialogue):
        raise StakeholderError(_("Only a stakeholder dialogue asks whom its participants represent."))
    with transaction.atomic():
        last = Feature.objects.filter(dialogue=dialogue).order_by("-position").values_list("position", flat=True).first() or 0
        sector = _feature(dialogue, SECTOR, last + 1)
        _feature(dialogue, ORGANISATION, last + 2)
        for position, (code, label) in enumerate(SECTORS):
            Category.objects.get_or_create(
                feature=sector, code=code,
                defaults={"position": position, "label": str(label), **_in_every_language("label", label)},
            )
        log_action("dialogues.stakeholders.features_ensured", actor=by, target=dialogue)


def add_organisation(dialogue, name, *, by):
    """Add an organisation whose representatives take part (a category of the
    ``organisation`` feature; its name is the organisation's, the same in every
    language). Returns the category; an organisation already there is returned as is.
    Side effects: the row, audit entry ``dialogues.stakeholders.organisation_added``."""
    name = (name or "").strip()
    code = slugify(name)[:40]
    if not code:
        raise StakeholderError(_("Give the organisation's name."), field="name")
    feature = Feature.objects.filter(dialogue=dialogue, code=ORGANISATION).first()
    if feature is None:
        raise StakeholderError(_("Only a stakeholder dialogue asks whom its participants represent."))
    with transaction.atomic():
        position = feature.categories.count()
        category, created = Category.objects.get_or_create(
            feature=feature, code=code,
            defaults={"position": position, "label": name, **{field: name for field in _in_every_language("label", name)}},
        )
        if created:
            log_action("dialogues.stakeholders.organisation_added", actor=by, target=dialogue, data={"code": code})
    return category
