"""A drawn and seated site, and a conduct decision about one of its people."""

import datetime as dt

from django.utils import timezone

from conduct.domain.decisions import decide
from registrations.domain.panels import execute_panel_run
from registrations.domain.tables import seat_site_panel
from registrations.models import PanelRun
from tests.factories.accounts import RoleAssignmentFactory
from tests.factories.conduct import IncidentFactory

from .conftest import make_pool


def drawn_and_seated(setup, *, pool=14, panel=12, reserve=2):
    make_pool(setup.lyon, pool, features=setup.features)
    run = PanelRun.objects.create(dialogue=setup.dialogue, country="FR", site=setup.lyon, panel_size=panel,
                                  reserve_size=reserve, algorithm="legacy", seed=5)
    execute_panel_run(run.pk)
    seat_site_panel(setup.lyon, table_size=6, seed=3, by=setup.france_member)
    return run


def decide_about(registrant, step, *, lead=None):
    """Resolve a new case about ``registrant`` with ``step`` (ban, suspension, ...)."""
    lead = lead or RoleAssignmentFactory(role="response_lead").user
    incident = IncidentFactory(site=registrant.site)
    ends_at = None if step == "ban" else timezone.now() + dt.timedelta(days=30)
    extra = {"limited_activity": "facilitate"} if step == "limited_activities" else {}
    return decide(incident, by=lead, step=step, repair_step="Apologise.", message="Decided.", ends_at=ends_at,
                  subject_participant_id=registrant.pk, **extra)
