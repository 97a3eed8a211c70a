"""Copying a dialogue for its next round keeps its design (codes, every language),
makes consent texts nobody has agreed to and a draft code of conduct, and copies no
partner, site, person or result."""

import datetime as dt

import pytest

from conduct.models import CodeOfConduct
from dialogues.domain.copying import CopyError, copy_dialogue
from dialogues.models import AgendaTemplateItem, Dialogue, Option, Question, Site
from registrations.models import ConsentText, Registrant
from tests.factories.accounts import StaffFactory
from wetheinternet.core.models import AuditEntry

pytestmark = pytest.mark.django_db


def _copy(design, **changes):
    values = {"slug": "wti-2021", "name": "We, the Internet 2021", "first_day": dt.date(2021, 10, 9), "last_day": None}
    return copy_dialogue(design.dialogue, by=StaffFactory(), **(values | changes))


def test_copy_keeps_question_codes_and_every_translation(design):
    copy = _copy(design)

    question = Question.objects.get(topic__dialogue=copy)
    assert (question.code, question.text_en, question.text_fr, question.version, question.is_current) == (
        "di-holder", "Who should hold your identity?", "Qui devrait détenir votre identité ?", 1, True)
    assert list(Option.objects.filter(question=question).values_list("code", "label_en", "label_fr")) == [
        ("opt-0", "The state", "L'État"), ("opt-1", "Myself", "Moi-même")]
    assert list(copy.topics.values_list("code", "title_fr")) == [("digital-identity", "Identité numérique")]
    assert list(copy.features.values_list("code", "name_fr")) == [("age", "Tranche d'âge")]


def test_copy_keeps_the_agenda_template_with_its_days_and_topics(design):
    copy = _copy(design)

    items = AgendaTemplateItem.objects.filter(dialogue=copy).order_by("position")
    assert [(i.title_fr, i.day_number, i.topic.code if i.topic else None) for i in items] == [
        ("Ouverture", 1, None), ("Identité numérique", 2, "digital-identity")]
    assert items[1].topic.dialogue == copy


def test_copy_makes_consent_texts_nobody_has_agreed_to(design):
    copy = _copy(design)

    text = ConsentText.objects.get(dialogue=copy)
    assert (text.purpose, text.version, text.text_en, text.text_fr) == ("participation", 1, "I take part.", "Je participe.")
    assert text.pk != design.consent.pk and not text.records.exists()
    assert design.consent.records.count() == 1


def test_copy_makes_a_draft_of_the_dialogues_code_of_conduct(design):
    copy = _copy(design)

    code = CodeOfConduct.objects.get(dialogue=copy)
    assert code.slug == "wti-2021-code"
    assert list(code.versions.values_list("number", "state", "body_en", "body_fr")) == [
        (1, "draft", "We listen to each other.", "Nous nous écoutons.")]


def test_copy_is_a_draft_with_the_new_name_and_window_and_no_people(design):
    copy = _copy(design, last_day=dt.date(2021, 10, 31))

    assert (copy.status, copy.name, copy.name_fr, copy.first_day, copy.last_day, copy.languages) == (
        "draft", "We, the Internet 2021", "", dt.date(2021, 10, 9), dt.date(2021, 10, 31), ["en", "fr"])
    assert not copy.partners.exists()
    assert not Site.objects.filter(partner__dialogue=copy).exists()
    assert not Registrant.objects.filter(dialogue=copy).exists()
    assert AuditEntry.objects.filter(action="dialogues.dialogue.copied").count() == 1


@pytest.mark.parametrize("changes, field", [
    ({"slug": "wti-2020"}, "slug"), ({"slug": "Not A Slug"}, "slug"), ({"name": "  "}, "name"),
    ({"last_day": dt.date(2021, 10, 1)}, "last_day"), ({"first_day": None}, "first_day"),
])
def test_copy_refuses_bad_values_and_creates_nothing(design, changes, field):
    with pytest.raises(CopyError) as error:
        _copy(design, **changes)

    assert error.value.field == field
    assert Dialogue.objects.count() == 1
