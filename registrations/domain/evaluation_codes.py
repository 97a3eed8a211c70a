"""The one-time evaluation codes printed on a participant's slip and put in their
e-mails. The evaluation lives in the ``analysis`` app, above registrations in the app
order, so it installs the provider here when it starts (``AnalysisConfig.ready``), as
apps register their report chapters; without it, slips and e-mails carry no code.

The provider hands each person at most one code per questionnaire: it records on the
registrant *which questionnaires* they got a code for (never the code, which is stored
only as a hash and linked to nobody), so a reprinted slip or a second e-mail does not
hand out a second code. A lost code is replaced by a spare one that staff issue on the
evaluation page."""

import dataclasses


class Moment:
    BEFORE = "before"  # the ex-ante questionnaire: the slip and the confirmation e-mail
    AFTER = "after"  # the ex-post questionnaire: the slip and the thank-you e-mail


@dataclasses.dataclass(frozen=True)
class EvaluationCode:
    title: str  # the questionnaire's title, in the active language
    code: str  # the one-time code, in clear: shown once, never stored
    url: str  # the absolute address of the questionnaire with the code filled in


_provider = None


def install_evaluation_code_provider(provider):
    """Install ``provider(registrant, moments) -> [EvaluationCode]``."""
    global _provider
    _provider = provider


def hand_out_evaluation_codes(registrant, *moments):
    """The codes ``registrant`` has not been given yet for the open questionnaires of
    the ``moments`` (empty without a provider). Side effects: the provider's (a token
    row per code and the registrant's record of the questionnaires covered)."""
    if _provider is None or registrant.pk is None:
        return []
    return _provider(registrant, moments)
