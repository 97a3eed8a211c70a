"""Demo step for registrations: demographic questions, consent texts, registrants with
answers and consents at each demo site, a panel drawn at each site, and table seats
(so that result entry can copy each seat's categories). Idempotent."""

import random

from dialogues.models import Category, Feature, Site
from wetheinternet.core.demo import DEMO_LANGUAGES

from .demo_content import CONSENTS, FEATURES, FIRST_NAMES, LAST_NAMES
from .domain.panels import execute_panel_run, latest_draw
from .domain.tables import seat_site_panel
from .enums import ConsentMethod, ConsentPurpose, SelectionAlgorithm
from .models import (
    ConsentRecord,
    ConsentText,
    PanelRun,
    QuotaTarget,
    Registrant,
    RegistrantAnswer,
    TableSeat,
)

LANGUAGES = DEMO_LANGUAGES
PEOPLE_PER_TABLE = 6
EXTRA_REGISTRANTS = 8


def _translated(field, texts):
    return {f"{field}_{code}": texts[code] for code in LANGUAGES} | {field: texts["en"]}


def seed(context):
    dialogue = context.dialogue
    _seed_features(dialogue)
    _seed_consent_texts(dialogue)
    _seed_quotas(dialogue)
    for site in Site.objects.filter(partner__dialogue=dialogue).order_by("pk"):
        _seed_site(dialogue, site, context.users)


def _seed_features(dialogue):
    for position, (code, names, categories) in enumerate(FEATURES, start=1):
        feature, _ = Feature.objects.update_or_create(
            dialogue=dialogue, code=code, defaults={"position": position, **_translated("name", names)}
        )
        for c_position, (c_code, labels) in enumerate(categories, start=1):
            Category.objects.update_or_create(
                feature=feature, code=c_code, defaults={"position": c_position, **_translated("label", labels)}
            )


def _seed_quotas(dialogue):
    """Gender and place-of-living shares for every demo country."""
    shares = {("gender", "woman"): "0.45", ("gender", "man"): "0.45", ("gender", "other"): "0.10",
              ("area", "urban"): "0.60", ("area", "rural"): "0.40"}
    countries = {site.country.code for site in Site.objects.filter(partner__dialogue=dialogue)}
    for (feature, code), share in shares.items():
        category = Category.objects.get(feature__dialogue=dialogue, feature__code=feature, code=code)
        for country in countries:
            QuotaTarget.objects.update_or_create(category=category, country=country,
                                                 defaults={"population_share": share})


def _seed_consent_texts(dialogue):
    for purpose, texts in CONSENTS.items():
        ConsentText.objects.update_or_create(
            dialogue=dialogue, purpose=purpose, version=1, defaults=_translated("text", texts)
        )


def _answer(feature, number, rng):
    """Gender and area follow the quota shares (so every demo draw succeeds); the
    other answers are random but fixed by the site."""
    categories = {c.code: c for c in feature.categories.all()}
    if feature.code == "gender":
        return categories["other" if number % 10 == 9 else ("woman" if number % 2 else "man")]
    if feature.code == "area":
        return categories["urban" if number % 5 < 3 else "rural"]
    return rng.choice(list(categories.values()))


def _seed_site(dialogue, site, users):
    tables = site.tables.count() or 1
    country = site.country.code
    rng = random.Random(f"demo-{site.pk}")
    features = list(Feature.objects.filter(dialogue=dialogue).prefetch_related("categories"))
    texts = {t.purpose: t for t in ConsentText.objects.filter(dialogue=dialogue, version=1)}
    language = site.languages[0] if site.languages else "en"
    for number in range(tables * PEOPLE_PER_TABLE + EXTRA_REGISTRANTS):
        first = FIRST_NAMES[country][number % len(FIRST_NAMES[country])]
        last = LAST_NAMES[country][(number * 3) % len(LAST_NAMES[country])]
        registrant, created = Registrant.objects.get_or_create(
            dialogue=dialogue,
            email=f"participant{number + 1}.{site.pk}@demo.example.org",
            defaults={"site": site, "country": country, "first_name": first, "last_name": last,
                      "preferred_language": language, "method": ConsentMethod.ONLINE},
        )
        if not created:
            continue
        RegistrantAnswer.objects.bulk_create(
            RegistrantAnswer(registrant=registrant, feature=f, category=_answer(f, number, rng)) for f in features
        )
        purposes = [ConsentPurpose.PARTICIPATION, ConsentPurpose.STATISTICS]
        if number % 2:
            purposes.append(ConsentPurpose.CONTACT)
        ConsentRecord.objects.bulk_create(
            ConsentRecord(registrant=registrant, purpose=p, text=texts[p], language=language,
                          method=ConsentMethod.ONLINE)
            for p in purposes
        )
    if latest_draw(dialogue, country, site) is None:
        run = PanelRun.objects.create(
            dialogue=dialogue, country=country, site=site, panel_size=tables * PEOPLE_PER_TABLE,
            reserve_size=EXTRA_REGISTRANTS // 2, algorithm=SelectionAlgorithm.LEGACY, seed=1000 + site.pk,
            algorithm_reason="Demo draw with the legacy method.", requested_by=users.get("coordinator"),
        )
        execute_panel_run(run.pk)
    if not TableSeat.objects.filter(table__site=site).exists():
        seat_site_panel(site, table_size=PEOPLE_PER_TABLE, seed=2000 + site.pk, by=users.get("coordinator"))
