from django.conf import settings
from django.db import transaction
from django.urls import reverse
from django.utils import timezone

from wetheinternet.accounts.enums import OrganisationRole
from wetheinternet.accounts.models import User
from wetheinternet.core.audit import log_action
from wetheinternet.core.messaging.queue import send_templated_mail

from ..enums import LimitedActivity
from ..models import Incident
from .participants import participant
from .queries import is_activity_limited
from .reports import decision_reference


def recipients_for(incident):
    """Who is told of a new report: every Response Lead; for an urgent first-line
    report, also the conduct contact it was filed with. Nobody whose conduct duties a
    decision in force limits."""
    people = list(User.objects.active_with_role(OrganisationRole.RESPONSE_LEAD))
    contact = incident.first_line_contact if incident.share_with_site_contact else None
    if incident.is_urgent and contact is not None and contact.is_active and contact not in people:
        people.append(contact)
    return [person for person in people if not is_activity_limited(person, LimitedActivity.CONDUCT_CONTACT)]


def notify_conduct_team(incident):
    """E-mail the people who must know of a new report. The mail holds no detail of
    the case, only its number, urgency and a link (they read it after signing in).

    Side effects: e-mails, ``notified_at`` set, audit ``conduct.incident.notified``.
    Does nothing when already notified (so a retried task is harmless)."""
    with transaction.atomic():
        incident = Incident.objects.select_for_update().get(pk=incident.pk)
        if incident.notified_at is not None:
            return 0
        people = recipients_for(incident)
        link = settings.SITE_URL.rstrip("/") + reverse("conduct:case", args=[incident.pk])
        for person in people:
            send_templated_mail(person.email, "conduct/email/new_report",
                                {"incident": incident, "link": link, "person": person}, person.preferred_language,
                                purpose="conduct.new_report", recipient_key=f"user:{person.pk}")
        incident.notified_at = timezone.now()
        incident.save(update_fields=["notified_at"])
        log_action("conduct.incident.notified", target=incident, data={"recipients": len(people)})
    return len(people)


def send_decision_message(decision):
    """E-mail the decision's message to the account concerned, the participant
    concerned and the reporter (when they left an e-mail address), each in their own
    language. Side effects: e-mails only."""
    recipients = []  # (address, language)
    if decision.subject_user_id:
        recipients.append((decision.subject_user.email, decision.subject_user.preferred_language))
    concerned = participant(decision.subject_participant_id)
    if concerned is not None and concerned.email:
        recipients.append((concerned.email, concerned.language))
    contact = decision.incident.contact.strip()
    if "@" in contact and " " not in contact:
        recipients.append((contact, decision.incident.language))
    for address, language in recipients:
        send_templated_mail(address, "conduct/email/decision",
                            {"decision": decision, "reference": decision_reference(decision.incident)}, language,
                            purpose="conduct.decision")
    return len(recipients)
