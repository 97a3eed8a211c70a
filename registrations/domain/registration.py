"""Registering a person: online, assisted by partner staff, or from a paper form."""

import re
from dataclasses import dataclass, field

from django.db import transaction
from django.utils import timezone
from django.utils.translation import gettext as _

from conduct.domain.acceptance import record_acceptance
from conduct.domain.queries import current_published_version
from conduct.enums import AcceptanceMethod
from dialogues.enums import OnboardingState
from dialogues.models import Partner, partner_covers_country
from wetheinternet.core.audit import log_action
from wetheinternet.core.outbox import defer

from ..enums import ConsentMethod, ConsentPurpose
from ..models import ConsentRecord, Registrant, RegistrantAnswer
from .consent_texts import current_consent_texts
from .exceptions import DuplicateRegistration, RegistrationError, RegistrationNotOpen

# How the person registered -> how they accepted the code of conduct.
CONDUCT_ACCEPTANCE_METHODS = {
    ConsentMethod.ONLINE: AcceptanceMethod.ONLINE,
    ConsentMethod.ASSISTED: AcceptanceMethod.AT_SITE,
    ConsentMethod.PAPER: AcceptanceMethod.PAPER,
}


@dataclass
class RegistrationData:
    """What a form or an imported row provides."""

    country: str
    first_name: str
    last_name: str = ""
    email: str = ""
    phone: str = ""
    preferred_language: str = "en"
    answers: dict = field(default_factory=dict)  # {Feature: Category}
    consents: set = field(default_factory=set)  # purposes given
    consent_language: str = "en"
    accepts_conduct: bool = False
    consents_read_aloud: bool = False  # assisted: the device read the consent texts aloud


# A partner opens registration in its countries once the organiser has approved it, and
# stays open through the later onboarding states. Invited, applied or declined: closed.
OPEN_PARTNER_STATES = frozenset(
    {OnboardingState.APPROVED, OnboardingState.AGREEMENT_SIGNED, OnboardingState.TRAINED, OnboardingState.READY}
)


def partner_opens_registration(partner):
    return partner.state in OPEN_PARTNER_STATES


def open_partners(dialogue, country):
    """The approved partners of ``dialogue`` covering ``country`` (a country code)."""
    return [
        partner for partner in Partner.objects.filter(dialogue=dialogue, state__in=OPEN_PARTNER_STATES)
        if partner_covers_country(partner, country)
    ]


def not_open_message():
    return _(
        "Registration is not open here yet: it opens once the organisers have approved the partner "
        "organisation for this country. Please come back later."
    )


def check_registration_open(dialogue, *, country, site=None):
    """Raise ``RegistrationNotOpen`` unless the partner of ``site`` (or, without a site,
    some partner of ``country``) has been approved."""
    is_open = partner_opens_registration(site.partner) if site is not None else bool(open_partners(dialogue, country))
    if not is_open:
        raise RegistrationNotOpen(not_open_message())


def normalise_phone(phone):
    """Digits only, with a leading + kept, so that "+33 6 12 34" and "+33612 34" match."""
    phone = (phone or "").strip()
    digits = re.sub(r"\D", "", phone)
    return f"+{digits}" if phone.startswith("+") and digits else digits


def find_duplicate(dialogue, *, email="", phone="", exclude=None):
    """The field ("email" or "phone") already used by someone registered for the same
    dialogue, or None."""
    registrants = Registrant.objects.filter(dialogue=dialogue, erased_at__isnull=True)
    if exclude is not None:
        registrants = registrants.exclude(pk=exclude.pk)
    if email and registrants.filter(email__iexact=email.strip()).exists():
        return "email"
    phone = normalise_phone(phone)
    if phone and registrants.filter(phone=phone).exists():
        return "phone"
    return None


def duplicate_message(field_name):
    if field_name == "email":
        return _(
            "Someone is already registered for this dialogue with this e-mail address. Each person registers "
            "once. If it is you, open the link in your confirmation e-mail to see or correct your registration."
        )
    return _(
        "Someone is already registered for this dialogue with this phone number. Each person registers once. "
        "If it is you, ask the partner organisation for your reference code to see or correct your registration."
    )


@dataclass(frozen=True)
class RegistrationProblem:
    """One rule a registration breaks: the field it concerns (named as the form's
    fields: ``first_name``, ``email``, ``phone``, ``consent_<purpose>``,
    ``accepts_conduct``), the translated message, and the error it raises."""

    field: str
    message: str
    error: type = RegistrationError


