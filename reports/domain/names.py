"""The register of names for a dialogue's open answers."""

from django.contrib.auth import get_user_model
from django.db.models import Q

from dialogues.domain.redaction import NameRegister
from registrations.domain.queries import personal_names


def dialogue_names(dialogue):
    """A ``NameRegister`` of the names to remove for ``dialogue``: registered people,
    the dialogue's partner members, facilitators, note takers and conduct contacts,
    and organiser staff. (People already erased have been scrubbed from the texts at
    their erasure, before their names were forgotten.)"""
    users = get_user_model().objects.filter(
        Q(is_staff=True)
        | Q(partner_memberships__partner__dialogue=dialogue)
        | Q(facilitated_tables__site__partner__dialogue=dialogue)
        | Q(note_taker_tables__site__partner__dialogue=dialogue)
        | Q(conduct_contact_sites__partner__dialogue=dialogue)
    ).values_list("full_name", flat=True)
    return NameRegister(set(personal_names(dialogue)) | set(users))
