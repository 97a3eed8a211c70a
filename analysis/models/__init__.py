from .recommendations import DecisionMaker, FollowUp, Recommendation, Response
from .themes import AnswerTranslation, Theme, ThemeTag

__all__ = ["AnswerTranslation", "DecisionMaker", "FollowUp", "Recommendation", "Response", "Theme", "ThemeTag"]
