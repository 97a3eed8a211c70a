from django.db import models
from django.utils.translation import gettext_lazy as _


class DialogueKind(models.TextChoices):
    CITIZENS = "citizens", _("Citizens' dialogue")
    STAKEHOLDERS = "stakeholders", _("Stakeholder dialogue")
    MIRROR = "mirror", _("Mirror dialogue")
    DEMONSTRATION = "demonstration", _("One-site demonstration")


class DialogueStatus(models.TextChoices):
    DRAFT = "draft", _("Draft")
    PARTNERS_ONBOARDING = "partners_onboarding", _("Partners onboarding")
    REGISTRATION_OPEN = "registration_open", _("Registration open")
    DELIBERATION = "deliberation", _("Deliberation")
    RESULTS = "results", _("Results")
    CLOSED = "closed", _("Closed")


class QuestionKind(models.TextChoices):
    SINGLE_CHOICE = "single_choice", _("Closed, single choice")
    MULTIPLE_CHOICE = "multiple_choice", _("Closed, multiple choice")
    SCALE = "scale", _("Scale")
    OPEN_TEXT = "open_text", _("Open text")


class QuestionMode(models.TextChoices):
    INDIVIDUAL = "individual", _("Individual vote")
    TABLE = "table", _("Table answer")


class OnboardingState(models.TextChoices):
    INVITED = "invited", _("Invited")
    APPLIED = "applied", _("Applied")
    APPROVED = "approved", _("Approved")
    AGREEMENT_SIGNED = "agreement_signed", _("Agreement signed")
    TRAINED = "trained", _("Trained")
    READY = "ready", _("Ready")
    DECLINED = "declined", _("Declined")


class PartnerRole(models.TextChoices):
    COORDINATOR = "coordinator", _("Coordinator")
    STAFF = "staff", _("Staff")


class SiteMode(models.TextChoices):
    IN_PERSON = "in_person", _("In person")
    ONLINE = "online", _("Online")
    HYBRID = "hybrid", _("Hybrid")


class AgendaItemKind(models.TextChoices):
    OPENING = "opening", _("Opening")
    TOPIC_SESSION = "topic_session", _("Topic session")
    BREAK = "break", _("Break")
    PLENARY = "plenary", _("Plenary")
    CLOSING = "closing", _("Closing")


class ApplicationDecision(models.TextChoices):
    PENDING = "pending", _("Waiting for a decision")
    APPROVED = "approved", _("Approved")
    DECLINED = "declined", _("Declined")


class AgreementMethod(models.TextChoices):
    CLICK_THROUGH = "click_through", _("Accepted online")
    UPLOAD = "upload", _("Signed copy uploaded")


class VolunteerAudience(models.TextChoices):
    """Who a partner writes to (``message_volunteers``)."""

    NOTE_TAKERS = "note_takers", _("Note takers")
    FACILITATORS = "facilitators", _("Facilitators")
    VOLUNTEERS = "volunteers", _("Facilitators and note takers")
    CONDUCT_CONTACTS = "conduct_contacts", _("Conduct contacts of our sites")
