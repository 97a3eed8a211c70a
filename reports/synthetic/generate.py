"""Generate the synthetic dialogue: structure (partners, sites, tables, people with
demographics and consents, seats) then results (one submission per table and topic,
ballots or counts, open answers with their reviews)."""

import datetime as dt
import random
from dataclasses import dataclass

from django.db import connection, transaction
from django.utils import timezone

from dialogues.regions import all_countries, region_of

from ..domain.releases import release_results
from ..interfaces.bulk import IdAllocator
from .content import FEATURE_WEIGHTS, FEATURES, TOPIC_TITLES, question_specs
from .results import write_results
from .writer import Writer

FIRST_NAMES = ["Aiko", "Amara", "Bruno", "Chen", "Dalia", "Emeka", "Farah", "Gustavo", "Hana", "Ivan", "Jamila",
               "Kofi", "Leila", "Mateo", "Nadia", "Olga", "Priya", "Quentin", "Rosa", "Sami", "Tariq", "Uma",
               "Viktor", "Wanjiku", "Ximena", "Yusuf", "Zanele", "Aroha", "Bashir", "Carmen"]
LAST_NAMES = ["Abara", "Bianchi", "Castillo", "Dubois", "Eriksen", "Fofana", "Gonzaga", "Haddad", "Ishikawa",
              "Jovanovic", "Kamau", "Lindqvist", "Mensah", "Nakamura", "Okafor", "Petrov", "Quispe", "Rahman",
              "Silva", "Tanaka", "Usman", "Varga", "Wekesa", "Xu", "Yilmaz", "Zapata", "Moana", "Novak"]
CODE_ALPHABET = "ABCDEFGHJKMNPQRSTUVWXYZ23456789"


@dataclass
class ScaleOptions:
    slug: str = "scale"
    countries: int = 120
    sites: int = 600
    participants: int = 20_000
    tables: int = 3_400
    topics: int = 5
    questions: int = 8
    seed: int = 2020
    k: int = 10
    ballot_share: float = 0.85
    statistics_consent: float = 0.9


def reference_code(number):
    chars = []
    for _ in range(8):
        number, digit = divmod(number, len(CODE_ALPHABET))
        chars.append(CODE_ALPHABET[digit])
    return "S" + "".join(chars[:3]) + "-" + "".join(chars[3:7])


def spread(total, buckets, rng, minimum=1):
    """Split ``total`` into ``buckets`` counts of at least ``minimum``, unevenly."""
    counts = [minimum] * buckets
    weights = [rng.lognormvariate(0, 0.8) for _ in range(buckets)]
    for index in rng.choices(range(buckets), weights=weights, k=max(0, total - minimum * buckets)):
        counts[index] += 1
    return counts


def generate(options, *, progress=None):
    """Create the dialogue ``options.slug`` (replacing one of that name) and return it.
    ``progress(label, fraction done)`` is called as it goes."""
    progress = progress or (lambda label, fraction: None)
    rng = random.Random(options.seed)
    with transaction.atomic():
        _delete_existing(options.slug)
        progress("structure", 0.0)
        dialogue, questions, categories = _dialogue(options)
        writer = Writer(IdAllocator())
        tables = _structure(dialogue, options, rng, writer, categories)
        writer.flush()
        progress("results", 0.2)
        write_results(dialogue, tables, questions, categories, options, rng, writer, progress)
        writer.flush()
        # The generated results are the day's: released, as staff would at its end.
        release_results(dialogue, by=None, warm_open_data=False, thank_participants=False, dissemination_kits=False)
    if connection.vendor == "postgresql":
        progress("analyze", 0.97)
        with connection.cursor() as cursor:
            cursor.execute("ANALYZE")
    return dialogue


def _delete_existing(slug):
    from dialogues.models import Dialogue
    from registrations.models import ConsentRecord, Registrant, RegistrantAnswer, TableSeat
    from results.models import OpenAnswer, ResultSubmission

    from ..models import OpenAnswerReview, ReportJob

    dialogue = Dialogue.objects.filter(slug=slug).first()
    if dialogue is None:
        return
    by_submission = {"submission__topic__dialogue": dialogue}
    OpenAnswerReview.objects.filter(answer__submission__topic__dialogue=dialogue).delete()
    OpenAnswer.objects.filter(**by_submission).delete()
    ResultSubmission.objects.filter(topic__dialogue=dialogue).update(replaces=None)
    ResultSubmission.objects.filter(topic__dialogue=dialogue).delete()
    for model in (TableSeat, RegistrantAnswer, ConsentRecord):
        model.objects.filter(registrant__dialogue=dialogue).delete()
    Registrant.objects.filter(dialogue=dialogue).delete()
    ReportJob.objects.filter(dialogue=dialogue).delete()
    dialogue.delete()


