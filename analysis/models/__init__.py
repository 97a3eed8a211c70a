from .evaluation import (
    EvaluationAnswer,
    EvaluationAnswered,
    EvaluationChoice,
    EvaluationQuestion,
    EvaluationSubmission,
    EvaluationToken,
    Questionnaire,
)
from .evaluation_reports import EvaluationReport
from .recommendations import DecisionMaker, FollowUp, Recommendation, Response
from .themes import AnswerTranslation, Theme, ThemeTag

__all__ = ["AnswerTranslation", "DecisionMaker", "EvaluationAnswer", "EvaluationAnswered", "EvaluationChoice",
           "EvaluationQuestion", "EvaluationReport", "EvaluationSubmission", "EvaluationToken", "FollowUp", "Questionnaire",
           "Recommendation", "Response", "Theme", "ThemeTag"]
