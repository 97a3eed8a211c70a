"""How the conduct queue is sorted and paged (``wetheinternet/core/lists.py``); its
filters are the queue's own form (``QueueFilterForm``), kept in the page links."""

from django.utils.translation import gettext_lazy as _

from wetheinternet.core.lists import ListSpec, Sort


def case_list_spec():
    """Cases are confidential: no free-text search; urgent and oldest first by default."""
    return ListSpec(
        sorts={
            "urgent": Sort(_("Urgent first"), ("-is_urgent", "created_at", "id")),
            "received": Sort(_("Received"), ("created_at", "id")),
            "state": Sort(_("State"), ("state", "created_at", "id")),
        },
        default_sort="urgent",
        search_field=None,
        keep=("state", "urgency", "dialogue", "site", "age"),
    )
