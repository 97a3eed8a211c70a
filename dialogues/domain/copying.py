"""Copying a dialogue to prepare the next round: its design, never its people.

The copy keeps the topics, the current version of every question with its options (same
codes, so results stay comparable across rounds), the demographic features and their
categories, and the agenda template, in every language (every modeltranslation column).
Apps above dialogues copy their own parts (conduct: the dialogue's code of conduct;
registrations: the consent texts, as new versions nobody has agreed to) through steps
they register with ``register_copy_step`` in their ``AppConfig.ready``: dialogues never
imports them. Partners, sites, people and results are never copied."""

from django.conf import settings
from django.db import transaction
from django.utils.text import slugify
from django.utils.translation import gettext as _
from modeltranslation.utils import get_translation_fields

from wetheinternet.core.audit import log_action

from ..enums import DialogueKind, DialogueStatus
from ..models import AgendaTemplateItem, Category, Dialogue, Feature, Option, Question, Topic
from .errors import DialoguesError
from .stakeholders import ensure_stakeholder_features, is_stakeholder_dialogue

# Functions ``step(source, target, *, by)`` of the apps above, run in the same transaction.
COPY_STEPS = []


def register_copy_step(step):
    if step not in COPY_STEPS:
        COPY_STEPS.append(step)


def translated_fields(*names):
    """Each name with its translation columns (``title``, ``title_en``, ``title_fr``, ...)."""
    return tuple(field for name in names for field in (name, *get_translation_fields(name)))


DIALOGUE_FIELDS = (
    "kind", "languages", "default_language", "anonymity_threshold", "retention_days", "result_grace_minutes",
    *translated_fields("description"),
)
TOPIC_FIELDS = ("code", "position", *translated_fields("title", "description"))
QUESTION_FIELDS = (
    "code", "position", "kind", "mode", "allows_abstention", "max_answers", *translated_fields("text", "help_text"),
)
OPTION_FIELDS = ("code", "position", *translated_fields("label"))
FEATURE_FIELDS = ("code", "position", *translated_fields("name"))
CATEGORY_FIELDS = ("code", "position", *translated_fields("label"))
AGENDA_FIELDS = ("position", "day_number", "kind", "duration_minutes", *translated_fields("title"))


class CopyError(DialoguesError):
    pass


def _values(obj, fields):
    return {field: getattr(obj, field) for field in fields}


def check_copy_values(*, slug, name, first_day, last_day, kind=None):
    if not name or not name.strip():
        raise CopyError(_("Give the new dialogue a name."), field="name")
    if not slug or slugify(slug) != slug:
        raise CopyError(_("Use lowercase letters, digits and hyphens for the short name."), field="slug")
    if Dialogue.objects.filter(slug=slug).exists():
        raise CopyError(_("A dialogue already uses the short name “%(slug)s”.") % {"slug": slug}, field="slug")
    if kind is not None and kind not in DialogueKind.values:
        raise CopyError(_("Choose a kind of dialogue."), field="kind")
    if first_day is None:
        raise CopyError(_("Give the new dialogue's first day."), field="first_day")
    if last_day is not None and last_day < first_day:
        raise CopyError(_("The last day of the dialogue cannot be before its first day."), field="last_day")


def main_dialogue_for(source, kind):
    """The dialogue a copy of ``source`` of ``kind`` is compared with: none for a
    citizens' dialogue (the next round stands on its own); for another kind, the
    citizens' dialogue it comes from (``source``, or the one ``source`` is compared with)."""
    if kind == DialogueKind.CITIZENS:
        return None
    return source if source.kind == DialogueKind.CITIZENS else source.compared_with


def copy_dialogue(source, *, by, slug, name, first_day, last_day=None, kind=None):
    """A new draft dialogue with ``source``'s design (see the module). ``name`` is the
    new name (in the default language, shown in every language until staff translate
    it). ``kind`` makes, say, a stakeholder dialogue from a citizens' one: same question
    codes, so their results can be set side by side; a stakeholder dialogue gets its
    sector and organisation questions (domain/stakeholders.py). A copy of another kind than
    citizens' is compared with its citizens' source (``main_dialogue_for``). Side effects: the new rows, each registered app's copy step,
    audit entry ``dialogues.dialogue.copied``. Raises CopyError for a bad name, short name
    or window. Returns the new dialogue."""
    check_copy_values(slug=slug, name=name, first_day=first_day, last_day=last_day, kind=kind)
    with transaction.atomic():
        target = Dialogue(
            **_values(source, DIALOGUE_FIELDS), **{field: "" for field in get_translation_fields("name")},
            slug=slug, deliberation_date=first_day, end_date=last_day, status=DialogueStatus.DRAFT,
        )
        setattr(target, f"name_{settings.MODELTRANSLATION_DEFAULT_LANGUAGE}", name.strip())
        target.kind = kind or source.kind
        target.compared_with = main_dialogue_for(source, target.kind)
        target.save()
        topics = _copy_topics(source, target)
        _copy_features(source, target)
        for item in AgendaTemplateItem.objects.filter(dialogue=source).order_by("position"):
            AgendaTemplateItem.objects.create(dialogue=target, topic=topics.get(item.topic_id), **_values(item, AGENDA_FIELDS))
        if is_stakeholder_dialogue(target):
            ensure_stakeholder_features(target, by=by)
        for step in COPY_STEPS:
            step(source, target, by=by)
        log_action("dialogues.dialogue.copied", actor=by, target=target, data={"source": source.pk})
    return target


def _copy_topics(source, target):
    """Topics, and of each question its current version (as version 1) with its options.
    Returns ``{source topic id: new topic}``."""
    topics = {}
    for topic in Topic.objects.filter(dialogue=source).order_by("position", "id"):
        topics[topic.pk] = Topic.objects.create(dialogue=target, **_values(topic, TOPIC_FIELDS))
    questions = Question.objects.filter(topic__dialogue=source, is_current=True).prefetch_related("options")
    for question in questions.order_by("topic__position", "position", "id"):
        copy = Question.objects.create(topic=topics[question.topic_id], version=1, is_current=True,
                                       **_values(question, QUESTION_FIELDS))
        Option.objects.bulk_create(
            [Option(question=copy, **_values(option, OPTION_FIELDS)) for option in question.options.all()]
        )
    return topics


def _copy_features(source, target):
    for feature in Feature.objects.filter(dialogue=source).prefetch_related("categories").order_by("position", "id"):
        copy = Feature.objects.create(dialogue=target, **_values(feature, FEATURE_FIELDS))
        Category.objects.bulk_create(
            [Category(feature=copy, **_values(category, CATEGORY_FIELDS)) for category in feature.categories.all()]
        )
