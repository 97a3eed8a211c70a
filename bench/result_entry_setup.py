"""Data for bench/result_entry.py: the 2020-scale dialogue (``seed_scale``) or, if that
command is missing, a smaller one made here with bulk inserts; then note takers with API
tokens, each given tables, and every site's topic sessions scheduled in the past."""

import datetime as dt
import os
import sys
import uuid

from django.core.management import call_command, get_commands
from django.utils import timezone

SLUG = "scale"


def setup_bench_dialogue():
    """Set Django up on the PostgreSQL database of ``DATABASE_URL``, migrate it and return
    the 2020-scale dialogue (seeded on first use)."""
    if not os.environ.get("DATABASE_URL", "").startswith("postgres"):
        raise SystemExit("Set DATABASE_URL to a PostgreSQL database (it is filled with the 2020-scale dataset).")
    import django

    django.setup()
    call_command("migrate", verbosity=0)
    return ensure_dataset(lambda text: print(text, file=sys.stderr))


def ensure_dataset(stdout):
    from dialogues.models import Dialogue

    dialogue = Dialogue.objects.filter(slug=SLUG).first()
    if dialogue is not None:
        return dialogue
    if "seed_scale" in get_commands():
        stdout(f"seeding the 2020-scale dataset (seed_scale --slug {SLUG}) …")
        call_command("seed_scale", "--slug", SLUG, "--no-progress")
        return Dialogue.objects.get(slug=SLUG)
    stdout("seed_scale is not available: making a small dataset with bulk inserts")
    return _small_dataset()


def _small_dataset():
    from dialogues.models import Dialogue, Option, Partner, Question, Site, Table, Topic

    dialogue = Dialogue.objects.create(slug=SLUG, name="Bench dialogue", deliberation_date=dt.date(2026, 10, 24),
                                       status="results")
    for t in range(5):
        topic = Topic.objects.create(dialogue=dialogue, code=f"t{t}", position=t, title=f"Topic {t}")
        for q in range(8):
            kind = "open_text" if q == 7 else ("multiple_choice" if q == 6 else "single_choice")
            question = Question.objects.create(topic=topic, code=f"t{t}q{q}", position=q, text=f"Question {q}", kind=kind,
                                               max_answers=2 if kind != "single_choice" else None)
            if kind != "open_text":
                Option.objects.bulk_create(Option(question=question, code=f"o{i}", position=i, label=f"Option {i}")
                                           for i in range(4))
    partner = Partner.objects.create(dialogue=dialogue, name="Bench partner", countries=["FR"])
    sites = Site.objects.bulk_create(Site(partner=partner, name=f"Site {i}", country="FR", time_zone="UTC")
                                     for i in range(60))
    Table.objects.bulk_create(Table(site=site, number=n, capacity=8) for site in sites for n in range(1, 11))
    return dialogue


def note_takers(dialogue, clients, tables_each):
    """``[(token, [(table_id, topic_id, current client id or None), ...])]`` for ``clients`` note takers."""
    from rest_framework.authtoken.models import Token

    from dialogues.enums import AgendaItemKind
    from dialogues.models import ScheduledItem, Table, Topic
    from results.models import ResultSubmission
    from wetheinternet.accounts.models import User

    topics = list(Topic.objects.filter(dialogue=dialogue).order_by("position").values_list("pk", flat=True))
    tables = list(Table.objects.filter(site__partner__dialogue=dialogue).order_by("pk")[: clients * tables_each])
    started = timezone.now() - dt.timedelta(hours=6)
    site_ids = sorted({table.site_id for table in tables})
    ScheduledItem.objects.filter(site_id__in=site_ids).delete()
    ScheduledItem.objects.bulk_create(
        ScheduledItem(site_id=site_id, position=n, kind=AgendaItemKind.TOPIC_SESSION, topic_id=topic_id,
                      title="Session", starts_at=started + dt.timedelta(hours=n),
                      ends_at=started + dt.timedelta(hours=n, minutes=45))
        for site_id in site_ids for n, topic_id in enumerate(topics)
    )
    current = dict(((t, p), c) for t, p, c in ResultSubmission.objects.current()
                   .filter(table__in=tables).values_list("table_id", "topic_id", "client_id"))
    people = []
    for index in range(clients):
        user, _created = User.objects.get_or_create(email=f"bench-note-taker-{index}@example.org",
                                                    defaults={"full_name": f"Bench note taker {index}"})
        token, _created = Token.objects.get_or_create(user=user)
        mine = tables[index * tables_each:(index + 1) * tables_each]
        Table.objects.filter(pk__in=[t.pk for t in mine]).update(note_taker=user)
        people.append((token.key, [(t.pk, topic, _text(current.get((t.pk, topic)))) for t in mine for topic in topics]))
    return people


def payloads(dialogue):
    """A valid ballots payload per topic id (6 people, one ballot each)."""
    from dialogues.models import Topic
    from results.domain.questions import session_questions

    result = {}
    for topic in Topic.objects.filter(dialogue=dialogue):
        questions = session_questions(topic)
        ballots = [
            {"seat": seat, "answers": [
                {"question": q.pk, "options": [sorted(questions.option_ids[q.pk])[seat % len(questions.option_ids[q.pk])]]}
                for q in questions.closed if questions.option_ids[q.pk]
            ]}
            for seat in range(1, 7)
        ]
        open_answers = [{"question": q.pk, "text": "More public spaces online.", "rank": 1} for q in questions.open]
        result[topic.pk] = {"people_present": 6, "entry_mode": "ballots", "ballots": ballots, "counts": [],
                            "open_answers": open_answers}
    return result


def new_client_id():
    return str(uuid.uuid4())


def _text(value):
    return str(value) if value is not None else None
