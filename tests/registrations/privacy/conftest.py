"""A person whose values are planted everywhere the platform can hold them: their
registration, seat, check-in, code-of-conduct acceptance, consents (one witnessed),
data-rights requests, e-mails (console backend, captured; the message log), open answers that mention
them in several spellings (reviewed, one approved and printed in a report), and a
consultation working-session sign-up."""

import datetime as dt
import logging

import pytest
from django.core import mail
from django.utils import timezone

from conduct.domain.acceptance import record_acceptance
from conduct.enums import VersionState
from conduct.models import ConsultationAnswer
from registrations.domain.checkin import mark_attendance
from registrations.domain.data_rights import correct_registrant, record_self_service
from registrations.domain.notifications import send_registration_confirmation, send_rights_link
from registrations.enums import Attendance, ConsentPurpose, DataRightsKind, RegistrantStatus
from registrations.models import Registrant
from reports.domain.jobs import build_report
from reports.domain.reviews import prepare_open_answer_reviews, review_open_answer
from reports.interfaces.rendering import render_report
from reports.models import OpenAnswerReview
from results.models import OpenAnswer
from tests.factories.conduct import PublishedVersionFactory, WorkingSessionFactory
from tests.factories.reports import ReportJobFactory, small_dialogue
from tests.helpers import deliver_messages

from .walk import Values

MENTIONS = [
    "Zephyrine's idea: everyone online by 2030. Call 06 71 82 93 04.",
    "Ask ZÉPHYRINE OYELARAN-QUIST or write to zephyrine.oq@example.net.",
    "Oyelaran Quist said the internet is for all, +33671829304.",
]


@pytest.fixture
def console_email(settings):
    settings.EMAIL_BACKEND = "wetheinternet.core.mail.MaskedConsoleBackend"


@pytest.fixture
def planted(console_email, staff_user, caplog, capsys):
    caplog.set_level(logging.DEBUG)
    dialogue = small_dialogue()
    person = (
        Registrant.objects.filter(
            dialogue=dialogue,
            seat__isnull=False,
            consents__purpose=ConsentPurpose.STATISTICS,
            consents__withdrawn_at__isnull=True,
        )
        .select_related("seat__table__site")
        .first()
    )
    person.first_name, person.last_name = "Zéphyrine", "Oyelaran-Quist"
    person.email, person.phone = "zephyrine.oq@example.net", "+33 6 71 82 93 04"
    person.status = RegistrantStatus.SELECTED
    person.save()
    old_code = person.reference_code
    witness_consent = person.consents.first()
    witness_consent.witness = staff_user
    witness_consent.save()

    mark_attendance(person, Attendance.ATTENDED, by=staff_user)
    record_acceptance(version=PublishedVersionFactory(), dialogue=dialogue, method="online", participant_id=person.pk)
    correct_registrant(person, {"preferred_language": "fr"})
    record_self_service(person, DataRightsKind.ACCESS, detail="pdf")
    send_registration_confirmation(person)
    send_rights_link(person)
    deliver_messages()

    answers = list(OpenAnswer.objects.filter(submission__table=person.seat.table).order_by("pk")[:3])
    for answer, text in zip(answers, MENTIONS, strict=True):
        answer.text = text
        answer.save()
    OpenAnswerReview.objects.filter(answer__in=answers).delete()
    prepare_open_answer_reviews(dialogue)
    review_open_answer(OpenAnswerReview.objects.get(answer=answers[1]), by=staff_user, approve=True)
    job = ReportJobFactory(dialogue=dialogue, scope="national", area=person.country.code, language="en",
                           state="queued")
    build_report(job.pk, render=render_report)

    session = WorkingSessionFactory(
        version__state=VersionState.CONSULTATION, starts_at=timezone.now() - dt.timedelta(days=1)
    )
    ConsultationAnswer.objects.create(
        version=session.version, familiarity=2, working_session=session,
        name="Zéphyrine Oyelaran-Quist", email="zephyrine.oq@example.net",
    )
    values = Values(
        words=("Zephyrine", "Oyelaran", "Quist"),
        email="zephyrine.oq@example.net",
        phone_digits="671829304",
        codes=(old_code,),
    )
    return {"dialogue": dialogue, "person": person, "values": values, "answers": answers, "outbox": mail.outbox}
