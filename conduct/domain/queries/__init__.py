"""Read queries other apps call: the code in force, who must accept it, and the
effects of conduct decisions (check-in flags, limited activities)."""

from .acceptance import current_published_version, needs_acceptance, participant_acceptances
from .effects import (
    activity_limit_sql,
    barred_registrant_ids,
    is_activity_limited,
    participant_flags,
    remember_activity_limit,
)

__all__ = [
    "activity_limit_sql",
    "barred_registrant_ids",
    "current_published_version",
    "is_activity_limited",
    "needs_acceptance",
    "participant_acceptances",
    "participant_flags",
    "remember_activity_limit",
]
