import datetime as dt

import pytest
from django.urls import reverse
from django.utils import timezone

from conduct.models import ConsultationAnswer
from tests.factories.accounts import RoleAssignmentFactory, StaffFactory, UserFactory
from tests.factories.conduct import (
    CodeVersionFactory,
    ConsultationAnswerFactory,
    PublishedVersionFactory,
    WorkingSessionFactory,
)
from tests.helpers import signed_in

pytestmark = pytest.mark.django_db


def test_public_page_shows_the_published_version_in_the_visitor_language(client):
    PublishedVersionFactory(title_fr="Code de conduite", body_fr="## Notre engagement\n\nNous nous écoutons.")

    response = client.get(reverse("conduct:code").replace("/en/", "/fr/"))

    page = response.content.decode()
    assert "<h2>Notre engagement</h2>" in page
    assert "<p>Nous nous écoutons.</p>" in page


def test_version_text_is_escaped(client):
    PublishedVersionFactory(body="<script>alert(1)</script>")

    page = client.get(reverse("conduct:code")).content.decode()

    assert "<script>alert(1)</script>" not in page
    assert "&lt;script&gt;" in page


def test_diff_marks_added_and_removed_words(client):
    old = PublishedVersionFactory(state="superseded", body="We listen.\n\nWe disagree politely.")
    new = PublishedVersionFactory(code=old.code, body="We listen.\n\nWe disagree with respect.\n\nWe report harm.")

    response = client.get(reverse("conduct:diff", args=[old.code.slug, old.number, new.number]))

    page = response.content.decode()
    assert "<del><span class=\"visually-hidden\">[removed: </span>politely.<span" in page
    assert "<ins><span class=\"visually-hidden\">[added: </span>with respect.<span" in page
    assert "Added paragraph</span> <ins>We report harm.</ins>" in page


def test_a_draft_is_not_public(client):
    draft = CodeVersionFactory(state="draft")

    response = client.get(reverse("conduct:version", args=[draft.code.slug, draft.number]))

    assert response.status_code == 404


def _future_session():
    return WorkingSessionFactory(starts_at=timezone.now() + dt.timedelta(days=7))


def test_consultation_answer_is_anonymous_when_not_joining(client):
    session = _future_session()

    client.post(reverse("conduct:consultation", args=[session.version.pk]), {
        "familiarity": "2", "works_well": "Short and clear.", "name": "Ana", "email": "ana@example.org",
    })

    answer = ConsultationAnswer.objects.get()
    assert (answer.familiarity, answer.works_well, answer.name, answer.email) == (2, "Short and clear.", "", "")


def test_joining_a_session_needs_name_and_email_and_keeps_the_text(client):
    session = _future_session()

    response = client.post(reverse("conduct:consultation", args=[session.version.pk]), {
        "familiarity": "4", "missing_or_unclear": "Online harassment.", "working_session": session.pk,
    })

    page = response.content.decode()
    assert "To join a working session, give your name." in page
    assert "Online harassment." in page
    assert ConsultationAnswer.objects.count() == 0


def test_session_is_shown_in_utc_without_javascript(client):
    session = WorkingSessionFactory(starts_at=dt.datetime(2030, 3, 4, 15, 30, tzinfo=dt.UTC))

    page = client.get(reverse("conduct:consultation", args=[session.version.pk])).content.decode()

    assert '<time datetime="2030-03-04T15:30:00+00:00" data-local-time' in page
    assert "Monday 4 March 2030, 15:30 UTC</time>" in page


def test_consultation_on_a_published_version_is_closed(client):
    version = PublishedVersionFactory()

    assert client.get(reverse("conduct:consultation", args=[version.pk])).status_code == 404


def test_staff_summary_counts_familiarity_and_groups_answers(client):
    session = _future_session()
    version = session.version
    ConsultationAnswerFactory(version=version, familiarity=3, works_well="Clear.")
    ConsultationAnswerFactory(version=version, familiarity=3, works_well="", change_kind="add",
                              change_suggestion="A section on online spaces.")
    ConsultationAnswerFactory(version=version, familiarity=5, working_session=session, name="Ana", email="ana@example.org")
    signed_in(client, StaffFactory())

    page = client.get(reverse("conduct:consultation_summary", args=[version.pk])).content.decode()

    assert '<th scope="row">I have read it once</th><td>2</td>' in page
    assert '<th scope="row">I use it in my work</th><td>1</td>' in page
    assert "<strong>Add something:</strong> A section on online spaces." in page
    assert f'<th scope="row">{session.title}</th><td>{session.starts_at:%Y-%m-%d %H:%M}</td><td>1</td>' in page


def test_csv_export_has_no_names_and_defuses_formulas(client):
    session = _future_session()
    ConsultationAnswerFactory(version=session.version, works_well="=HYPERLINK(1)", working_session=session,
                              name="Ana", email="ana@example.org")
    signed_in(client, RoleAssignmentFactory(role="response_lead").user)

    response = client.get(reverse("conduct:consultation_csv", args=[session.version.pk]))

    body = response.content.decode()
    assert "'=HYPERLINK(1)" in body
    assert "ana@example.org" not in body and "Ana" not in body


def test_summary_is_refused_to_people_without_the_role(client):
    version = CodeVersionFactory(state="consultation")
    signed_in(client, UserFactory())

    assert client.get(reverse("conduct:consultation_summary", args=[version.pk])).status_code == 403
    assert client.get(reverse("conduct:consultation_csv", args=[version.pk])).status_code == 403


def test_staff_publish_what_we_heard(client):
    version = CodeVersionFactory(state="consultation")
    signed_in(client, StaffFactory())

    client.post(reverse("conduct:edit_what_we_heard", args=[version.pk]), {"what_we_heard_en": "You asked for clarity."})
    public = client.get(reverse("conduct:what_we_heard", args=[version.pk]))

    assert "<p>You asked for clarity.</p>" in public.content.decode()


def test_what_we_heard_refused_empty_or_too_long_shows_the_reason_above_the_form_and_keeps_the_text(client):
    version = CodeVersionFactory(state="consultation")
    signed_in(client, StaffFactory())
    url = reverse("conduct:edit_what_we_heard", args=[version.pk])

    empty = client.post(url, {"what_we_heard_en": "  "})
    too_long = client.post(url, {"what_we_heard_en": "x" * 10001, "what_we_heard_fr": "Vous avez demandé de la clarté."})

    version.refresh_from_db()
    assert (empty.status_code, too_long.status_code, version.what_we_heard_published_at) == (400, 400, None)
    assert 'class="error-summary"' in empty.content.decode()
    assert "Write what you heard before publishing it." in empty.content.decode()
    page = too_long.content.decode()
    assert 'href="#id_what_we_heard_en"' in page and "Vous avez demandé de la clarté." in page


def test_untranslated_version_is_shown_in_english_and_marked_as_such(client):
    PublishedVersionFactory(title_fr="", body_fr="")

    page = client.get(reverse("conduct:code").replace("/en/", "/fr/")).content.decode()

    assert '<h1><span lang="en" dir="ltr">Code of conduct</span> <span class="content-fallback">(affiché en anglais)</span></h1>' in page
    assert "Ce texte n’est pas encore traduit : il est affiché en anglais." in page
    assert "<h2>Our pledge</h2>" in page
