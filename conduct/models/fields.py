"""Encrypted text fields for conduct cases.

django-fernet-encrypted-fields derives its key from SECRET_KEY; here the key is the
separate ``FIELD_ENCRYPTION_KEY`` setting (with ``FIELD_ENCRYPTION_KEY_FALLBACKS`` for
rotation), so that changing the session secret never makes the cases unreadable."""

from django.conf import settings
from django.utils.functional import cached_property
from encrypted_fields.fields import EncryptedCharField, EncryptedTextField


class _OwnKeyMixin:
    @cached_property
    def keys(self):
        keys = [settings.FIELD_ENCRYPTION_KEY, *getattr(settings, "FIELD_ENCRYPTION_KEY_FALLBACKS", [])]
        return [key.encode() if isinstance(key, str) else key for key in keys]

    def get_prep_value(self, value):
        # The package stores an empty value as NULL; keep "" so blank fields stay NOT NULL.
        if value in ("", None):
            return value
        return super().get_prep_value(value)


class SecretTextField(_OwnKeyMixin, EncryptedTextField):
    pass


class SecretCharField(_OwnKeyMixin, EncryptedCharField):
    pass
