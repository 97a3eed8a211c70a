"""Past the retention period, the purges leave none of the person's values anywhere
(registrants, raw open answers, reviewed texts, request rows, working-session
sign-ups, stored files, logs), and no registrant keeps a name or contact."""

import datetime as dt
import os

from django.conf import settings
from django.utils import timezone

from conduct.domain.retention import forget_working_session_sign_ups
from registrations.domain.retention import purge_expired_personal_data
from registrations.models import Registrant, RetentionPurge
from results.models import OpenAnswer, ResultSubmission
from wetheinternet.core.files import store_file
from wetheinternet.core.models import StoredFile

from .walk import find_in_database, find_in_files


def past_retention(dialogue):
    day = dialogue.deliberation_date + dt.timedelta(days=dialogue.retention_days + 1)
    return timezone.make_aware(dt.datetime.combine(day, dt.time(3)), dt.UTC)


def test_purges_past_retention_leave_no_value_anywhere(planted, caplog, capsys):
    dialogue, values = planted["dialogue"], planted["values"]
    now = max(past_retention(dialogue), timezone.now()) + dt.timedelta(
        days=settings.CONSULTATION_SIGN_UP_RETENTION_DAYS + 1
    )

    purges = purge_expired_personal_data(now)
    forgotten = forget_working_session_sign_ups(now)

    assert [purge.dialogue for purge in purges] == [dialogue]
    assert forgotten == 1
    assert find_in_database(values) == []
    assert find_in_files(values) == []
    assert [record.getMessage() for record in caplog.records if values.found_in(record.getMessage())] == []
    assert values.found_in(capsys.readouterr().out) == []
    assert not Registrant.objects.filter(dialogue=dialogue).exclude(first_name="", last_name="", email="", phone="")


def test_purge_keeps_raw_open_answers_redacted_only(planted):
    dialogue = planted["dialogue"]

    purge_expired_personal_data(past_retention(dialogue))

    texts = list(OpenAnswer.objects.filter(pk__in=[a.pk for a in planted["answers"]]).order_by("pk")
                 .values_list("text", flat=True))
    assert texts == [
        "[name removed] idea: everyone online by 2030. Call [phone number removed].",
        "Ask [name removed] or write to [e-mail removed].",
        "[name removed] said the internet is for all, [phone number removed].",
    ]


def test_purge_deletes_photos_of_paper_sheets(planted, django_capture_on_commit_callbacks):
    dialogue = planted["dialogue"]
    submission = ResultSubmission.objects.filter(topic__dialogue=dialogue).first()
    submission.photo = store_file(b"\xff\xd8 sheet", filename="sheet.jpg", content_type="image/jpeg")
    submission.save()
    path = submission.photo.file.path

    with django_capture_on_commit_callbacks(execute=True):
        purge_expired_personal_data(past_retention(dialogue))

    submission.refresh_from_db()
    assert submission.photo is None
    assert not StoredFile.objects.filter(filename="sheet.jpg").exists()
    assert not os.path.exists(path)


def test_purge_before_retention_ends_changes_nothing(planted):
    dialogue = planted["dialogue"]

    purges = purge_expired_personal_data(past_retention(dialogue) - dt.timedelta(days=2))

    assert purges == []
    assert RetentionPurge.objects.count() == 0
    assert Registrant.objects.get(pk=planted["person"].pk).first_name == "Zéphyrine"


def test_purge_run_twice_is_harmless(planted):
    now = past_retention(planted["dialogue"])
    purge_expired_personal_data(now)

    assert purge_expired_personal_data(now) == []
