"""The evaluation report (PDF built by the worker's function) counts the answers and
hides small counts as the results do; open answers are never printed."""

import subprocess
from pathlib import Path

import pytest
from django.urls import reverse
from django.utils import translation

from analysis.domain.evaluation import issue_tokens, submit_with_token
from analysis.domain.evaluation_report import build_evaluation_report, request_evaluation_report
from analysis.enums import Audience
from analysis.interfaces.evaluation_pdf import render_evaluation_report_pdf
from analysis.models import EvaluationReport
from tests.factories.analysis import evaluation_questionnaire
from tests.factories.dialogues import DialogueFactory
from tests.helpers import signed_in
from wetheinternet.core.models import DeferredTask

pytestmark = pytest.mark.django_db


def answer_with_codes(questionnaire, staff, singles, *, text=""):
    """One participant per entry of ``singles`` ("Yes" or "No"), each also giving 4 on the scale."""
    single, _multiple, scale, open_text = questionnaire.questions.all()
    for token, label in zip(issue_tokens(questionnaire, len(singles), by=staff), singles, strict=True):
        raw = {single.pk: [str(single.choices.get(label_en=label).pk)], scale.pk: ["4"]}
        if text:
            raw[open_text.pk] = [text]
        submit_with_token(questionnaire, token, raw, language="en")


def pdf_text(pdf, folder):
    path = Path(folder) / "evaluation.pdf"
    path.write_bytes(pdf)
    text = subprocess.run(["pdftotext", "-raw", str(path), "-"], check=True, capture_output=True, text=True).stdout
    return " ".join(text.split())


@pytest.fixture
def keys_of_zero(monkeypatch):
    """Every answer's cell key 0, so that the published counts are the true ones (the
    perturbation itself is tested in tests/analysis/test_evaluation.py)."""
    monkeypatch.setattr("analysis.domain.evaluation.record_key", lambda uuid: 0)


def test_report_counts_answers_and_hides_small_counts_and_open_answers(staff_user, tmp_path, keys_of_zero):
    dialogue = DialogueFactory(slug="eval-report", anonymity_threshold=3, languages=["en", "fr"])
    before = evaluation_questionnaire(dialogue, Audience.PARTICIPANTS_BEFORE, title="Before the day")
    answer_with_codes(before, staff_user, ["Yes"] * 5 + ["No"], text="My neighbour Ama Mensah told me")
    report = request_evaluation_report(dialogue, by=staff_user, language="en")

    built = build_evaluation_report(report.pk, render=render_evaluation_report_pdf)

    text = pdf_text(built.file.file.read(), tmp_path)
    assert "Before the day Participants, before the day · Answers: 6" in text
    assert "Would you take part again? People who answered: 6 Answer Count Yes 5 No hidden" in text  # No: 1 < k
    assert "How well informed do you feel? People who answered: hidden" in text  # all gave 4: the others are 0
    assert "Ama Mensah" not in text
    assert (built.state, built.file.content_type) == ("done", "application/pdf")


def test_report_in_french_hides_the_answers_count_under_k(staff_user, tmp_path, keys_of_zero):
    dialogue = DialogueFactory(slug="eval-report-fr", anonymity_threshold=3, languages=["en", "fr"])
    before = evaluation_questionnaire(dialogue, Audience.PARTICIPANTS_BEFORE, title="Before the day")
    answer_with_codes(before, staff_user, ["Yes", "No"])
    report = request_evaluation_report(dialogue, by=staff_user, language="fr")

    text = pdf_text(build_evaluation_report(report.pk, render=render_evaluation_report_pdf).file.file.read(), tmp_path)

    with translation.override("fr"):
        hidden_answers = f"{translation.gettext('Answers')}: {translation.gettext('hidden')}"
    assert "Comment était-ce ?" in text
    assert hidden_answers in text
    assert "Participeriez-vous de nouveau ?" in text


def test_requesting_queues_the_worker_and_a_second_build_does_nothing(client, staff_user):
    dialogue = DialogueFactory(slug="eval-report-queue", languages=["en"])
    client = signed_in(client, staff_user)

    client.post(reverse("analysis:evaluation_report", args=[dialogue.slug]), {"language": "en"})
    report = EvaluationReport.objects.get()
    build_evaluation_report(report.pk, render=lambda dialogue, language: b"%PDF-1.7 test")
    again = build_evaluation_report(report.pk, render=lambda dialogue, language: b"%PDF-1.7 other")
    download = client.get(reverse("analysis:evaluation_report_file", args=[dialogue.slug, report.pk]))

    assert (
        DeferredTask.objects.filter(task_name="analysis.tasks.build_evaluation_report_task", args=[report.pk]).count()
        == 1
    )
    assert again is None
    assert b"".join(download.streaming_content) == b"%PDF-1.7 test"


def test_only_staff_build_or_download_the_report(client, user, staff_user):
    dialogue = DialogueFactory(slug="eval-report-denied", languages=["en"])
    report = request_evaluation_report(dialogue, by=staff_user, language="en")
    build_evaluation_report(report.pk, render=lambda dialogue, language: b"%PDF-1.7 test")
    client = signed_in(client, user)

    build = client.post(reverse("analysis:evaluation_report", args=[dialogue.slug]), {"language": "en"})
    download = client.get(reverse("analysis:evaluation_report_file", args=[dialogue.slug, report.pk]))

    assert (build.status_code, download.status_code) == (403, 403)
    assert EvaluationReport.objects.count() == 1
