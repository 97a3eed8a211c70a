import pytest

from dialogues import demo
from dialogues.models import AgendaTemplateItem, Partner, PartnerApplication, ScheduledItem, TrainingAttempt
from wetheinternet.core.demo import DemoContext, ensure_demo_accounts

pytestmark = pytest.mark.django_db


def _seed():
    context = DemoContext()
    ensure_demo_accounts(context)
    demo.seed(context)
    return context


def _snapshot():
    return (
        sorted(Partner.objects.values_list("name", "state")),
        ScheduledItem.objects.count(), AgendaTemplateItem.objects.count(), TrainingAttempt.objects.count(),
        PartnerApplication.objects.count(),
    )


def test_demo_seed_builds_agendas_and_onboarding_stages_and_is_idempotent():
    _seed()
    first = _snapshot()
    _seed()

    assert _snapshot() == first
    assert first[0] == [
        ("Citoyens du Numérique", "ready"), ("Foro Ciudadano Digital", "trained"), ("Hiwar Digital", "ready"),
        ("Nairobi Civic Lab", "agreement_signed"), ("Pacific Voices Network", "trained"),
        ("Ubuntu Digital Forum", "applied"),
    ]
    assert first[1:] == (50, 10, 4, 1)