def registration_problems(data, *, method, consent_purposes, conduct_required, duplicate=None):
    """Every rule a registration must meet, whichever way it comes (the public form, the
    assisted form, a row of paper forms), as a list of problems, first ones first.
    Pure: the caller looks up the current consent purposes (``consent_purposes``),
    whether a code of conduct is published (``conduct_required``) and the field already
    used by someone registered (``duplicate``, from ``find_duplicate``)."""
    problems = []
    if not data.first_name.strip():
        problems.append(RegistrationProblem("first_name", _("A first name is needed.")))
    if ConsentPurpose.PARTICIPATION not in data.consents:
        problems.append(RegistrationProblem(
            "consent_participation", _("Without consent to take part the person cannot be registered.")
        ))
    if method == ConsentMethod.ONLINE and not (data.email or data.phone):
        problems.append(RegistrationProblem("email", _("Give an e-mail address or a phone number so that we can reach you.")))
    if conduct_required and not data.accepts_conduct:
        problems.append(RegistrationProblem("accepts_conduct", _("Please accept the code of conduct to register.")))
    if duplicate:
        problems.append(RegistrationProblem(duplicate, duplicate_message(duplicate), DuplicateRegistration))
    for purpose in sorted(set(data.consents) - set(consent_purposes)):
        message = (_("Photographs are only taken at media sites.") if purpose == ConsentPurpose.PHOTOGRAPHS
                   else _("This consent cannot be given here."))
        problems.append(RegistrationProblem(f"consent_{purpose}", message))
    return problems


LOOK_UP = object()


def register_participant(dialogue, data, *, site=None, method=ConsentMethod.ONLINE, by=None, conduct_version=LOOK_UP):
    """Create a registrant with answers and one consent record per purpose given.

    Side effects: writes Registrant, ConsentRecord rows, and RegistrantAnswer rows only
    with the statistics consent (the answers are dropped without it); records the
    code-of-conduct acceptance (conduct app; pass ``conduct_version`` when already
    looked up); audit entry
    ``registrations.registrant.registered``; a confirmation e-mail to the person (only
    to them) sent by a worker (a deferred task). Raises ``RegistrationNotOpen`` before
    the partner is approved, ``DuplicateRegistration`` or ``RegistrationError``."""
    check_registration_open(dialogue, country=data.country, site=site)
    if conduct_version is LOOK_UP:
        conduct_version = current_published_version(dialogue)
    texts = current_consent_texts(dialogue, media_site=bool(site and site.is_media_site))
    problems = registration_problems(
        data, method=method, consent_purposes=texts, conduct_required=conduct_version is not None,
        duplicate=find_duplicate(dialogue, email=data.email, phone=data.phone),
    )
    if problems:
        raise problems[0].error(problems[0].message, field=problems[0].field)
    witness = by if method == ConsentMethod.ASSISTED else None
    read_aloud = method == ConsentMethod.ASSISTED and data.consents_read_aloud
    consent_method = ConsentMethod.READ_ALOUD if read_aloud else method
    with transaction.atomic():
        registrant = Registrant.objects.create(
            dialogue=dialogue,
            site=site,
            country=data.country,
            first_name=data.first_name.strip(),
            last_name=data.last_name.strip(),
            email=data.email.strip().lower(),
            phone=normalise_phone(data.phone),
            preferred_language=data.preferred_language,
            method=method,
            registered_by=by if getattr(by, "is_authenticated", False) else None,
        )
        if ConsentPurpose.STATISTICS in data.consents:
            # Demographic answers are kept only with the consent to use them.
            RegistrantAnswer.objects.bulk_create(
                RegistrantAnswer(registrant=registrant, feature=feature, category=category)
                for feature, category in data.answers.items()
            )
        now = timezone.now()
        ConsentRecord.objects.bulk_create(
            ConsentRecord(
                registrant=registrant,
                purpose=purpose,
                text=texts[purpose],
                language=data.consent_language,
                method=consent_method,
                witness=witness,
                given_at=now,
            )
            for purpose in sorted(data.consents)
        )
        if data.accepts_conduct and conduct_version is not None:
            record_acceptance(version=conduct_version, dialogue=dialogue, method=CONDUCT_ACCEPTANCE_METHODS[method],
                              participant_id=registrant.pk, by=by if getattr(by, "is_authenticated", False) else None)
        log_action(
            "registrations.registrant.registered",
            actor=by,
            target=registrant,
            data={"method": method, "site": site.pk if site else None, "consents": sorted(data.consents)},
        )
        if registrant.email:
            defer("registrations.tasks.send_registration_confirmation", registrant.pk)
    return registrant
