from .documents import RenderedDocument
from .jobs import ReportJob
from .open_answers import OpenAnswerReview

__all__ = ["OpenAnswerReview", "RenderedDocument", "ReportJob"]
