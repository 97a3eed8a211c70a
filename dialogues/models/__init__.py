from .agenda import AgendaTemplateItem, ScheduledItem
from .dialogue import Dialogue, Option, Question, Topic
from .onboarding import OnboardingChecklist, PartnerApplication, TrainingAttempt
from .partners import Partner, PartnerMembership, partner_covers_country
from .results import Ballot, BallotAnswer, BallotCategory, OpenAnswer, OptionCount, ResultSubmission
from .sites import Site, Table

__all__ = [
    "AgendaTemplateItem",
    "Ballot",
    "BallotAnswer",
    "BallotCategory",
    "Dialogue",
    "OnboardingChecklist",
    "OpenAnswer",
    "Option",
    "OptionCount",
    "Partner",
    "PartnerApplication",
    "PartnerMembership",
    "Question",
    "ResultSubmission",
    "ScheduledItem",
    "Site",
    "Table",
    "Topic",
    "TrainingAttempt",
    "partner_covers_country",
]
