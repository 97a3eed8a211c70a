"""A dialogue published as a toolkit: its design, in every language it has, for anyone
to read and download (a public page and a JSON file), so others can run their own.

The toolkit holds the topics, questions (same codes) and options, the demographic
features, the agenda template, and the parts apps above dialogues add with
``register_toolkit_section`` (conduct: the code of conduct; registrations: the consent
texts). It never holds partners, sites, people or results: only design."""

from django.db import transaction
from django.utils import timezone, translation

from wetheinternet.core.audit import log_action

from ..models import AgendaTemplateItem, Feature, Question, Topic

# Functions ``section(dialogue, text) -> (key, value)``; ``text(obj, field)`` gives the
# field in the language asked for, or ``{language: value}`` for every language.
TOOLKIT_SECTIONS = []


def register_toolkit_section(section):
    if section not in TOOLKIT_SECTIONS:
        TOOLKIT_SECTIONS.append(section)


def publish_toolkit(dialogue, *, by):
    """Publish ``dialogue`` as a toolkit. Side effects: ``toolkit_published_at``, audit
    entry ``dialogues.toolkit.published``."""
    with transaction.atomic():
        dialogue.toolkit_published_at = timezone.now()
        dialogue.save(update_fields=["toolkit_published_at"])
        log_action("dialogues.toolkit.published", actor=by, target=dialogue)


def withdraw_toolkit(dialogue, *, by):
    """Take the toolkit off the public pages. Side effects: ``toolkit_published_at``
    cleared, audit entry ``dialogues.toolkit.withdrawn``."""
    with transaction.atomic():
        dialogue.toolkit_published_at = None
        dialogue.save(update_fields=["toolkit_published_at"])
        log_action("dialogues.toolkit.withdrawn", actor=by, target=dialogue)


def toolkit_languages(dialogue):
    return list(dialogue.languages or [dialogue.default_language])


def _text_getter(languages, language):
    def text(obj, field):
        if language is not None:
            with translation.override(language):
                return getattr(obj, field)
        values = {}
        for code in languages:
            with translation.override(code):
                values[code] = getattr(obj, field)
        return values

    return text


def toolkit_data(dialogue, *, language=None):
    """The toolkit as plain data (JSON-ready). With ``language``, every text in that
    language (the default language where a translation is missing); without, every text
    as ``{language: text}`` for each of the dialogue's languages. Reads only."""
    languages = toolkit_languages(dialogue)
    text = _text_getter(languages, language)
    data = {
        "dialogue": {"slug": dialogue.slug, "kind": dialogue.kind, "name": text(dialogue, "name"),
                     "description": text(dialogue, "description")},
        "languages": languages,
        "topics": _topics(dialogue, text),
        "demographic_features": [
            {"code": feature.code, "question": text(feature, "name"),
             "categories": [{"code": c.code, "label": text(c, "label")} for c in feature.categories.all()]}
            for feature in Feature.objects.filter(dialogue=dialogue).prefetch_related("categories")
        ],
        "agenda_template": [
            {"position": item.position, "day": item.day_number, "kind": item.kind, "title": text(item, "title"),
             "topic": item.topic.code if item.topic else None, "duration_minutes": item.duration_minutes}
            for item in AgendaTemplateItem.objects.filter(dialogue=dialogue).select_related("topic").order_by("day_number", "position")
        ],
    }
    for section in TOOLKIT_SECTIONS:
        key, value = section(dialogue, text)
        data[key] = value
    return data


def _topics(dialogue, text):
    questions = {}
    current = Question.objects.filter(topic__dialogue=dialogue, is_current=True).prefetch_related("options")
    for question in current.order_by("position", "id"):
        questions.setdefault(question.topic_id, []).append({
            "code": question.code, "kind": question.kind, "mode": question.mode,
            "allows_abstention": question.allows_abstention, "max_answers": question.max_answers,
            "text": text(question, "text"), "help_text": text(question, "help_text"),
            "options": [{"code": option.code, "label": text(option, "label")} for option in question.options.all()],
        })
    return [
        {"code": topic.code, "title": text(topic, "title"), "description": text(topic, "description"),
         "questions": questions.get(topic.pk, [])}
        for topic in Topic.objects.filter(dialogue=dialogue).order_by("position", "id")
    ]
