"""A report never contains a name, e-mail or phone number of a registered person:
reports are generated from a seeded dialogue (with open answers that quote people)
and the text of each PDF is searched for every registered name and contact."""

import re
import subprocess

from registrations.models import Registrant
from reports.domain.jobs import build_report
from reports.domain.reviews import prepare_open_answer_reviews, review_open_answer
from reports.interfaces.rendering import render_report
from reports.models import OpenAnswerReview, ReportJob
from results.models import OpenAnswer
from tests.factories.reports import ReportJobFactory


def pdf_text(job):
    job.refresh_from_db()
    return subprocess.run(["pdftotext", "-layout", job.file.file.path, "-"], capture_output=True, text=True,
                          check=True).stdout


def quote_people_in_open_answers(dialogue, staff_user):
    """Only answers quoting registered people are approved, so that they are the ones
    the reports print."""
    OpenAnswerReview.objects.all().delete()
    people = list(Registrant.objects.filter(dialogue=dialogue)[:3])
    quoted = list(OpenAnswer.objects.all()[:3])
    for answer, person in zip(quoted, people, strict=True):
        answer.text = f"{person.first_name} {person.last_name} said: call {person.phone} or write {person.email}."
        answer.save()
    prepare_open_answer_reviews(dialogue)
    for review in OpenAnswerReview.objects.all():
        review_open_answer(review, by=staff_user, approve=review.answer in quoted)


def test_reports_contain_no_registered_name_email_or_phone(tiny, staff_user):
    quote_people_in_open_answers(tiny, staff_user)
    country = OpenAnswer.objects.first().submission.table.site.country.code
    jobs = [ReportJobFactory(dialogue=tiny, scope=scope, area=area, language="en", state="queued")
            for scope, area in [("national", country), ("global", "world")]]

    texts = []
    for job in jobs:
        build_report(job.pk, render=render_report)
        texts.append(pdf_text(job))

    assert all(ReportJob.objects.get(pk=job.pk).state == "done" for job in jobs)
    texts = [" ".join(text.split()) for text in texts]
    assert all("[name removed] said: call [phone number removed] or write [e-mail removed]." in t for t in texts)
    text = " ".join(texts)
    for first, last, email, phone in Registrant.objects.values_list("first_name", "last_name", "email", "phone"):
        for word in (first, last):
            assert not re.search(rf"\b{re.escape(word)}\b", text), word
        assert email not in text
        assert phone not in text
        assert phone.replace(" ", "") not in text.replace(" ", "")
