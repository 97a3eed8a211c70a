from django.core.files.base import ContentFile
from django.db import transaction

from .models import StoredFile


def store_file(content, *, filename, content_type, expires_at=None):
    """Keep ``content`` (bytes) as a private StoredFile and return it."""
    with transaction.atomic():
        stored = StoredFile(filename=filename, content_type=content_type, expires_at=expires_at)
        stored.file.save(filename, ContentFile(content), save=False)
        stored.save()
    return stored


def delete_expired_files(now):
    """Delete stored files whose expiry has passed, from storage and database."""
    expired = list(StoredFile.objects.filter(expires_at__lt=now))
    for stored in expired:
        stored.file.delete(save=False)
        stored.delete()
    return len(expired)
