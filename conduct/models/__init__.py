from .acceptance import Acceptance, GuidelinesPresentation
from .codes import CodeOfConduct, CodeVersion
from .consultation import ConsultationAnswer, WorkingSession
from .decisions import CaseStatistic, Decision
from .incidents import Assignment, Incident, InternalNote, Recusal, StateChange

__all__ = [
    "Acceptance", "Assignment", "CaseStatistic", "CodeOfConduct", "CodeVersion", "ConsultationAnswer", "Decision",
    "GuidelinesPresentation", "Incident", "InternalNote", "Recusal", "StateChange", "WorkingSession",
]