def _dialogue(options):
    from dialogues.models import Category, Dialogue, Feature, Option, Question, Topic

    dialogue = Dialogue.objects.create(
        slug=options.slug,
        name=f"Synthetic dialogue ({options.countries} countries, {options.participants} participants)",
        deliberation_date=dt.date(2026, 10, 24),
        status="results",
        anonymity_threshold=options.k,
        languages=["en", "fr", "es", "ar"],
    )
    questions = []
    for t in range(options.topics):
        topic = Topic.objects.create(
            dialogue=dialogue, code=f"topic-{t + 1}", position=t + 1, title=TOPIC_TITLES[t % len(TOPIC_TITLES)]
        )
        for q, (suffix, kind, text, choices) in enumerate(question_specs(options.questions), start=1):
            question = Question.objects.create(
                topic=topic, code=f"t{t + 1}-q{q}-{suffix}", position=q, text=text, kind=kind,
                mode="table" if kind == "open_text" else "individual", max_answers=2 if kind != "scale" else None,
            )
            Option.objects.bulk_create(
                [Option(question=question, code=code, position=i, label=label) for i, (code, label) in enumerate(choices)]
            )
            questions.append(question)
    categories = {}
    for position, (code, name, choices) in enumerate(FEATURES):
        feature = Feature.objects.create(dialogue=dialogue, code=code, name=name, position=position)
        categories[code] = [
            Category.objects.create(feature=feature, code=c, label=label, position=i) for i, (c, label) in enumerate(choices)
        ]
    return dialogue, questions, categories


def _structure(dialogue, options, rng, writer, categories):
    """Partners, sites, tables and people. Returns ``[(table_id, country, [(seat, registrant_id, consented, [category_id...])])]``."""
    from dialogues.models import Partner, Site, Table
    from registrations.models import ConsentRecord, ConsentText, QuotaTarget, Registrant, RegistrantAnswer, TableSeat

    countries = sorted(rng.sample([c for c in all_countries() if region_of(c)], options.countries))
    texts = {
        purpose: ConsentText.objects.create(dialogue=dialogue, purpose=purpose, text=f"Synthetic consent text: {purpose}.")
        for purpose in ("participation", "statistics")
    }
    now = timezone.now()
    site_counts = spread(options.sites, len(countries), rng)
    table_counts = spread(options.tables, options.sites, rng)
    people_counts = spread(options.participants, options.tables, rng, minimum=min(4, options.participants // options.tables))
    site_index = table_index = 0
    tables = []
    for country, sites in zip(countries, site_counts, strict=True):
        partner_id = writer.add(Partner, dialogue_id=dialogue.pk, name=f"Partner {country}", countries=country, state="ready")
        for category_list in categories.values():
            weights = FEATURE_WEIGHTS[category_list[0].feature.code]
            for category, weight in zip(category_list, weights, strict=True):
                writer.add(QuotaTarget, category_id=category.pk, country=country,
                           population_share=round(weight / sum(weights), 4))
        for s in range(sites):
            site_id = writer.add(Site, partner_id=partner_id, name=f"{country} site {s + 1}", country=country,
                                 city=f"City {s + 1}", time_zone="UTC", languages=["en"], mode="in_person")
            for number in range(1, table_counts[site_index] + 1):
                table_id = writer.add(Table, site_id=site_id, number=number, language="en", capacity=8)
                seats = []
                for seat in range(1, people_counts[table_index] + 1):
                    registrant_id = writer.ids.take(Registrant)
                    first, last = rng.choice(FIRST_NAMES), rng.choice(LAST_NAMES)
                    writer.add(Registrant, id=registrant_id, dialogue_id=dialogue.pk, site_id=site_id, country=country,
                               reference_code=reference_code(registrant_id), first_name=first, last_name=last,
                               email=f"{first.lower()}.{last.lower()}.{registrant_id}@example.org",
                               phone=f"+1 555 {registrant_id:07d}", status="selected", attendance="attended",
                               checked_in_at=now)
                    consented = rng.random() < options.statistics_consent
                    writer.add(ConsentRecord, registrant_id=registrant_id, purpose="participation",
                               text_id=texts["participation"].pk, language="en", method="online", given_at=now)
                    if consented:
                        writer.add(ConsentRecord, registrant_id=registrant_id, purpose="statistics",
                                   text_id=texts["statistics"].pk, language="en", method="online", given_at=now)
                    chosen = []
                    for code, category_list in categories.items():
                        category = rng.choices(category_list, weights=FEATURE_WEIGHTS[code])[0]
                        writer.add(RegistrantAnswer, registrant_id=registrant_id, feature_id=category.feature_id,
                                   category_id=category.pk)
                        chosen.append(category.pk)
                    writer.add(TableSeat, table_id=table_id, seat_number=seat, registrant_id=registrant_id)
                    seats.append((seat, registrant_id, consented, chosen, f"{first} {last}"))
                tables.append((table_id, country, seats))
                table_index += 1
            site_index += 1
    return tables


