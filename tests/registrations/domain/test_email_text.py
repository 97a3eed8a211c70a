"""E-mails are plain text: nothing in a subject or body is HTML-escaped (issue 21: French
subjects showed "l&#x27;Internet")."""

import pytest
from django.core import mail

from registrations.domain.notifications import send_registration_confirmation
from tests.factories.dialogues import DialogueFactory
from tests.factories.registrations import RegistrantFactory
from tests.helpers import deliver_messages

pytestmark = pytest.mark.django_db


def test_confirmation_email_subject_and_body_keep_apostrophes_unescaped():
    dialogue = DialogueFactory(name="Dialogue d'Afrique & d'Europe")
    registrant = RegistrantFactory(
        site__partner__dialogue=dialogue, email="zoe@example.org", preferred_language="fr"
    )

    send_registration_confirmation(registrant)
    deliver_messages()

    message = mail.outbox[0]
    assert (message.subject, "&#x27;" in message.body, "&amp;" in message.body) == (
        "Vous êtes inscrit à Dialogue d'Afrique & d'Europe", False, False,
    )
