from .submissions import Ballot, BallotAnswer, BallotCategory, OpenAnswer, OptionCount, ResultSubmission

__all__ = ["Ballot", "BallotAnswer", "BallotCategory", "OpenAnswer", "OptionCount", "ResultSubmission"]
