import pytest
from django.urls import reverse

from registrations.domain.panels import execute_panel_run
from registrations.models import PanelRun
from tests.helpers import signed_in

from ..conftest import make_pool

pytestmark = pytest.mark.django_db


@pytest.fixture
def drawn(setup):
    make_pool(setup.lyon, 10, features=setup.features)
    run = PanelRun.objects.create(dialogue=setup.dialogue, country="FR", panel_size=6, reserve_size=2,
                                  algorithm="legacy", seed=5)
    execute_panel_run(run.pk)
    return run


def test_redraw_shows_what_it_replaces_and_draws_nothing_until_confirmed(client, setup, drawn):
    signed_in(client, setup.france_member)
    url = reverse("registrations:panel_selection", kwargs={"partner_id": setup.france.pk})

    response = client.post(url, {"country": "FR", "panel_size": 4, "reserve_size": 1, "seed": 77})

    page = response.content.decode()
    assert response.status_code == 200
    assert "This draw replaces the current panel: 6 selected and 2 on the reserve list." in page
    assert '<input type="hidden" name="replace_current" value="yes">' in page
    assert '<input type="hidden" name="seed" value="77">' in page
    assert PanelRun.objects.count() == 1


def test_confirmed_redraw_is_queued(client, setup, drawn, django_capture_on_commit_callbacks):
    signed_in(client, setup.france_member)
    url = reverse("registrations:panel_selection", kwargs={"partner_id": setup.france.pk})

    with django_capture_on_commit_callbacks() as callbacks:
        response = client.post(url, {"country": "FR", "panel_size": 4, "reserve_size": 1, "seed": 77,
                                     "replace_current": "yes"})

    run = PanelRun.objects.order_by("-pk").first()
    assert response["Location"] == reverse("registrations:panel_run", kwargs={"run_id": run.pk})
    assert (run.panel_size, run.seed, len(callbacks)) == (4, 77, 1)


def test_another_partners_member_cannot_redraw(client, setup, drawn):
    signed_in(client, setup.kenya_member)
    url = reverse("registrations:panel_selection", kwargs={"partner_id": setup.france.pk})

    response = client.post(url, {"country": "FR", "panel_size": 4, "reserve_size": 1, "replace_current": "yes"})

    assert response.status_code == 403
    assert PanelRun.objects.count() == 1
