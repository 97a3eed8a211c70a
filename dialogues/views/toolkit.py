"""Toolkits: the public page and JSON of a published dialogue's design; the staff page
that publishes it and copies the dialogue for its next round."""

import json

from django.contrib import messages
from django.http import Http404, HttpResponse
from django.shortcuts import get_object_or_404, redirect, render
from django.utils import translation
from django.utils.translation import gettext as _
from django.views.decorators.http import require_POST

from wetheinternet.core.forms import posted, show_domain_error
from wetheinternet.core.permissions import permission_required

from ..domain.copying import copy_dialogue
from ..domain.errors import DialoguesError
from ..domain.mirrors import open_for_mirrors
from ..domain.toolkit import publish_toolkit, toolkit_data, toolkit_languages, withdraw_toolkit
from ..interfaces.toolkit_forms import CopyDialogueForm
from ..models import Dialogue


def _published(slug):
    return get_object_or_404(Dialogue, slug=slug, toolkit_published_at__isnull=False)


def toolkit_list(request):
    """Every published toolkit (public)."""
    dialogues = Dialogue.objects.filter(toolkit_published_at__isnull=False).order_by("-toolkit_published_at")
    return render(request, "dialogues/toolkit/list.html", {"dialogues": dialogues})


def toolkit_page(request, slug):
    """A published toolkit in one of its languages (``?language=``; the visitor's
    language when the dialogue has it), with links to the others (public)."""
    dialogue = _published(slug)
    languages = toolkit_languages(dialogue)
    asked = request.GET.get("language") or translation.get_language()
    language = asked if asked in languages else (dialogue.default_language if dialogue.default_language in languages else languages[0])
    context = {"dialogue": dialogue, "toolkit": toolkit_data(dialogue, language=language), "language": language,
               "languages": [(code, translation.get_language_info(code)["name_local"]) for code in languages],
               "mirrors_open": open_for_mirrors(dialogue)}
    return render(request, "dialogues/toolkit/page.html", context)


def toolkit_json(request, slug):
    """The published toolkit as one JSON file, every text in every language (public)."""
    dialogue = _published(slug)
    body = json.dumps(toolkit_data(dialogue), ensure_ascii=False, indent=2)
    response = HttpResponse(body, content_type="application/json; charset=utf-8")
    response["Content-Disposition"] = f'attachment; filename="toolkit-{dialogue.slug}.json"'
    return response


@permission_required("dialogues.copy_dialogue")
def next_round(request, slug):
    """Staff: publish or withdraw the toolkit, and copy the dialogue for its next round."""
    dialogue = get_object_or_404(Dialogue, slug=slug)
    form = CopyDialogueForm(posted(request), initial={"kind": dialogue.kind})
    if request.method == "POST" and form.is_valid():
        try:
            copy = copy_dialogue(dialogue, by=request.user, **form.cleaned_data)
        except DialoguesError as error:
            show_domain_error(form, error)
        else:
            messages.success(request, _("“%(name)s” is ready as a draft, with this dialogue's design.") % {"name": copy.name})
            return redirect("admin:dialogues_dialogue_change", copy.pk)
    return render(request, "dialogues/toolkit/next_round.html", {"dialogue": dialogue, "form": form})


@require_POST
@permission_required("dialogues.publish_toolkit")
def toolkit_publication(request, slug):
    dialogue = get_object_or_404(Dialogue, slug=slug)
    if request.POST.get("publish") == "1":
        publish_toolkit(dialogue, by=request.user)
        messages.success(request, _("The toolkit is public."))
    elif request.POST.get("publish") == "0":
        withdraw_toolkit(dialogue, by=request.user)
        messages.success(request, _("The toolkit is no longer public."))
    else:
        raise Http404
    return redirect("dialogues:next_round", slug=dialogue.slug)
