"""Who may see and do what with dialogues, partners, sites and tables.

Object predicates take the user and the object; "has_any_..." predicates decide which
home pages a user has."""

import rules
from django.db import models

from wetheinternet.accounts.rules import is_organiser_staff

from .enums import MirrorState, PartnerRole


@rules.predicate
def is_partner_member(user, partner):
    if partner is None or not user.is_authenticated:
        return False
    return partner.memberships.filter(user=user).exists()


@rules.predicate
def is_partner_coordinator(user, partner):
    if partner is None or not user.is_authenticated:
        return False
    return partner.memberships.filter(user=user, role=PartnerRole.COORDINATOR).exists()


@rules.predicate
def is_site_partner_member(user, site):
    return site is not None and is_partner_member(user, site.partner)


@rules.predicate
def is_site_conduct_contact(user, site):
    return site is not None and user.is_authenticated and site.conduct_contact_id == user.pk


@rules.predicate
def is_table_partner_member(user, table):
    return table is not None and is_partner_member(user, table.site.partner)


@rules.predicate
def is_table_note_taker(user, table):
    return table is not None and user.is_authenticated and table.note_taker_id == user.pk


@rules.predicate
def is_table_facilitator(user, table):
    return table is not None and user.is_authenticated and table.facilitator_id == user.pk


@rules.predicate
def is_site_table_person(user, site):
    if site is None or not user.is_authenticated:
        return False
    return site.tables.filter(models.Q(facilitator=user) | models.Q(note_taker=user)).exists()


def dialogue_is_open(dialogue):
    """False for a mirror dialogue that staff suspended: its people can no longer open
    its pages nor enter results (staff still can)."""
    mirror = getattr(dialogue, "mirror", None)  # the reverse one-to-one: None when not a mirror
    return mirror is None or mirror.state != MirrorState.SUSPENDED


@rules.predicate
def is_partner_dialogue_open(user, partner):
    return partner is None or dialogue_is_open(partner.dialogue)


@rules.predicate
def is_site_dialogue_open(user, site):
    return site is None or dialogue_is_open(site.partner.dialogue)


@rules.predicate
def is_table_dialogue_open(user, table):
    return table is None or dialogue_is_open(table.site.partner.dialogue)


@rules.predicate
def has_any_partner_membership(user):
    return user.is_authenticated and user.partner_memberships.exists()


@rules.predicate
def is_any_note_taker(user):
    return user.is_authenticated and user.note_taker_tables.exists()


@rules.predicate
def is_any_facilitator(user):
    return user.is_authenticated and user.facilitated_tables.exists()


@rules.predicate
def is_any_conduct_contact(user):
    return user.is_authenticated and user.conduct_contact_sites.exists()


# Home pages
rules.add_perm("dialogues.view_staff_home", is_organiser_staff)
rules.add_perm("dialogues.view_partner_home", has_any_partner_membership)
rules.add_perm("dialogues.view_site_list", is_organiser_staff | has_any_partner_membership)

# Objects
rules.add_perm("dialogues.view_partner", is_organiser_staff | (is_partner_member & is_partner_dialogue_open))
rules.add_perm("dialogues.change_partner", is_organiser_staff | (is_partner_coordinator & is_partner_dialogue_open))
rules.add_perm(
    "dialogues.view_site",
    is_organiser_staff
    | ((is_site_partner_member | is_site_conduct_contact | is_site_table_person) & is_site_dialogue_open),
)
# The meeting link of an online site: only its people (and the organiser).
rules.add_perm(
    "dialogues.view_meeting_link",
    is_organiser_staff
    | ((is_site_partner_member | is_site_conduct_contact | is_site_table_person) & is_site_dialogue_open),
)
rules.add_perm("dialogues.change_site", is_organiser_staff | (is_site_partner_member & is_site_dialogue_open))
# A calendar feed of one's own sessions: anyone signed in (it lists what they may see).
rules.add_perm("dialogues.use_calendar_feed", rules.is_authenticated)
rules.add_perm(
    "dialogues.view_table",
    is_organiser_staff
    | ((is_table_partner_member | is_table_facilitator | is_table_note_taker) & is_table_dialogue_open),
)
rules.add_perm("dialogues.change_table", is_organiser_staff | (is_table_partner_member & is_table_dialogue_open))
# A conduct decision (conduct sits above dialogues) can bar a person from an activity of
# the dialogue. The conduct app installs its check when it starts (ConductConfig.ready);
# without it every limited permission is refused, so a missing check never grants access.
_activity_limit_check = None


def install_activity_limit_check(check):
    """Install ``check(user, activity) -> bool`` (True: the user is barred from it)."""
    global _activity_limit_check
    _activity_limit_check = check


def is_not_limited_in(activity):
    """Not barred from ``activity`` by a conduct decision in force (a limited activity,
    a suspension or a ban)."""

    @rules.predicate(name=f"is_not_limited_in_{activity}")
    def predicate(user):
        return _activity_limit_check is not None and not _activity_limit_check(user, activity)

    return predicate


# Onboarding
rules.add_perm("dialogues.decide_application", is_organiser_staff)
rules.add_perm("dialogues.view_timeline", is_organiser_staff)
# Next rounds and toolkits
rules.add_perm("dialogues.copy_dialogue", is_organiser_staff)
rules.add_perm("dialogues.publish_toolkit", is_organiser_staff)
rules.add_perm("dialogues.send_reminder", is_organiser_staff)
rules.add_perm(
    "dialogues.invite_partner_member", is_organiser_staff | (is_partner_coordinator & is_partner_dialogue_open)
)
rules.add_perm(
    "dialogues.message_volunteers", is_organiser_staff | (is_partner_coordinator & is_partner_dialogue_open)
)
rules.add_perm("dialogues.message_partners", is_organiser_staff)
rules.add_perm("dialogues.sign_agreement", is_partner_coordinator & is_partner_dialogue_open)
rules.add_perm("dialogues.accept_conduct_for_partner", is_partner_coordinator & is_partner_dialogue_open)
rules.add_perm("dialogues.take_training", is_partner_member & is_partner_dialogue_open)
rules.add_perm("dialogues.confirm_materials", is_organiser_staff | (is_partner_member & is_partner_dialogue_open))
rules.add_perm("dialogues.add_site", is_organiser_staff | (is_partner_member & is_partner_dialogue_open))
# Mirror dialogues (self-service): staff list them, suspend them and approve their results.
rules.add_perm("dialogues.manage_mirrors", is_organiser_staff)

# Information materials: staff manage them; who may read a file is the files'
# visibility (MaterialFile.objects.visible_to), the participants' the registrations app's.
rules.add_perm("dialogues.manage_materials", is_organiser_staff)
