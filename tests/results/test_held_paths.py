"""Result entry moved from dialogues to the results app with its addresses unchanged:
the pages and API paths note takers' phones, bookmarks and offline scripts hold still
answer at the same places (the namespaces changed, the paths did not)."""

import pytest
from django.urls import resolve

HELD = [
    ("/en/results/", "results:note_taker_home"),
    ("/en/facilitation/", "results:facilitator_home"),
    ("/en/results/service-worker.js", "results:result_service_worker"),
    ("/en/results/api-key/", "results:result_api_token"),
    ("/en/results/tables/1/sessions/2/", "results:result_entry"),
    ("/en/results/tables/1/sessions/2/review/", "results:result_review"),
    ("/en/results/submissions/1/decision/", "results:result_decision"),
    ("/en/results/submissions/1/photo/", "results:result_photo"),
    ("/en/results/submissions/1/photo/upload/", "results:result_photo_upload"),
    ("/en/results/sites/", "results:partner_results"),
    ("/en/results/sites/1/", "results:site_results"),
    ("/en/results/sites/1/sheets.pdf", "results:result_sheets"),
    ("/en/results/tables/1/sheets.pdf", "results:table_result_sheets"),
    ("/en/results/progress/", "results:results_progress"),
    ("/api/results/tables/", "results_api:my_tables"),
    ("/api/results/tables/1/sessions/2/questions/", "results_api:session_questions"),
    ("/api/results/tables/1/sessions/2/submissions/", "results_api:submissions"),
    ("/api/results/progress/", "results_api:progress"),
]


@pytest.mark.parametrize(("path", "view_name"), HELD)
def test_a_held_result_address_answers_where_it_did(path, view_name):
    assert resolve(path).view_name == view_name
