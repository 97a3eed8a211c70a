"""Public registration: no account, in the visitor's language, works on a phone."""

from django.http import Http404
from django.shortcuts import get_object_or_404, render
from django.utils.translation import get_language
from django.views.decorators.http import require_http_methods

from conduct.domain.queries import current_published_version
from dialogues.enums import DialogueStatus
from dialogues.models import Dialogue, Partner, Site
from wetheinternet.core.forms import posted, show_domain_error

from ..domain.exceptions import RegistrationError
from ..domain.registration import not_open_message, open_partners, partner_opens_registration, register_participant
from ..domain.rights import rights_url
from ..interfaces.forms import RegistrationForm

CLOSED = (DialogueStatus.DRAFT, DialogueStatus.RESULTS, DialogueStatus.CLOSED)


def _open_dialogue(slug):
    dialogue = get_object_or_404(Dialogue, slug=slug)
    if dialogue.status in CLOSED:
        raise Http404
    return dialogue


@require_http_methods(["GET", "POST"])
def register_in_country(request, slug, country):
    dialogue = _open_dialogue(slug)
    country = country.upper()
    if not Partner.objects.unscoped("public: the registration form of a dialogue").filter(dialogue=dialogue).cover_country(country):
        raise Http404
    partners = open_partners(dialogue, country)
    if not partners:
        return registration_not_open(request)
    sites = Site.objects.unscoped("public: the sites a registrant may choose").filter(partner__in=partners, country=country)
    return _register(request, dialogue, country=country, sites=sites)


def registration_not_open(request):
    """The answer of every registration page before the partner is approved."""
    return render(request, "registrations/not_open.html", {"message": not_open_message()}, status=403)


@require_http_methods(["GET", "POST"])
def register_at_site(request, slug, site_id):
    dialogue = _open_dialogue(slug)
    sites = Site.objects.unscoped("public: a site's own registration form").select_related("partner")
    site = get_object_or_404(sites, pk=site_id, partner__dialogue=dialogue)
    if not partner_opens_registration(site.partner):
        return registration_not_open(request)
    return _register(request, dialogue, country=site.country.code, site=site)


def _register(request, dialogue, *, country, site=None, sites=None):
    form = RegistrationForm(
        posted(request),
        dialogue=dialogue,
        country=country,
        site=site,
        sites=sites,
        conduct_version=current_published_version(dialogue),
    )
    if request.method == "POST" and form.is_valid():
        try:
            registrant = register_participant(
                dialogue, form.registration_data(get_language()), site=form.chosen_site(),
                conduct_version=form.conduct_version,
            )
        except RegistrationError as error:
            show_domain_error(form, error)
        else:
            # Rendered, not redirected: the reference code must not travel in a URL.
            return render(
                request,
                "registrations/registered.html",
                {"registrant": registrant, "dialogue": dialogue, "rights_url": rights_url(registrant, absolute=False)},
            )
    return render(
        request,
        "registrations/register.html",
        {"form": form, "dialogue": dialogue, "site": site, "country": country},
    )
