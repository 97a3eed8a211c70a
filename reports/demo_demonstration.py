"""Demo step (after ``reports.demo``, which releases the demo dialogue's results): a
one-site demonstration event made from the demo dialogue (same question codes), run
through the same domain functions an organiser uses: 20 people added on the spot
(assisted registration, participation consent), split at random into 4 groups of 5
with maximum diversity, each group's note taker entering its ballots and open answers,
the answers approved and the room's figures released, so that its plenary screen and
comparison page show the room beside the demo dialogue. Idempotent.

``build_demonstration`` and ``enter_group_results`` are shared with the tests."""

import datetime as dt
import random
import uuid
from zoneinfo import ZoneInfo

from django.utils import timezone

from dialogues.domain.copying import copy_dialogue
from dialogues.domain.sites import create_site
from dialogues.domain.tables import update_table
from dialogues.enums import AgendaItemKind, DialogueKind, DialogueStatus, OnboardingState, PartnerRole
from dialogues.models import AgendaTemplateItem, Dialogue, Feature, Partner, PartnerMembership, Table
from registrations.domain.registration import RegistrationData, register_participant
from registrations.domain.tables import seat_site_panel
from registrations.enums import ConsentMethod, ConsentPurpose
from results.domain import entry_opens_at, submit_table_result
from results.domain.questions import open_answer_limit, session_questions
from results.enums import EntryMode
from wetheinternet.core.demo import DEMO_SLUG

from .domain.releases import release_due_results
from .domain.reviews import approve_open_answers, prepare_open_answer_reviews
from .models import OpenAnswerReview

SLUG = f"{DEMO_SLUG}-demonstration"
NAMES = {
    "name_en": "We, the Internet: IGF pre-event demonstration (demo)",
    "name_fr": "Nous, l'Internet : démonstration de la pré-session de l'IGF (démo)",
    "name_es": "Nosotros, Internet: demostración del evento previo al IGF (demo)",
    "name_ar": "نحن الإنترنت: عرض توضيحي في الفعالية التمهيدية لمنتدى حوكمة الإنترنت (تجريبي)",
    "name_pt": "Nós, a Internet: demonstração do evento prévio do IGF (demo)",
}
GROUP_SIZE = 5
NAMESPACE = uuid.UUID("6f1d3c2e-4b5a-4c8d-9e7f-1a2b3c4d5e6f")
FIRST_NAMES = [
    "Ana",
    "Bilal",
    "Chen",
    "Dara",
    "Emeka",
    "Fatou",
    "Goran",
    "Hana",
    "Ivo",
    "Jun",
    "Kemal",
    "Lina",
    "Mateo",
    "Nadia",
    "Omar",
    "Priya",
    "Quentin",
    "Rosa",
    "Sami",
    "Tala",
    "Uma",
    "Viktor",
    "Wen",
    "Yara",
]
IDEAS = [
    "Keep a public option for digital identity that works without a smartphone.",
    "Explain in plain words how platforms choose what we see.",
    "Give people one place to see and delete the data held about them.",
    "Connect schools and libraries first.",
]


def build_demonstration(main, *, slug, name, organiser, day, start_time, people=20, seed=1, k=None, seat=True):
    """A demonstration made from ``main`` (compared with it), with one site in Geneva on
    ``day`` from ``start_time`` (local), ``organiser`` its partner's coordinator, and
    ``people`` added on the spot by the organiser, seated in groups of 5 (unless
    ``seat`` is False: the organiser then splits them on the site's tables page).
    Returns ``(dialogue, site)``."""
    dialogue = copy_dialogue(main, by=organiser, slug=slug, name=name, first_day=day, kind=DialogueKind.DEMONSTRATION)
    Dialogue.objects.filter(pk=dialogue.pk).update(
        status=DialogueStatus.DELIBERATION, anonymity_threshold=k or dialogue.anonymity_threshold
    )
    dialogue.refresh_from_db()
    if not AgendaTemplateItem.objects.filter(dialogue=dialogue).exists():
        AgendaTemplateItem.objects.bulk_create(
            AgendaTemplateItem(
                dialogue=dialogue,
                topic=topic,
                position=n,
                day_number=1,
                kind=AgendaItemKind.TOPIC_SESSION,
                duration_minutes=30,
                title=topic.title,
            )
            for n, topic in enumerate(dialogue.topics.order_by("position"), start=1)
        )
    partner = Partner.objects.create(
        dialogue=dialogue, name="IGF pre-event organisers", countries=["CH"], state=OnboardingState.READY
    )
    PartnerMembership.objects.get_or_create(partner=partner, user=organiser, defaults={"role": PartnerRole.COORDINATOR})
    site = create_site(
        partner,
        by=organiser,
        name="Pre-event room",
        mode="in_person",
        country="CH",
        city="Geneva",
        time_zone="Europe/Zurich",
        languages=["en"],
        local_date=day,
        local_start_time=start_time,
    )
    rng = random.Random(seed)
    features = list(Feature.objects.filter(dialogue=dialogue).prefetch_related("categories"))
    for n in range(people):
        answers = {f: rng.choice(list(f.categories.all())) for f in features if f.categories.all()}
        register_participant(
            dialogue,
            RegistrationData(
                country="CH",
                first_name=FIRST_NAMES[n % len(FIRST_NAMES)],
                last_name=f"Guest {n + 1}",
                answers=answers,
                consents={ConsentPurpose.PARTICIPATION, ConsentPurpose.STATISTICS},
                accepts_conduct=True,
            ),
            site=site,
            method=ConsentMethod.ASSISTED,
            by=organiser,
        )
    if seat:
        seat_site_panel(site, table_size=GROUP_SIZE, seed=seed, by=organiser)
    return dialogue, site


