import datetime as dt

import pytest
from django.utils import timezone

from conduct.models import ConsultationAnswer
from tests.factories.conduct import WorkingSessionFactory

pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True)]


def test_community_member_answers_the_consultation_in_spanish(browser_page):
    starts = (timezone.now() + dt.timedelta(days=9)).replace(hour=14, minute=0, second=0, microsecond=0)
    session = WorkingSessionFactory(starts_at=starts, title_es="Sesión de trabajo Américas")
    page = browser_page

    page.goto(f"/es/conduct/consultation/{session.version.pk}/")
    local_time = page.locator("[data-local-time-text]").first.inner_text()
    radio_id = page.locator(f"input[name=working_session][value='{session.pk}']").get_attribute("id")
    session_label = page.locator(f"label[for='{radio_id}']").inner_text()
    page.locator("input[name=familiarity][value='4']").check()
    page.locator("textarea[name=works_well]").fill("El compromiso es claro y breve.")
    page.locator("input[name=change_kind][value='add']").check()
    page.locator("textarea[name=change_suggestion]").fill("Añadir una sección sobre los grupos de chat.")
    page.locator(f"input[name=working_session][value='{session.pk}']").check()
    page.locator("input[name=name]").fill("Lucía Gómez")
    page.locator("input[name=email]").fill("lucia@example.org")
    page.locator("form.stacked-form button[type=submit]").click()
    page.wait_for_url("**/thanks/")

    answer = ConsultationAnswer.objects.get()
    assert page.locator("html").get_attribute("lang") == "es"
    assert local_time.startswith(" (")
    assert session_label.startswith("Sesión de trabajo Américas")
    assert f"{starts:%H:%M} UTC" in session_label
    assert (answer.language, answer.familiarity, answer.change_kind, answer.working_session_id, answer.name) == (
        "es", 4, "add", session.pk, "Lucía Gómez")
    assert answer.works_well == "El compromiso es claro y breve."
