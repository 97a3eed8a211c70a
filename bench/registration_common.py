"""Shared set-up for the registrations benchmarks: Django without a database, and a
synthetic pool with 6 demographic features."""

import os
import random
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

FEATURES = {
    "age": ["16-29", "30-49", "50-64", "65-plus"],
    "gender": ["woman", "man", "other"],
    "education": ["primary", "secondary", "higher"],
    "occupation": ["working", "studying", "not-working", "retired"],
    "area": ["urban", "rural"],
    "internet-use": ["daily", "sometimes", "never"],
}
WEIGHTS = {
    "age": [0.25, 0.35, 0.25, 0.15],
    "gender": [0.48, 0.48, 0.04],
    "education": [0.2, 0.5, 0.3],
    "occupation": [0.5, 0.15, 0.2, 0.15],
    "area": [0.6, 0.4],
    "internet-use": [0.6, 0.3, 0.1],
}
def machine_note():
    """The machine as the figure was taken: cores and the load average at that moment."""
    return f"{os.cpu_count()} cores, load average {os.getloadavg()[0]:.1f}"


def django_without_database():
    from django.conf import settings

    if not settings.configured:
        settings.configure(USE_I18N=False, INSTALLED_APPS=[])
    import django

    django.setup()
    os.environ.setdefault("SORTITION_QUIET", "1")


def synthetic_pool(size, seed=1):
    rng = random.Random(seed)
    return {
        pk: {feature: rng.choices(values, WEIGHTS[feature])[0] for feature, values in FEATURES.items()}
        for pk in range(1, size + 1)
    }


def proportional_quotas(pool, panel_size, slack=1):
    """Each category's share of the pool × panel size, floor − slack to ceil + slack."""
    quotas = {}
    for feature, values in FEATURES.items():
        quotas[feature] = {}
        for value in values:
            share = sum(1 for answers in pool.values() if answers[feature] == value) / len(pool)
            expected = share * panel_size
            quotas[feature][value] = (max(0, int(expected) - slack), min(panel_size, int(expected) + 1 + slack))
    return quotas
