"""Participants without an account (registrations' registrants) as conduct sees them.

Registrations sits above conduct, so conduct never names its models: an acceptance or a
decision keeps a participant as an opaque number (``participant_id``), and conduct asks
the directory that registrations installs when it starts (``RegistrationsConfig.ready``)
to find a participant by reference code and to read the few details conduct needs.
Without a directory no participant is found, so a missing one never links a stranger."""

from dataclasses import dataclass
from typing import Protocol


@dataclass(frozen=True)
class Participant:
    id: int
    reference_code: str
    email: str
    language: str


class ParticipantDirectory(Protocol):
    def by_reference_code(self, reference_code, *, site=None) -> Participant | None:
        """The participant with this reference code (of ``site`` when given)."""

    def by_id(self, participant_id) -> Participant | None:
        """The participant with this id, or None when there is none any more."""


_directory = None


def install_participant_directory(directory):
    """Install the ``ParticipantDirectory`` conduct looks participants up in."""
    global _directory
    _directory = directory


def find_participant(reference_code, *, site=None):
    if _directory is None or not reference_code:
        return None
    return _directory.by_reference_code(reference_code, site=site)


def participant(participant_id):
    if _directory is None or participant_id is None:
        return None
    return _directory.by_id(participant_id)
