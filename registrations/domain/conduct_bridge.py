"""The code of conduct lives in the conduct app (issue 5), written in parallel: these
calls degrade gracefully while its functions are not there yet."""

from conduct.domain.queries import barred_registrant_ids

__all__ = ["barred_registrant_ids", "conduct_flags", "current_conduct_version", "record_conduct_acceptance"]

# Registration method -> conduct.enums.AcceptanceMethod value.
ACCEPTANCE_METHODS = {"online": "online", "assisted": "at_site", "paper": "paper"}


def current_conduct_version(dialogue):
    try:
        from conduct.domain.queries import current_published_version
    except ImportError:
        return None
    return current_published_version(dialogue)


def record_conduct_acceptance(version, dialogue, registrant, *, method, by=None):
    from conduct.domain.acceptance import record_acceptance

    return record_acceptance(
        version=version,
        dialogue=dialogue,
        method=ACCEPTANCE_METHODS[method],
        registrant=registrant,
        by=by if getattr(by, "is_authenticated", False) else None,
    )


def conduct_flags(registrant_ids):
    """``{registrant_id: flag text}`` for check-in, or {} while conduct lacks it."""
    try:
        from conduct.domain.queries import participant_flags
    except ImportError:
        return {}
    return participant_flags(list(registrant_ids))
