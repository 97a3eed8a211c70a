"""Demo step for onboarding and agendas: the agenda template of the demo dialogue,
each site's scheduled day, onboarding checklists at different stages, and one pending
application. Idempotent: running it again changes nothing."""

import datetime as dt

from django.utils import timezone

from wetheinternet.core.demo import DEMO_LANGUAGES

from .domain.agenda import apply_agenda_template
from .domain.onboarding import refresh_onboarding_state
from .domain.training import QUIZ
from .enums import AgendaItemKind, AgreementMethod, ApplicationDecision, DayMode, OnboardingState
from .models import (
    AgendaTemplateItem,
    OnboardingChecklist,
    Partner,
    PartnerApplication,
    Site,
    SiteDay,
    Topic,
    TrainingAttempt,
)

LANGUAGES = DEMO_LANGUAGES
OPENING = {"en": "Welcome and opening", "fr": "Accueil et ouverture", "es": "Bienvenida y apertura", "ar": "الترحيب والافتتاح", "pt": "Acolhimento e abertura"}
LUNCH = {"en": "Lunch break", "fr": "Pause déjeuner", "es": "Pausa para almorzar", "ar": "استراحة الغداء", "pt": "Pausa para o almoço"}
BREAK = {"en": "Break", "fr": "Pause", "es": "Pausa", "ar": "استراحة", "pt": "Intervalo"}
PLENARY = {"en": "Plenary: tables share their results", "fr": "Plénière : les tables partagent leurs résultats",
           "es": "Plenaria: las mesas comparten sus resultados", "ar": "جلسة عامة: الطاولات تعرض نتائجها", "pt": "Plenária: as mesas compartilham os seus resultados"}
CLOSING = {"en": "Closing", "fr": "Clôture", "es": "Cierre", "ar": "الختام", "pt": "Encerramento"}

# (kind, topic code or None, titles or None for the topic's title, minutes, day number):
# a site that meets on two days holds the first three items on its first day; a one-day
# site holds them all on its day.
AGENDA = [
    (AgendaItemKind.OPENING, None, OPENING, 30, 1),
    (AgendaItemKind.TOPIC_SESSION, "internet-and-me", None, 60, 1),
    (AgendaItemKind.TOPIC_SESSION, "digital-identity", None, 60, 1),
    (AgendaItemKind.BREAK, None, LUNCH, 60, 2),
    (AgendaItemKind.TOPIC_SESSION, "public-sphere", None, 60, 2),
    (AgendaItemKind.BREAK, None, BREAK, 15, 2),
    (AgendaItemKind.TOPIC_SESSION, "governing-ai", None, 60, 2),
    (AgendaItemKind.TOPIC_SESSION, "internet-governance", None, 60, 2),
    (AgendaItemKind.PLENARY, None, PLENARY, 45, 2),
    (AgendaItemKind.CLOSING, None, CLOSING, 15, 2),
]
# The two-day site: an online evening the day before, then in person from noon.
TWO_DAY_SITE = "Suva Community Centre"
TWO_DAY_LINK = "https://meet.example.org/suva-community-centre"

# Partner name → checklist steps done (the rest is left to show "why not ready").
CHECKLISTS = {
    "Citoyens du Numérique": {"agreement", "training", "conduct", "materials"},
    "Foro Ciudadano Digital": {"agreement", "training"},
    "Nairobi Civic Lab": {"agreement"},
    "Pacific Voices Network": {"agreement", "training", "conduct", "materials"},
    "Hiwar Digital": {"agreement", "training", "conduct", "materials"},
}


def seed(context):
    dialogue = context.dialogue
    _seed_agenda_template(dialogue)
    two_days = _seed_two_day_site(dialogue)
    for site in Site.objects.filter(partner__dialogue=dialogue).select_related("partner__dialogue"):
        if site.agenda.count() != len(AGENDA) or site == two_days:
            apply_agenda_template(site, by=None)
    Site.objects.filter(partner__dialogue=dialogue, city="Lyon", conduct_contact__isnull=True).update(
        conduct_contact=context.users["coordinator"]
    )
    for partner in Partner.objects.filter(dialogue=dialogue, name__in=CHECKLISTS):
        _seed_checklist(partner, CHECKLISTS[partner.name], context.users["staff"])
        if partner.state in (OnboardingState.READY, OnboardingState.INVITED):
            partner.state = OnboardingState.APPROVED
        refresh_onboarding_state(partner, by=None)
    _seed_application(dialogue)


def _seed_two_day_site(dialogue):
    """Give the two-day site its online first day (the window's first day, 18:00) and
    start its second day at noon. Returns the site when it was changed, else None."""
    site = Site.objects.filter(partner__dialogue=dialogue, name=TWO_DAY_SITE).first()
    if site is None or site.days.count() > 1 or dialogue.is_one_day:
        return None
    site.days.filter(date=dialogue.last_day).update(start_time=dt.time(12, 0))
    SiteDay.objects.get_or_create(
        site=site, date=dialogue.first_day,
        defaults={"mode": DayMode.ONLINE, "start_time": dt.time(18, 0), "meeting_link": TWO_DAY_LINK},
    )
    return site


def _seed_agenda_template(dialogue):
    topics = {topic.code: topic for topic in Topic.objects.filter(dialogue=dialogue)}
    for position, (kind, topic_code, titles, minutes, day_number) in enumerate(AGENDA, start=1):
        topic = topics.get(topic_code)
        if titles is None:
            titles = {code: getattr(topic, f"title_{code}") or topic.title for code in LANGUAGES}
        AgendaTemplateItem.objects.update_or_create(
            dialogue=dialogue, position=position,
            defaults={"kind": kind, "topic": topic, "duration_minutes": minutes, "day_number": day_number, "title": titles["en"],
                      **{f"title_{code}": text for code, text in titles.items()}},
        )


def _seed_checklist(partner, done, staff):
    member = partner.memberships.select_related("user").first()
    signer = member.user if member else staff
    checklist, _created = OnboardingChecklist.objects.get_or_create(partner=partner)
    now = timezone.now()
    if "agreement" in done and not checklist.agreement_signed_at:
        checklist.agreement_signed_at, checklist.agreement_signed_by = now, signer
        checklist.agreement_method = AgreementMethod.CLICK_THROUGH
    if "conduct" in done and not checklist.conduct_accepted_at:
        checklist.conduct_accepted_at, checklist.conduct_accepted_by = now, signer
    if "materials" in done and not checklist.materials_received_at:
        checklist.materials_received_at, checklist.materials_received_by = now, staff
    checklist.save()
    if "training" in done and not partner.training_attempts.filter(passed=True).exists():
        TrainingAttempt.objects.create(
            partner=partner, user=signer, score=len(QUIZ), question_count=len(QUIZ), passed=True,
            answers={question.code: question.correct for question in QUIZ},
        )


def _seed_application(dialogue):
    partner, created = Partner.objects.get_or_create(
        dialogue=dialogue, name="Ubuntu Digital Forum",
        defaults={"countries": ["ZA", "BW"], "state": OnboardingState.APPLIED, "website": "https://ubuntu-digital.example.org",
                  "description": "A network of community libraries running digital-skills clubs in Gauteng and Gaborone."},
    )
    if created:
        PartnerApplication.objects.create(
            partner=partner, coordinator_name="Thandiwe Nkosi", coordinator_email="thandiwe@ubuntu-digital.example.org",
            motivation="Our library members ask for a say in how the Internet is governed; we can host two sites.",
            decision=ApplicationDecision.PENDING,
        )
