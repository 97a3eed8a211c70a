import io

import pytest
from PIL import Image

from results.domain import (
    ResultConflict,
    ResultInvalid,
    attach_photo,
    confirm_result,
    reject_result,
    submit_table_result,
)
from wetheinternet.core.models import AuditEntry

from .fixtures import counts_payload, new_id

pytestmark = pytest.mark.django_db


def sent(setting, replaces=None):
    submission, _ = submit_table_result(setting.table, setting.topic, by=setting.note_taker,
                                        payload=counts_payload(setting), client_id=new_id(), replaces=replaces)
    return submission


def png_bytes():
    buffer = io.BytesIO()
    Image.new("RGB", (20, 10), "white").save(buffer, "PNG")
    return buffer.getvalue()


def test_confirm_marks_the_result_confirmed(setting):
    submission = sent(setting)

    confirm_result(submission, by=setting.facilitator)

    submission.refresh_from_db()
    assert (submission.state, submission.reviewed_by) == ("confirmed", setting.facilitator)
    assert AuditEntry.objects.filter(action="dialogues.result.confirmed").count() == 1


def test_reject_keeps_the_reason(setting):
    submission = sent(setting)

    reject_result(submission, by=setting.coordinator, reason="Seat 4 voted twice")

    submission.refresh_from_db()
    assert (submission.state, submission.rejection_reason) == ("rejected", "Seat 4 voted twice")


def test_reject_without_reason_is_refused(setting):
    submission = sent(setting)

    with pytest.raises(ResultInvalid) as invalid:
        reject_result(submission, by=setting.coordinator, reason="  ")

    assert invalid.value.errors == {"reason": ["Say why the result is rejected, so the note taker can correct it."]}


def test_reviewing_a_corrected_result_is_a_conflict(setting):
    first = sent(setting)
    sent(setting, replaces=first.client_id)

    with pytest.raises(ResultConflict):
        confirm_result(first, by=setting.facilitator)


def test_attach_photo_stores_it_privately(setting):
    submission = sent(setting)

    attach_photo(submission, by=setting.note_taker, content=png_bytes())

    submission.refresh_from_db()
    assert (submission.photo.content_type, submission.photo.filename.endswith(".png")) == ("image/png", True)


def test_attach_photo_refuses_what_is_not_an_image(setting):
    submission = sent(setting)

    with pytest.raises(ResultInvalid) as invalid:
        attach_photo(submission, by=setting.note_taker, content=b"%PDF-1.7 not a photo")

    assert invalid.value.errors == {"photo": ["This file is not a photo: send a JPEG, PNG or WebP image."]}
    submission.refresh_from_db()
    assert submission.photo is None


def test_attach_photo_refuses_a_huge_file(setting):
    submission = sent(setting)

    with pytest.raises(ResultInvalid) as invalid:
        attach_photo(submission, by=setting.note_taker, content=png_bytes() + b"0" * (5 * 1024 * 1024))

    assert invalid.value.errors == {"photo": ["The photo is too large: the limit is 5 MB."]}
