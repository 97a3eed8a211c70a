import pytest

from dialogues import demo
from dialogues.models import AgendaTemplateItem, Partner, PartnerApplication, ScheduledItem, Site, TrainingAttempt
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


def test_demo_has_a_two_day_site_and_a_public_toolkit():
    _seed()

    suva = Site.objects.get(name="Suva Community Centre")
    dialogue = suva.partner.dialogue
    days = list(suva.days.order_by("date"))
    local_dates = [item.starts_at.astimezone(suva.tzinfo).date() for item in suva.agenda.order_by("starts_at")]
    assert [(d.date, d.mode, bool(d.meeting_link)) for d in days] == [
        (dialogue.first_day, "online", True), (dialogue.last_day, "in_person", False)]
    assert local_dates == [dialogue.first_day] * 3 + [dialogue.last_day] * 7
    assert dialogue.toolkit_published_at is not None
    assert set(Site.objects.exclude(pk=suva.pk).values_list("days__date", flat=True)) == {dialogue.last_day}
