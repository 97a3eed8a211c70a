"""Mirror dialogues: the public self-service sign-up from a toolkit, and staff's list
where they suspend one or approve its results for publication."""

from django.contrib import messages
from django.http import Http404
from django.shortcuts import get_object_or_404, redirect, render
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy
from django.views.decorators.http import require_http_methods, require_POST

from wetheinternet.core import throttle
from wetheinternet.core.forms import posted, show_domain_error
from wetheinternet.core.permissions import permission_required
from wetheinternet.core.visibility import get_visible_or_404

from ..domain.errors import DialoguesError
from ..domain.mirrors import (
    approve_mirror_results,
    current_agreement,
    open_for_mirrors,
    reinstate_mirror,
    start_mirror_dialogue,
    suspend_mirror,
    withdraw_results_approval,
)
from ..domain.toolkit import toolkit_data
from ..interfaces.mirror_forms import MirrorSignupForm, SuspendMirrorForm
from ..models import Dialogue, MirrorDialogue

# Per client address, every sent form counted: enough for a group and its typing
# mistakes, not for a script making dialogues.
SIGNUP_ATTEMPTS, SIGNUP_WINDOW = 10, 3600


def _toolkit_open_for_mirrors(slug):
    dialogue = get_object_or_404(Dialogue, slug=slug, toolkit_published_at__isnull=False)
    if not open_for_mirrors(dialogue):
        raise Http404
    return dialogue


@require_http_methods(["GET", "POST"])
def mirror_signup(request, slug):
    """Anyone: describe the group, accept the code of conduct and the data-protection
    agreement, and get a mirror dialogue made from the toolkit (public, rate-limited)."""
    source = _toolkit_open_for_mirrors(slug)
    version, text = current_agreement()
    form = MirrorSignupForm(
        posted(request), agreement_text=text, initial={"agreement_version": version, "language": request.LANGUAGE_CODE}
    )
    status = 200
    if request.method == "POST":
        if throttle.is_limited("dialogues:mirror_signup", request, attempts=SIGNUP_ATTEMPTS):
            form.add_error(None, _("Too many requests from your network. Try again in an hour."))
            status = 429
        else:
            throttle.count_attempt("dialogues:mirror_signup", request, window=SIGNUP_WINDOW)
            if form.is_valid():
                try:
                    start_mirror_dialogue(source, **form.signup_values())
                except DialoguesError as error:
                    show_domain_error(form, error)
                else:
                    return redirect("dialogues:mirror_signup_done", slug=source.slug)
    conduct = toolkit_data(source, language=request.LANGUAGE_CODE).get("code_of_conduct")
    context = {"source": source, "form": form, "conduct": conduct, "agreement_version": version}
    return render(request, "dialogues/mirrors/signup.html", context, status=status)


def mirror_signup_done(request, slug):
    source = _toolkit_open_for_mirrors(slug)
    return render(request, "dialogues/mirrors/signup_done.html", {"source": source})


@permission_required("dialogues.manage_mirrors")
def mirror_list(request):
    """Staff: every mirror dialogue with its state, its group and its results' approval."""
    mirrors = (
        MirrorDialogue.objects.visible_to(request.user)
        .select_related("dialogue", "source", "organiser", "results_approved_by")
        .order_by("-created_at")
    )
    return render(request, "dialogues/mirrors/staff_list.html", {"mirrors": mirrors})


@permission_required("dialogues.manage_mirrors")
def mirror_detail(request, pk):
    mirror = get_visible_or_404(MirrorDialogue.objects.select_related("dialogue", "source"), request.user, pk=pk)
    return render(
        request, "dialogues/mirrors/staff_detail.html", {"mirror": mirror, "suspend_form": SuspendMirrorForm()}
    )


ACTIONS = {
    "reinstate": (reinstate_mirror, gettext_lazy("The mirror dialogue is active again.")),
    "approve": (approve_mirror_results, gettext_lazy("The results are approved for publication.")),
    "withdraw": (withdraw_results_approval, gettext_lazy("The results are no longer published.")),
}


@require_POST
@permission_required("dialogues.manage_mirrors")
def mirror_action(request, pk):
    """Staff: suspend (with a reason), reinstate, approve or withdraw the results."""
    mirror = get_visible_or_404(MirrorDialogue.objects.select_related("dialogue", "source"), request.user, pk=pk)
    action = request.POST.get("action")
    form = SuspendMirrorForm(request.POST) if action == "suspend" else None
    try:
        if action == "suspend":
            if form.is_valid():
                suspend_mirror(mirror, by=request.user, reason=form.cleaned_data["reason"])
                messages.success(request, _("The mirror dialogue is suspended."))
                return redirect("dialogues:mirror_detail", pk=mirror.pk)
        elif action in ACTIONS:
            act, done = ACTIONS[action]
            act(mirror, by=request.user)
            messages.success(request, done)
            return redirect("dialogues:mirror_detail", pk=mirror.pk)
        else:
            raise Http404
    except DialoguesError as error:
        if form is not None:
            show_domain_error(form, error)
        else:
            messages.error(request, error.message)
            return redirect("dialogues:mirror_detail", pk=mirror.pk)
    return render(request, "dialogues/mirrors/staff_detail.html", {"mirror": mirror, "suspend_form": form}, status=400)
