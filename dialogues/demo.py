"""Demo step for dialogues: the demo dialogue, its topics and questions, partners,
sites and tables, and the demo users' scoped roles."""

import datetime as dt

from django.utils import timezone

from wetheinternet.core.demo import DEMO_LANGUAGES, DEMO_SLUG

from .demo_content import AGREEMENT, PARTNERS, TOPICS
from .demo_materials import seed as seed_materials
from .demo_onboarding import seed as seed_onboarding_and_agendas
from .domain.toolkit import publish_toolkit
from .enums import DialogueStatus, PartnerRole, QuestionKind, QuestionMode
from .models import Dialogue, Option, Partner, PartnerMembership, Question, Site, SiteDay, Table, Topic

LANGUAGES = DEMO_LANGUAGES
KINDS = {
    "scale": QuestionKind.SCALE,
    "single": QuestionKind.SINGLE_CHOICE,
    "multiple": QuestionKind.MULTIPLE_CHOICE,
    "open": QuestionKind.OPEN_TEXT,
}


def _translated(field, texts):
    return {f"{field}_{code}": texts[code] for code in LANGUAGES} | {field: texts["en"]}


def seed(context):
    dialogue = _dialogue()
    context.dialogue = dialogue
    _seed_topics(dialogue)
    _seed_partners(dialogue, context.users)
    seed_materials(context)
    seed_onboarding_and_agendas(context)
    if dialogue.toolkit_published_at is None:  # the public toolkit page a newcomer can open
        publish_toolkit(dialogue, by=None)


def _dialogue():
    defaults = {
        **_translated("name", {
            "en": "We, the Internet: demo dialogue",
            "fr": "Nous, l'Internet : dialogue de démonstration",
            "es": "Nosotros, Internet: diálogo de demostración",
            "ar": "نحن الإنترنت: حوار تجريبي",
            "pt": "Nós, a Internet: diálogo de demonstração",
        }),
        "status": DialogueStatus.DELIBERATION,
        "languages": list(LANGUAGES),
    }
    # The window was the last two days: every site met yesterday (one site, Suva, also
    # the day before, online), so every session has started (Fiji to Buenos Aires), the
    # demo results are in the past and result entry is open, whatever the hour.
    yesterday = timezone.now().date() - dt.timedelta(days=1)
    dialogue, created = Dialogue.objects.get_or_create(
        slug=DEMO_SLUG,
        defaults={**defaults, "deliberation_date": yesterday - dt.timedelta(days=1), "end_date": yesterday},
    )
    if not created:
        Dialogue.objects.filter(pk=dialogue.pk).update(**defaults)
        dialogue.refresh_from_db()
        if dialogue.end_date is None:  # a demo seeded before dialogues had a window
            dialogue.deliberation_date, dialogue.end_date = dialogue.deliberation_date - dt.timedelta(days=1), dialogue.deliberation_date
            dialogue.save(update_fields=["deliberation_date", "end_date"])
    return dialogue


def _seed_topics(dialogue):
    for position, spec in enumerate(TOPICS, start=1):
        topic, _ = Topic.objects.update_or_create(
            dialogue=dialogue, code=spec["code"], defaults={"position": position, **_translated("title", spec["title"])}
        )
        for q_position, question_spec in enumerate(spec["questions"], start=1):
            code, kind, texts = question_spec[:3]
            question, _ = Question.objects.update_or_create(
                topic=topic,
                code=code,
                version=1,
                defaults={
                    "position": q_position,
                    "kind": KINDS[kind],
                    "mode": QuestionMode.TABLE if kind == "open" else QuestionMode.INDIVIDUAL,
                    "max_answers": 3 if kind == "open" else (2 if kind == "multiple" else None),
                    **_translated("text", texts),
                },
            )
            options = AGREEMENT if kind == "scale" else (question_spec[3] if len(question_spec) > 3 else [])
            for o_position, (option_code, labels) in enumerate(options, start=1):
                Option.objects.update_or_create(
                    question=question, code=option_code, defaults={"position": o_position, **_translated("label", labels)}
                )


def _seed_partners(dialogue, users):
    for spec in PARTNERS:
        partner, _ = Partner.objects.update_or_create(
            dialogue=dialogue,
            name=spec["name"],
            defaults={"countries": spec["countries"]},
        )
        if "coordinator" in spec:
            PartnerMembership.objects.get_or_create(
                partner=partner, user=users[spec["coordinator"]], defaults={"role": PartnerRole.COORDINATOR}
            )
        if "staff" in spec:
            PartnerMembership.objects.get_or_create(
                partner=partner, user=users[spec["staff"]], defaults={"role": PartnerRole.STAFF}
            )
        for site_spec in spec["sites"]:
            site, _ = Site.objects.update_or_create(
                partner=partner,
                name=site_spec["name"],
                defaults={
                    "city": site_spec["city"],
                    "country": site_spec["country"],
                    "time_zone": site_spec["tz"],
                    "languages": site_spec["languages"],
                    "capacity": 8 * site_spec["tables"],
                    # Registrations aimed for: three per place, to draw the panel from.
                    "registration_target": 3 * 8 * site_spec["tables"],
                },
            )
            if not site.days.exists():
                SiteDay.objects.create(site=site, date=dialogue.last_day)
            for number in range(1, site_spec["tables"] + 1):
                Table.objects.get_or_create(site=site, number=number, defaults={"language": site_spec["language"]})
    _assign_scoped_roles(dialogue, users)


def _assign_scoped_roles(dialogue, users):
    sites = Site.objects.filter(partner__dialogue=dialogue)
    sites.filter(city="Tunis").update(conduct_contact=users["conduct_contact"])
    Table.objects.filter(site__in=sites.filter(city="Nairobi"), number=1).update(facilitator=users["facilitator"])
    Table.objects.filter(site__in=sites.filter(city="Buenos Aires"), number__in=[1, 2]).update(
        note_taker=users["note_taker"]
    )
