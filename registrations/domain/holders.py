"""Copies of a registrant's data that apps above registrations keep, so that the
privacy duties of registrations reach them without importing those apps.

Each app registers what it holds in its ``AppConfig.ready`` (as apps register their
free texts for redaction): result entry registers the ballots' demographic categories
(copied from the seat's registrant) and the photos of the paper result sheets."""

import dataclasses

from django.db import transaction

from wetheinternet.core.models import StoredFile


@dataclasses.dataclass(frozen=True)
class PersonalFile:
    model: type
    field: str  # the foreign key to the StoredFile
    dialogue: str  # lookup from the model to its dialogue


SEAT_CATEGORIES = []
PERSONAL_FILES = []


def register_seat_categories(remove):
    """``remove(table_id, seat_number, category_ids)`` takes those categories off the
    copies the registering app keeps and returns how many it removed."""
    SEAT_CATEGORIES.append(remove)


def register_personal_file(model, field, *, dialogue):
    PERSONAL_FILES.append(PersonalFile(model, field, dialogue))


def remove_seat_categories(table_id, seat_number, category_ids):
    """Delete the copies of ``category_ids`` recorded for the seat ``seat_number`` of the
    table ``table_id``. Returns how many were removed."""
    return sum(remove(table_id, seat_number, category_ids) for remove in SEAT_CATEGORIES)


def has_personal_files(dialogue):
    return any(_holders(holder, dialogue).exists() for holder in PERSONAL_FILES)


def delete_personal_files(dialogue):
    """Detach and delete every registered personal file of ``dialogue``; the stored
    content goes once the transaction commits. Returns how many files were deleted."""
    deleted = 0
    for holder in PERSONAL_FILES:
        rows = _holders(holder, dialogue)
        stored = list(StoredFile.objects.filter(pk__in=rows.values(holder.field)))
        rows.update(**{holder.field: None})
        for file in stored:
            transaction.on_commit(lambda name=file.file.name, storage=file.file.storage: storage.delete(name))
            file.delete()
        deleted += len(stored)
    return deleted


def _holders(holder, dialogue):
    return holder.model.objects.filter(**{holder.dialogue: dialogue, f"{holder.field}__isnull": False})
