"""Authentication backends. The named django-rules permissions are the only answer to
"may this person see this": Django's ModelBackend would otherwise say yes to every
permission for an active superuser (and to any group holding a permission of the same
name), which would let the admin console's superusers read conduct cases and personal
data."""

import rules
from django.contrib.auth.backends import ModelBackend


class ModelPermissionsBackend(ModelBackend):
    """Django's model permissions for the admin console, except those that are named
    rules: for them the rules backend decides, for superusers too."""

    def has_perm(self, user_obj, perm, obj=None):
        if rules.perm_exists(perm):
            return False
        return super().has_perm(user_obj, perm, obj)
