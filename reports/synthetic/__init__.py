"""A synthetic dialogue at the scale of the 2020 plan and beyond, for benchmarks and
load tests (``python manage.py seed_scale``). Deterministic from a seed; rows are
written with ``reports.interfaces.bulk.bulk_insert`` (COPY on PostgreSQL)."""

from .generate import ScaleOptions, generate

__all__ = ["ScaleOptions", "generate"]
