"""Strings that a careless note taker writes, in several languages and scripts, are
planted in open answers; a busy reviewer approves every answer unedited, in bulk; the
reports (PDF text through pdftotext) and the open data hold none of them."""

import re
import subprocess

from registrations.domain.data_rights import erase_registrant
from registrations.models import Registrant
from reports.domain.jobs import build_report
from reports.domain.open_data import as_csv, as_json, open_data_cells
from reports.domain.reviews import approve_open_answers, prepare_open_answer_reviews
from reports.enums import ReviewState
from reports.interfaces.rendering import render_report
from reports.models import OpenAnswerReview, ReportJob
from results.models import OpenAnswer
from tests.factories.reports import ReportJobFactory

ARABIC = re.compile(r"[\u0600-\u06ff]+")
# Registered people whose names the answers quote (one erased before reviews exist).
PEOPLE = [("Amélie", "Dupont"), ("Jean-Pierre", "Martin"), ("محمد", "العلي"), ("Wanjiru", "Kamau"),
          ("Tomás", "Rivera")]
ERASED = ("Ingrid", "Bjørnstad")
# (table language, planted text, the pieces that must not be published)
PLANTED = [
    ("fr", "Merci à Amelie Dupont pour l'animation.", ["Amelie", "Dupont"]),
    ("en", "It was Kamau's proposal, and Wanjiru agreed.", ["Kamau", "Wanjiru"]),
    ("en", "Jean-Pierre Martin-Lefebvre led the table.", ["Jean-Pierre", "Martin"]),
    ("ar", "شكرا لمحمد العلي على الفكرة", ["محمد", "العلي"]),
    ("es", "La idea de Tomas Rivera fue la mejor.", ["Tomas", "Rivera"]),
    ("fr", "Comme le disait Jean Valjean, internet est à tous.", ["Valjean"]),
    ("en", "Ingrid Bjornstad said access must be free.", ["Ingrid", "Bjornstad"]),
    ("fr", "Appelez-moi au 06/12/34/56/78 après la session.", ["06/12/34/56/78", "12/34/56"]),
    ("fr", "WhatsApp wa.me/33612345678 pour continuer.", ["wa.me", "33612345678"]),
    ("fr", "Mon numéro: zéro six douze trente-quatre cinquante-six soixante-dix-huit.", ["trente-quatre"]),
    ("en", "Text me on +254 712 345 678 or 0712-345-678.", ["712 345 678", "0712-345-678"]),
    ("es", "Llámame al +34 612 34 56 78.", ["612 34 56 78"]),
    ("en", "Our office is at 221B Baker Street.", ["221B", "Baker Street"]),
    ("en", "Send letters to P.O. Box 1234, Nairobi.", ["P.O. Box", "1234"]),
    ("en", "We met on Kenyatta Avenue after the dialogue.", ["Kenyatta Avenue"]),
    ("fr", "Rendez-vous au 12 rue de la Paix.", ["rue de la Paix"]),
    ("ar", "نلتقي في شارع الحبيب بورقيبة", ["الحبيب بورقيبة"]),
    ("en", "Follow @wanji_k and Instagram: amina.art for updates.", ["@wanji_k", "amina.art"]),
    ("en", "Join our group t.me/amina_chan today.", ["t.me", "amina_chan"]),
    ("en", "The campaign #JusticeForAmina must go on.", ["#JusticeForAmina", "JusticeForAmina"]),
    ("fr", "Écrivez à amelie.d@example.fr ou voyez https://amelie.example.fr/blog.", ["amelie.d@", "example.fr"]),
]


def pdf_text(job):
    job.refresh_from_db()
    return subprocess.run(["pdftotext", "-layout", job.file.file.path, "-"], capture_output=True, text=True,
                          check=True).stdout


def shown(text, published):
    """Whether ``text`` is printed: verbatim, or for Arabic (which pdftotext gives
    between direction marks, in display order) word by word."""
    if ARABIC.search(text):
        return all(word in published for word in ARABIC.findall(text))
    return " ".join(text.split()) in published


def plant(dialogue):
    template = Registrant.objects.filter(dialogue=dialogue).first()
    for first, last in [*PEOPLE, ERASED]:
        Registrant.objects.create(dialogue=dialogue, country=template.country, site=template.site,
                                  first_name=first, last_name=last)
    erased = Registrant.objects.get(dialogue=dialogue, last_name=ERASED[1])
    answers = list(OpenAnswer.objects.filter(submission__topic__dialogue=dialogue)
                   .select_related("submission__table").order_by("pk")[: len(PLANTED)])
    OpenAnswerReview.objects.all().delete()
    for answer, (language, text, _pieces) in zip(answers, PLANTED, strict=True):
        answer.text = text
        answer.save()
        table = answer.submission.table
        table.language = language
        table.save()
    # Erased before the reviews are prepared: their name must stay out all the same.
    erase_registrant(erased)
    return answers


def test_planted_personal_data_reaches_no_report_nor_open_data(tiny, staff_user):
    answers = plant(tiny)
    prepare_open_answer_reviews(tiny)
    # Only the planted answers are published, so that they are the ones the reports print.
    OpenAnswerReview.objects.exclude(answer__in=answers).update(state=ReviewState.REJECTED)
    pending = OpenAnswerReview.objects.filter(state=ReviewState.PENDING)
    approved = approve_open_answers(tiny, list(pending.values_list("pk", flat=True)), by=staff_user, visible=pending)
    countries = sorted({a.submission.table.site.country.code for a in answers})
    jobs = [ReportJobFactory(dialogue=tiny, scope="national", area=code, language="en", state="queued")
            for code in countries]
    jobs.append(ReportJobFactory(dialogue=tiny, scope="global", area="world", language="en", state="queued"))

    texts = []
    for job in jobs:
        build_report(job.pk, render=render_report)
        texts.append(pdf_text(job))
    cells = open_data_cells(tiny)
    published = " ".join(" ".join(text.split()) for text in texts) + as_json(cells) + as_csv(cells)

    assert approved == len(PLANTED)
    assert [ReportJob.objects.get(pk=job.pk).state for job in jobs] == ["done"] * len(jobs)
    missing = [text for text in OpenAnswerReview.objects.filter(answer__in=answers)
               .values_list("redacted_text", flat=True) if not shown(text, published)]
    # Each report prints the first five answers per question and area: nearly all the
    # planted answers are printed (a few fall beyond the five in their area).
    assert len(PLANTED) - len(missing) >= 18
    leaks = [(text, piece) for _language, text, pieces in PLANTED for piece in pieces if piece in published]
    assert leaks == []


def test_every_planted_answer_is_published_redacted(tiny, staff_user):
    answers = plant(tiny)
    prepare_open_answer_reviews(tiny)

    texts = dict(OpenAnswerReview.objects.filter(answer__in=answers).values_list("answer_id", "redacted_text"))

    leaks = [(texts[answer.pk], piece) for answer, (_l, _t, pieces) in zip(answers, PLANTED, strict=True)
             for piece in pieces if piece in texts[answer.pk]]
    assert leaks == []
    assert texts[answers[0].pk] == "Merci à [name removed] pour l'animation."
