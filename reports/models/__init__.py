from .documents import RenderedDocument
from .jobs import ReportJob
from .kits import DisseminationKit
from .open_answers import OpenAnswerReview
from .releases import Release, ScheduledRelease

__all__ = ["DisseminationKit", "OpenAnswerReview", "Release", "RenderedDocument", "ReportJob", "ScheduledRelease"]
