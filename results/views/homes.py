"""The note taker's and the facilitator's home: their tables and each session's result."""

from django.shortcuts import render
from django.utils.translation import get_language

from dialogues.domain.queries.materials import materials_at_my_tables
from wetheinternet.core.audit import log_action
from wetheinternet.core.permissions import permission_required

from ..domain.queries.sessions import facilitator_rows, note_taker_rows


@permission_required("results.view_note_taker_home")
def note_taker_home(request):
    return render(request, "results/note_taker_home.html", {"rows": note_taker_rows(request.user),
                                                             "table_materials": materials_at_my_tables(request.user, get_language())})


@permission_required("results.view_facilitator_home")
def facilitator_home(request):
    return render(request, "results/facilitator_home.html", {"rows": facilitator_rows(request.user),
                                                              "table_materials": materials_at_my_tables(request.user, get_language())})


@permission_required("results.view_note_taker_home")
def api_token(request):
    """A note taker's key for the result API: shown once when made, replaced on request."""
    from rest_framework.authtoken.models import Token

    key = None
    if request.method == "POST":
        Token.objects.filter(user=request.user).delete()
        key = Token.objects.create(user=request.user).key
        log_action("dialogues.result.api_token_created", actor=request.user, target=request.user)
    has_token = key is not None or Token.objects.filter(user=request.user).exists()
    return render(request, "results/api_token.html", {"key": key, "has_token": has_token})
