import io

import pytest

from analysis.domain.errors import TranslationImportError
from analysis.domain.translations import import_translations, save_translation
from analysis.interfaces.translation_import import read_translation_rows
from analysis.models import AnswerTranslation
from reports.enums import ReviewState


def _rows(text):
    upload = io.BytesIO(text.encode())
    return read_translation_rows(upload)


def test_import_with_one_bad_row_imports_nothing_and_names_each_bad_row(tiny, answers, translator):
    pending = answers[2]
    pending.state = ReviewState.PENDING
    pending.save()
    content = (
        "answer,language,translation\n"
        f"{answers[0].pk},fr,Tout le monde devrait pouvoir se connecter.\n"
        f"{answers[1].pk},xx,Texto\n"
        f"{pending.pk},es,Texto\n"
        f"{answers[3].pk},en,Already English\n"
        f"{answers[4].pk},fr,   \n"
    )

    with pytest.raises(TranslationImportError) as refused:
        import_translations(tiny, _rows(content), by=translator)

    assert refused.value.problems == [
        (3, "“xx” is not a language of the platform."),
        (4, f"“{pending.pk}” is not an approved answer of this dialogue."),
        (5, "The answer is already in this language."),
        (6, "The translation is empty."),
    ]
    assert AnswerTranslation.objects.count() == 0


def test_import_of_good_rows_stores_translations_and_keeps_the_original(tiny, answers, translator):
    original = answers[0].redacted_text
    content = f"answer,language,translation\n{answers[0].pk},fr,Texte traduit\n{answers[1].pk},es,Texto traducido\n"

    count = import_translations(tiny, _rows(content), by=translator)

    answers[0].refresh_from_db()
    assert count == 2
    assert answers[0].redacted_text == original
    assert AnswerTranslation.objects.get(review=answers[0]).text == "Texte traduit"
    assert AnswerTranslation.objects.get(review=answers[1], language="es").source == "imported"


def test_a_file_without_the_translation_column_is_refused(tiny, translator):
    with pytest.raises(TranslationImportError) as refused:
        _rows("answer,language\n1,fr\n")

    assert refused.value.problems == [(1, "Column “translation” is missing.")]


def test_save_translation_replaces_the_earlier_one(tiny, answers, translator):
    save_translation(answers[0], language="fr", text="Première", by=translator)
    save_translation(answers[0], language="fr", text="Seconde", by=translator)

    assert list(AnswerTranslation.objects.values_list("text", flat=True)) == ["Seconde"]
