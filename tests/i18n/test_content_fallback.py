"""Content fields shown in the visitor's language, or in the dialogue's default
language with a visible marker."""

import pytest
from django.template import Context, Template
from django.utils import translation

from tests.factories.dialogues import DialogueFactory, TopicFactory
from wetheinternet.i18n.content.fallback import translated_value

pytestmark = pytest.mark.django_db

TAG = Template('{% load content_translation %}{% translated_field topic "title" %}')


def _render(topic, language, **context):
    with translation.override(language):
        return TAG.render(Context({"topic": topic, **context}))


def test_translated_field_shows_translation_without_marker():
    topic = TopicFactory(title_en="Digital identity", title_fr="Identité numérique")

    assert _render(topic, "fr") == "Identité numérique"


def test_translated_field_marks_fallback_to_english_in_visitors_language():
    topic = TopicFactory(title_en="Digital identity", title_fr="")

    assert _render(topic, "fr") == (
        '<span lang="en" dir="ltr">Digital identity</span> <span class="content-fallback">(affiché en anglais)</span>'
    )


def test_translated_field_falls_back_to_dialogues_default_language():
    dialogue = DialogueFactory(default_language="fr")
    topic = TopicFactory(dialogue=dialogue, title_en="Digital identity", title_fr="Identité numérique", title_ar="")
    topic = type(topic).objects.select_related("dialogue").get(pk=topic.pk)

    assert _render(topic, "ar") == (
        '<span lang="fr" dir="ltr">Identité numérique</span> <span class="content-fallback">(معروض باللغة الفرنسية)</span>'
    )


def test_translated_field_uses_dialogue_of_template_when_object_has_none_loaded():
    dialogue = DialogueFactory(default_language="es")
    topic = TopicFactory(dialogue=dialogue, title_en="Governing AI", title_es="Gobernar la IA", title_fr="")
    topic = type(topic).objects.get(pk=topic.pk)

    assert _render(topic, "fr", dialogue=dialogue) == (
        '<span lang="es" dir="ltr">Gobernar la IA</span> <span class="content-fallback">(affiché en espagnol)</span>'
    )


def test_translated_field_escapes_content():
    topic = TopicFactory(title_en="<b>AI</b> & us", title_es="")

    assert _render(topic, "es") == (
        '<span lang="en" dir="ltr">&lt;b&gt;AI&lt;/b&gt; &amp; us</span> '
        '<span class="content-fallback">(mostrado en inglés)</span>'
    )


def test_translated_value_gives_text_and_language_for_custom_markup():
    topic = TopicFactory(title_en="Internet and me", title_ar="")

    value = translated_value(topic, "title", language="ar")

    assert (value.text, value.language, value.is_fallback) == ("Internet and me", "en", True)


def test_translated_filter_marks_fallback_like_the_tag():
    topic = TopicFactory(title_en="Governing AI", title_fr="")

    with translation.override("fr"):
        html = Template('{% load content_translation %}<h2>{{ topic|translated:"title" }}</h2>').render(
            Context({"topic": topic}))

    assert html == (
        '<h2><span lang="en" dir="ltr">Governing AI</span> <span class="content-fallback">(affiché en anglais)</span></h2>'
    )


def test_plain_field_access_falls_back_to_any_language_with_text():
    topic = TopicFactory(title_en="", title_fr="Identité numérique", title_es="", title_ar="")

    with translation.override("es"):
        assert topic.title == "Identité numérique"


def test_fallback_in_a_right_to_left_language_is_marked_right_to_left():
    topic = TopicFactory(title_en="", title_ar="الهوية الرقمية", title_fr="")

    assert _render(topic, "fr").startswith('<span lang="ar" dir="rtl">الهوية الرقمية</span>')
