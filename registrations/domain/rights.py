"""Data rights without an account: a signed, expiring link to the person's own page."""

import datetime as dt
import hashlib
import hmac

from django.conf import settings
from django.core import signing
from django.urls import reverse
from django.utils.translation import gettext as _

from ..models import Registrant
from .exceptions import RightsLinkError

LINK_SALT = "registrations.rights-link"
LINK_MAX_AGE = dt.timedelta(days=30)


def _code_digest(reference_code):
    return hashlib.sha256(f"{LINK_SALT}:{reference_code}".encode()).hexdigest()[:16]


def rights_token(registrant):
    """A signed token naming the registrant's id and a digest of their reference code
    (so that a link stops working once the code changes at erasure). The code itself
    is not readable in the token: nothing personal travels in the address."""
    return signing.dumps([registrant.pk, _code_digest(registrant.reference_code)], salt=LINK_SALT, compress=True)


def rights_url(registrant, *, absolute=True):
    path = reverse("registrations:my_data", kwargs={"token": rights_token(registrant)})
    return f"{settings.SITE_URL}{path}" if absolute else path


def registrant_from_token(token):
    """The registrant a link belongs to. Raises ``RightsLinkError`` if the link was
    tampered with, has expired, or the data has been erased."""
    try:
        pk, digest = signing.loads(token, salt=LINK_SALT, max_age=LINK_MAX_AGE)
    except signing.SignatureExpired as error:
        raise RightsLinkError(
            _("This link has expired. Ask for a new one with your reference code or e-mail address.")
        ) from error
    except (signing.BadSignature, ValueError, TypeError) as error:
        raise RightsLinkError(_("This link is not valid. Check that you copied all of it.")) from error
    registrant = Registrant.objects.filter(pk=pk, erased_at__isnull=True).first()
    if registrant is None or not hmac.compare_digest(_code_digest(registrant.reference_code), str(digest)):
        raise RightsLinkError(_("There is no data held under this link any more."))
    return registrant
