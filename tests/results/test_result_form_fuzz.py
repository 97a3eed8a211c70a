"""Whatever a posted result form holds, reading it never raises: every value is either
read or named in ``errors`` with a message."""

import pytest
from django.http import QueryDict
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from results.domain.questions import session_questions
from results.enums import EntryMode
from results.interfaces.form import parse_entry_post

pytestmark = pytest.mark.django_db

ANY_TEXT = st.one_of(
    st.text(max_size=30),
    st.sampled_from(["²", "٣", "5" * 4300, "-1", "1e3", "+5", "0x10", " 7 ", "\x00", "NaN", "∞"]),
)


@settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(values=st.lists(ANY_TEXT, min_size=4, max_size=4), mode=st.sampled_from(list(EntryMode.values)))
def test_reading_any_posted_form_never_raises(setting, values, mode):
    questions = session_questions(setting.topic)
    option = setting.single.options.first()
    post = QueryDict(mutable=True)
    post.update({
        "client_id": values[0],
        "people_present": values[1],
        f"count.{setting.single.pk}.{option.pk}": values[2],
        f"ballot.1.{setting.single.pk}": values[3],
        f"open.{setting.open.pk}.1.text": values[3],
        f"open.{setting.open.pk}.1.rank": values[2],
    })

    parsed = parse_entry_post(post, setting.table, questions, mode)

    assert isinstance(parsed.payload["people_present"], int)
    assert all(isinstance(messages, list) and messages for messages in parsed.errors.values())
    for row in parsed.payload["counts"]:
        assert 0 <= row["count"] < 10**10
