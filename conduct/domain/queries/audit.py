from django.contrib.contenttypes.models import ContentType

from wetheinternet.core.models import AuditEntry

from ...models import Incident

OVERVIEW_LENGTH = 300


def conduct_audit_entries(user):
    """The latest conduct audit entries for ``user``'s overview, most recent first.
    Entries about a case ``user`` recused from are left out whatever their action
    (reported, viewed, decided...): recusal hides the whole case."""
    recused = [str(pk) for pk in user.conduct_recusals.values_list("incident_id", flat=True)]
    return (
        AuditEntry.objects.filter(action__startswith="conduct.")
        .exclude(target_type=ContentType.objects.get_for_model(Incident), target_id__in=recused)
        .select_related("actor", "target_type")[:OVERVIEW_LENGTH]
    )
