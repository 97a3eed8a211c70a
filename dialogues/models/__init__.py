from .agenda import AgendaTemplateItem, ScheduledItem
from .dialogue import Dialogue, Option, Question, Topic
from .features import Category, Feature
from .materials import Material, MaterialFile, MaterialVersion
from .messages import PartnerMessage, StaffMessage
from .mirrors import MirrorDialogue
from .onboarding import OnboardingChecklist, PartnerApplication, TrainingAttempt
from .partners import Partner, PartnerMembership, partner_covers_country
from .sites import Site, SiteDay, Table

__all__ = [
    "AgendaTemplateItem",
    "Category",
    "Dialogue",
    "Feature",
    "Material",
    "MaterialFile",
    "MaterialVersion",
    "MirrorDialogue",
    "OnboardingChecklist",
    "Option",
    "Partner",
    "PartnerApplication",
    "PartnerMembership",
    "PartnerMessage",
    "Question",
    "ScheduledItem",
    "StaffMessage",
    "Site",
    "SiteDay",
    "Table",
    "Topic",
    "TrainingAttempt",
    "partner_covers_country",
]
