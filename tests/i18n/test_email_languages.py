"""Every e-mail to a person is written in that person's language, whatever the language
of the page or worker that sends it (here English is active and every recipient reads
another language)."""

import datetime as dt

import pytest
from django.core import mail
from django.utils import timezone, translation

from conduct.domain.notifications import notify_conduct_team, send_decision_message
from conduct.models import Decision
from registrations.domain.notifications import send_registration_confirmation, send_selection_notice
from tests.factories.accounts import RoleAssignmentFactory, UserFactory
from tests.factories.conduct import IncidentFactory
from tests.factories.registrations import RegistrantFactory
from tests.helpers import deliver_messages
from wetheinternet.accounts.domain.invitations import send_invitation_email

pytestmark = pytest.mark.django_db


def _in(language, text, **values):
    with translation.override(language):
        return translation.gettext(text) % values if values else translation.gettext(text)


@pytest.fixture(autouse=True)
def _english_active():
    with translation.override("en"):
        yield


def test_registration_confirmation_is_in_the_registrants_language():
    registrant = RegistrantFactory(preferred_language="ar")

    send_registration_confirmation(registrant)
    deliver_messages()

    expected = _in("ar", "You are registered for %(dialogue)s", dialogue=registrant.dialogue.name)
    assert mail.outbox[0].subject == expected
    assert _in("ar", "Thank you for registering. Your reference code is %(code)s.",
               code=registrant.reference_code) in mail.outbox[0].body


def test_selection_notice_is_in_the_registrants_language():
    registrant = RegistrantFactory(preferred_language="es")

    send_selection_notice(registrant)
    deliver_messages()

    assert mail.outbox[0].subject == _in("es", "You are drawn for the panel of %(dialogue)s",
                                         dialogue=registrant.dialogue.name)


def test_account_invitation_is_in_the_invited_persons_language():
    user = UserFactory(preferred_language="fr", full_name="Camille Martin")

    send_invitation_email(user)
    deliver_messages()

    assert mail.outbox[0].subject == "Vous êtes invité sur Nous, l'Internet"
    assert mail.outbox[0].body.startswith("Bonjour Camille,")
    assert "/fr/accounts/password/reset/key/" in mail.outbox[0].body


def test_new_conduct_report_notice_is_in_each_response_leads_language():
    lead = RoleAssignmentFactory(role="response_lead", user=UserFactory(preferred_language="ar")).user
    incident = IncidentFactory()

    notify_conduct_team(incident)
    deliver_messages()

    assert [(m.to, m.subject) for m in mail.outbox] == [
        ([lead.email], _in("ar", "New conduct report, case %(number)s", number=incident.pk))]


def test_conduct_decision_message_is_in_each_recipients_language():
    person = UserFactory(preferred_language="es")
    incident = IncidentFactory(contact="reporter@example.org", language="ar")
    decision = Decision.objects.create(
        incident=incident, step="warning", subject_user=person, ends_at=timezone.now() + dt.timedelta(days=30),
        repair_step="A conversation.", message="A warning.",
    )

    send_decision_message(decision)
    deliver_messages()

    assert [(m.to, m.subject) for m in mail.outbox] == [
        ([person.email], _in("es", "A decision under the code of conduct")),
        (["reporter@example.org"], _in("ar", "A decision under the code of conduct")),
    ]
