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


class DataLicence(models.TextChoices):
    """Licences for a dialogue's open data and reports (SPDX identifiers, as the
    Frictionless Data Package's ``licenses`` names them)."""

    CC_BY_4 = "CC-BY-4.0", _("Creative Commons Attribution 4.0 (CC BY 4.0)")
    CC_BY_SA_4 = "CC-BY-SA-4.0", _("Creative Commons Attribution-ShareAlike 4.0 (CC BY-SA 4.0)")
    CC0 = "CC0-1.0", _("Creative Commons Zero 1.0: public domain dedication (CC0 1.0)")
    ODC_BY = "ODC-By-1.0", _("Open Data Commons Attribution 1.0 (ODC-By 1.0)")
    ODBL = "ODbL-1.0", _("Open Data Commons Open Database Licence 1.0 (ODbL 1.0)")


# The licences' own texts (in English, as published by their authors).
LICENCE_DETAILS = {
    DataLicence.CC_BY_4: ("Creative Commons Attribution 4.0", "https://creativecommons.org/licenses/by/4.0/"),
    DataLicence.CC_BY_SA_4: ("Creative Commons Attribution-ShareAlike 4.0",
                             "https://creativecommons.org/licenses/by-sa/4.0/"),
    DataLicence.CC0: ("CC0 1.0 Universal", "https://creativecommons.org/publicdomain/zero/1.0/"),
    DataLicence.ODC_BY: ("Open Data Commons Attribution License 1.0", "https://opendatacommons.org/licenses/by/1-0/"),
    DataLicence.ODBL: ("Open Data Commons Open Database License 1.0", "https://opendatacommons.org/licenses/odbl/1-0/"),
}


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


class DayMode(models.TextChoices):
    """How a site meets on one of its days."""

    IN_PERSON = "in_person", _("In person")
    ONLINE = "online", _("Online")


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


class MaterialKind(models.TextChoices):
    """The kinds of information material. Booklets and videos are for everyone of the
    dialogue, participants included; the guides are for the people at the tables and
    the partners who train them."""

    BOOKLET = "booklet", _("Information booklet")
    VIDEO = "video", _("Video")
    FACILITATOR_GUIDE = "facilitator_guide", _("Facilitator guide")
    NOTE_TAKER_GUIDE = "note_taker_guide", _("Note-taker guide")

    @classmethod
    def for_participants(cls):
        return [cls.BOOKLET, cls.VIDEO]


class MirrorState(models.TextChoices):
    """A self-service mirror dialogue: running, or suspended by staff (its pages and
    result entry closed to its people)."""

    ACTIVE = "active", _("Active")
    SUSPENDED = "suspended", _("Suspended")
