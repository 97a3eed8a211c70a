"""Panel selection as a background job (a real Celery worker) and table assignment."""

import pytest

from registrations.models import Registrant, TableSeat
from tests.factories.registrations import pool_at, registration_world

pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True)]


def test_panel_selection_and_table_assignment(browser_page, sign_in, celery_worker_process):
    world = registration_world()
    pool_at(world.lyon, 16, features=world.features)
    page = sign_in(world.france_member)
    page.goto(f"/en/partners/{world.france.pk}/panels/")

    page.select_option("select[name=country]", "FR")
    page.select_option("select[name=site]", str(world.lyon.pk))
    page.fill("input[name=panel_size]", "12")
    page.fill("input[name=reserve_size]", "3")
    page.fill("input[name=seed]", "4242")
    page.click("text=Draw the panel")

    page.wait_for_selector("text=every quota is met", timeout=120_000)
    assert "Maximin" in page.locator("main").inner_text()
    assert page.locator("table.panel-members").first.locator("tbody tr").count() == 12
    assert Registrant.objects.filter(status="reserve").count() == 3

    page.goto(f"/en/sites/{world.lyon.pk}/tables/")
    page.fill("input[name=table_size]", "6")
    page.fill("input[name=seed]", "7")
    page.click("text=Assign tables")

    assert "out of 100" in page.locator(".assignment-score").inner_text()
    assert TableSeat.objects.filter(table__site=world.lyon).count() == 12
    assert page.locator("section.card").count() == 2
