from .submissions import OpenAnswer, ResultSubmission

__all__ = ["OpenAnswer", "ResultSubmission"]
