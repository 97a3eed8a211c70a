"""Demo step for conduct: the platform code (version 1 superseded, version 2 in force,
version 3 a draft in consultation with answers and working sessions), demo users'
acceptances, and cases in several states (receipt codes in demo_content.CASES)."""

import datetime as dt

from django.utils import timezone

from wetheinternet.core.demo import DEMO_LANGUAGES

from .demo_content import ANSWERS, CASES, SESSION_TITLES, V1, V2_ADDITION, V3_ADDITION
from .domain.receipts import receipt_digest
from .enums import AcceptanceMethod, CaseState, VersionState
from .models import (
    Acceptance,
    CodeOfConduct,
    CodeVersion,
    ConsultationAnswer,
    Decision,
    Incident,
    StateChange,
    WorkingSession,
)

LANGUAGES = DEMO_LANGUAGES


def _texts(number):
    values = {}
    for code in LANGUAGES:
        title, body = V1[code]
        if number >= 2:
            body += "\n\n" + V2_ADDITION[code][0]
            values[f"summary_of_changes_{code}"] = V2_ADDITION[code][1] if number == 2 else ""
        if number >= 3:
            body += "\n\n" + V3_ADDITION[code]
        values[f"title_{code}"] = title
        values[f"body_{code}"] = body
    values["title"], values["body"] = values["title_en"], values["body_en"]
    return values


def seed(context):
    now = timezone.now()
    code, _ = CodeOfConduct.objects.get_or_create(
        slug="platform", defaults={"title": V1["en"][0], **{f"title_{code}": V1[code][0] for code in LANGUAGES}},
    )
    states = {1: VersionState.SUPERSEDED, 2: VersionState.PUBLISHED, 3: VersionState.CONSULTATION}
    versions = {}
    for number, state in states.items():
        versions[number], _ = CodeVersion.objects.get_or_create(
            code=code, number=number,
            defaults={**_texts(number), "state": state,
                      "published_at": now - dt.timedelta(days=400 - 100 * number) if number < 3 else None,
                      "superseded_at": now - dt.timedelta(days=200) if number == 1 else None,
                      "consultation_closes_at": now + dt.timedelta(days=30) if number == 3 else None},
        )
    _seed_consultation(versions[3], now)
    for key, user in context.users.items():
        if key != "facilitator":  # the facilitator sees the acceptance page at first sign-in
            Acceptance.objects.get_or_create(version=versions[2], user=user, dialogue=None,
                                             defaults={"method": AcceptanceMethod.ONLINE})
    _seed_cases(context, now)
    context.say(f"    code of conduct: version 2 in force, version 3 in consultation (/en/conduct/consultation/{versions[3].pk}/)")


def _seed_consultation(draft, now):
    sessions = []
    for index, titles in enumerate(SESSION_TITLES):
        session, _ = WorkingSession.objects.get_or_create(
            version=draft, title=titles["en"],
            defaults={**{f"title_{code}": titles[code] for code in LANGUAGES},
                      "starts_at": (now + dt.timedelta(days=10 + index)).replace(hour=9 + 8 * index, minute=0, second=0, microsecond=0)},
        )
        sessions.append(session)
    if draft.consultation_answers.exists():
        return
    for answer in ANSWERS:
        values = {key: value for key, value in answer.items() if key != "joins"}
        if "joins" in answer:
            values["working_session"] = sessions[answer["joins"]]
        ConsultationAnswer.objects.create(version=draft, **values)


def _seed_cases(context, now):
    site = _tunis_site(context)
    lead = context.users["response_lead"]
    for index, (receipt, state, urgent, place, description, step) in enumerate(CASES):
        digest = receipt_digest(receipt)
        if Incident.objects.filter(receipt_digest=digest).exists():
            continue
        created = now - dt.timedelta(days=3 * (len(CASES) - index), hours=index)
        incident = Incident.objects.create(
            receipt_digest=digest, dialogue=context.dialogue, place_kind=place if (place != "site" or site) else "other",
            site=site if place == "site" else None, happened_when=f"{created:%Y-%m-%d}", description=description,
            relation="observed" if index % 2 else "happened_to_me", is_urgent=urgent, state=state, created_at=created,
            acknowledged_at=created + dt.timedelta(hours=5) if state != CaseState.NEW else None,
            closed_at=created + dt.timedelta(days=2) if state in ("resolved", "dismissed") else None,
            notified_at=created,
        )
        StateChange.objects.create(incident=incident, to_state="new", at=created)
        if state != CaseState.NEW:
            StateChange.objects.create(incident=incident, from_state="new", to_state=state, at=created + dt.timedelta(hours=5), by=lead)
        if step:
            Decision.objects.create(
                incident=incident, step=step, repair_step="Attend the facilitation refresher and apologise to the table.",
                message="After hearing everyone involved, we give a written warning.", ends_at=now + dt.timedelta(days=90),
                starts_at=created + dt.timedelta(days=2), decided_at=created + dt.timedelta(days=2), decided_by=lead,
            )
        incident.assignments.get_or_create(handler=context.users["handler"], defaults={"assigned_by": lead})


def _tunis_site(context):
    from dialogues.models import Site

    return Site.objects.filter(partner__dialogue=context.dialogue, conduct_contact=context.users["conduct_contact"]).first()
