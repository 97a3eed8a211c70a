from .documents import RenderedDocument
from .jobs import ReportJob
from .open_answers import OpenAnswerReview
from .releases import Release, ScheduledRelease

__all__ = ["OpenAnswerReview", "Release", "RenderedDocument", "ReportJob", "ScheduledRelease"]