def group_payload(table, topic, rng, *, present):
    """A group's ballots (one per person present) and two open answers."""
    questions = session_questions(topic)
    ballots = []
    for seat in range(1, present + 1):
        answers = []
        for question in questions.closed:
            options = [option.pk for option in question.options.all()]
            # Most of the room leans to the first option, so that some shares are shown.
            weights = [4] + [1] * (len(options) - 1)
            chosen = rng.choices(options, weights=weights)[0]
            answers.append({"question": question.pk, "options": [chosen]})
        ballots.append({"seat": seat, "answers": answers})
    open_answers = []
    for question in questions.open:
        texts = rng.sample(IDEAS, min(open_answer_limit(question), 2))
        open_answers += [{"question": question.pk, "text": text, "rank": n} for n, text in enumerate(texts, 1)]
    return {
        "people_present": present,
        "entry_mode": EntryMode.BALLOTS,
        "ballots": ballots,
        "counts": [],
        "open_answers": open_answers,
    }


def enter_group_results(site, *, seed=1, now=None, numbers=None):
    """Each group's note taker (the organiser when the group has none) sends the result of
    every session, as on their phone (only the groups ``numbers`` when given)."""
    rng = random.Random(seed)
    tables = Table.objects.filter(site=site).select_related("site__partner__dialogue", "note_taker").order_by("number")
    coordinator = site.partner.memberships.select_related("user").first().user
    for table in tables:
        if numbers is not None and table.number not in numbers:
            continue
        present = table.seats.count()
        for topic in site.partner.dialogue.topics.order_by("position"):
            opens_at = entry_opens_at(table, topic)
            if opens_at is None:
                continue
            when = now or max(opens_at, min(timezone.now(), opens_at + dt.timedelta(minutes=40)))
            submit_table_result(
                table,
                topic,
                by=table.note_taker or coordinator,
                payload=group_payload(table, topic, rng, present=present),
                client_id=uuid.uuid5(NAMESPACE, f"{table.pk}:{topic.pk}"),
                now=when,
            )


def approve_and_show(dialogue, *, by):
    """The organiser approves the groups' open answers and shows the room's safe figures."""
    approve_group_answers(dialogue, by=by)
    return release_due_results(dialogue, by=by)


def approve_group_answers(dialogue, *, by):
    """Prepare the groups' open answers for review and approve those where nothing had
    to be removed, as the organiser does on the open-answers page."""
    prepare_open_answer_reviews(dialogue)
    visible = OpenAnswerReview.objects.visible_to(by)
    ids = list(visible.filter(answer__submission__topic__dialogue=dialogue, found="").values_list("pk", flat=True))
    return approve_open_answers(dialogue, ids, by=by, visible=visible)


def seed(context):
    main = Dialogue.objects.filter(slug=DEMO_SLUG).first()
    if main is None or Dialogue.objects.filter(slug=SLUG).exists():
        return
    organiser = context.users["coordinator"]
    zone = ZoneInfo("Europe/Zurich")
    day = timezone.now().astimezone(zone).date()
    dialogue, site = build_demonstration(
        main, slug=SLUG, name=NAMES["name_en"], organiser=organiser, day=day, start_time=dt.time(9, 0), k=5
    )
    for table in Table.objects.filter(site=site).order_by("number"):
        update_table(
            table,
            by=organiser,
            capacity=table.capacity,
            language="en",
            note_taker_email=f"group{table.number}.notes@demo.example.org",
        )
    Dialogue.objects.filter(pk=dialogue.pk).update(**NAMES)
    enter_group_results(site)
    release = approve_and_show(dialogue, by=organiser)
    context.say(
        f"    demonstration {SLUG}: {site.tables.count()} groups, release {release.number if release else 'none'}"
    )
