"""Erasing a person leaves none of their values in any model, stored file or log line,
and nothing that re-links their old slip to what remains of their row."""

from conduct.domain.retention import forget_working_session_sign_ups
from registrations.domain.data_rights import erase_registrant
from registrations.models import DataRightsRequest

from .walk import find_in_database, find_in_files


def test_values_planted_before_erasure_are_found_by_the_walk(planted, caplog, capsys):
    values = planted["values"]

    found = {label for label, _field, _hits in find_in_database(values)}

    assert {"registrations.Registrant", "registrations.DataRightsRequest", "results.OpenAnswer",
            "conduct.ConsultationAnswer"} <= found


def test_erasure_leaves_no_value_in_models_files_or_logs(planted, caplog, capsys):
    values = planted["values"]

    erase_registrant(planted["person"])
    forget_working_session_sign_ups()  # the working session was yesterday: not yet
    leftovers = [row for row in find_in_database(values) if row[0] != "conduct.ConsultationAnswer"]

    assert leftovers == []
    assert find_in_files(values) == []
    assert [record.getMessage() for record in caplog.records if values.found_in(record.getMessage())] == []
    assert values.found_in(capsys.readouterr().out) == []


def test_erasure_re_redacts_the_open_answers_that_mention_the_person(planted):
    erase_registrant(planted["person"])

    texts = [answer.__class__.objects.get(pk=answer.pk).text for answer in planted["answers"]]
    assert texts == [
        "[name removed] idea: everyone online by 2030. Call [phone number removed].",
        "Ask [name removed] or write to [e-mail removed].",
        "[name removed] said the internet is for all, [phone number removed].",
    ]


def test_erasure_leaves_request_rows_without_code_or_link(planted):
    erase_registrant(planted["person"])

    rows = list(DataRightsRequest.objects.filter(dialogue=planted["dialogue"]).values_list(
        "registrant_id", "reference_code", "detail", "kind"))
    assert sorted(rows) == [(None, "", "", "access"), (None, "", "", "correction"), (None, "", "", "erasure")]


def test_console_email_log_holds_no_address_and_no_live_link(planted, capsys):
    out = capsys.readouterr().out

    assert "To: [address hidden]" in out
    assert "/[link hidden]" in out
    assert "my-data/" not in out
    assert "zephyrine" not in out.lower()
