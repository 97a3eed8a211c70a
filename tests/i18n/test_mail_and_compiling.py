"""E-mails in the recipient's language, and catalogues compiled without gettext tools."""

from pathlib import Path

import polib
import pytest
from django.core import mail
from django.core.management import call_command
from django.utils import translation

from wetheinternet.core.i18n import supported_language
from wetheinternet.core.messaging.queue import send_templated_mail
from wetheinternet.i18n.compiling import compile_catalogue

TEST_TEMPLATES = Path(__file__).parent / "templates"


@pytest.fixture
def test_templates(settings):
    settings.TEMPLATES = [{**engine, "DIRS": [*engine["DIRS"], TEST_TEMPLATES]} for engine in settings.TEMPLATES]


@pytest.mark.parametrize(
    ("language", "subject", "body"),
    [
        ("fr", "Bienvenue", "Se connecter: /fr/accounts/login/\n"),
        ("es", "Bienvenida", "Iniciar sesión: /es/accounts/login/\n"),
        ("ar", "أهلًا وسهلًا", "تسجيل الدخول: /ar/accounts/login/\n"),
        ("fr-CA", "Bienvenue", "Se connecter: /fr/accounts/login/\n"),
        ("sw", "Welcome", "Sign in: /en/accounts/login/\n"),
    ],
)
def test_send_templated_mail_renders_subject_body_and_links_in_recipients_language(
    db, eager_tasks, django_capture_on_commit_callbacks, test_templates, language, subject, body
):
    with django_capture_on_commit_callbacks(execute=True):
        queued = send_templated_mail("ama@example.org", "i18n_tests/welcome", {}, language, purpose="test")

    message = mail.outbox[0]
    assert (len(queued), message.subject, message.body, message.to) == (1, subject, body, ["ama@example.org"])


def test_send_templated_mail_attaches_html_and_files_and_restores_language(
    db, eager_tasks, django_capture_on_commit_callbacks, test_templates
):
    with translation.override("es"), django_capture_on_commit_callbacks(execute=True):
        send_templated_mail(["a@example.org"], "i18n_tests/welcome", {}, "ar", purpose="test",
                            attachments=[("slip.pdf", b"%PDF", "application/pdf")])
        active_after = translation.get_language()

    message = mail.outbox[0]
    assert message.alternatives[0].content == '<p lang="ar">تسجيل الدخول</p>\n'
    assert (message.attachments[0].filename, message.attachments[0].content) == ("slip.pdf", b"%PDF")
    assert active_after == "es"


def test_supported_language_falls_back_to_default():
    assert [supported_language(code) for code in ("ar", "ES", "es-419", "am", "", None)] == [
        "ar", "es", "es", "en", "en", "en"]


def test_compile_catalogue_writes_mo_without_fuzzy_or_empty_entries(tmp_path):
    catalogue = polib.POFile()
    catalogue.metadata = {"Content-Type": "text/plain; charset=UTF-8", "Language": "fr"}
    catalogue.append(polib.POEntry(msgid="Table", msgstr="Table (fr)"))
    catalogue.append(polib.POEntry(msgid="Site", msgstr="Site (fr)", flags=["fuzzy"]))
    catalogue.append(polib.POEntry(msgid="Seat", msgstr=""))
    po_path = tmp_path / "django.po"
    catalogue.save(str(po_path))

    written = compile_catalogue(po_path)

    compiled = {entry.msgid: entry.msgstr for entry in polib.mofile(str(tmp_path / "django.mo"))}
    assert (written, compiled) == (True, {"Table": "Table (fr)"})
    assert compile_catalogue(po_path) is False


def test_compile_translations_command_compiles_every_language(tmp_path, settings, capsys):
    for code in ("fr", "ar"):
        folder = tmp_path / code / "LC_MESSAGES"
        folder.mkdir(parents=True)
        polib.POFile().save(str(folder / "django.po"))
    settings.LOCALE_PATHS = [tmp_path]

    call_command("compile_translations")

    assert sorted(p.relative_to(tmp_path).as_posix() for p in tmp_path.rglob("*.mo")) == [
        "ar/LC_MESSAGES/django.mo", "fr/LC_MESSAGES/django.mo"]
    assert "2 of 2 catalogues compiled" in capsys.readouterr().out
