from .agenda import AgendaTemplateItem, ScheduledItem
from .dialogue import Dialogue, Option, Question, Topic
from .features import Category, Feature
from .messages import PartnerMessage
from .mirrors import MirrorDialogue
from .onboarding import OnboardingChecklist, PartnerApplication, TrainingAttempt
from .partners import Partner, PartnerMembership, partner_covers_country
from .sites import Site, SiteDay, Table

__all__ = [
    "AgendaTemplateItem",
    "Category",
    "Dialogue",
    "Feature",
    "MirrorDialogue",
    "OnboardingChecklist",
    "Option",
    "Partner",
    "PartnerApplication",
    "PartnerMembership",
    "PartnerMessage",
    "Question",
    "ScheduledItem",
    "Site",
    "SiteDay",
    "Table",
    "Topic",
    "TrainingAttempt",
    "partner_covers_country",
]
