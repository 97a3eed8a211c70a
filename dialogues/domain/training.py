"""The data-privacy training module partners complete during onboarding: a short lesson
and a quiz. Written for this project; translated through the .po files."""

from dataclasses import dataclass

from django.utils.translation import gettext_lazy as _

PASS_MARK = 4  # correct answers out of len(QUIZ)

LESSON = [
    (_("Why it matters"), _(
        "Citizens trust you with their names, contact details and demographic answers. "
        "They give them for one purpose: taking part in the dialogue and, if they agree, "
        "anonymised statistics. Using them for anything else breaks that trust and the law."
    )),
    (_("Collect only what is needed"), _(
        "Ask only the questions on the registration form. Do not keep copies of paper forms "
        "once they are entered, and never photograph participants without their consent."
    )),
    (_("Consent is explicit and can be withdrawn"), _(
        "Each consent is recorded separately: taking part, being contacted, statistics, photographs. "
        "A participant may withdraw any of them at any time, as easily as they gave it."
    )),
    (_("Keep personal data on the platform"), _(
        "Do not export participant lists to personal devices or e-mail them. Note takers enter "
        "results by seat, never by name."
    )),
    (_("When something goes wrong"), _(
        "If personal data is lost, sent to the wrong person or seen by someone who should not "
        "see it, tell the organiser the same day so that it can be handled within legal deadlines."
    )),
]


@dataclass(frozen=True)
class QuizQuestion:
    code: str
    text: str
    options: tuple  # (code, label)
    correct: str


QUIZ = [
    QuizQuestion("purpose", _("A participant's e-mail address may be used to…"), (
        ("dialogue", _("contact them about the dialogue, if they agreed to it")),
        ("newsletter", _("send them your organisation's newsletter")),
        ("sponsor", _("share with a sponsor of the event")),
    ), "dialogue"),
    QuizQuestion("withdraw", _("A participant withdraws consent to statistics. You…"), (
        ("record", _("record the withdrawal on the platform straight away")),
        ("refuse", _("explain that it is too late once registered")),
        ("ignore", _("do nothing until after the Deliberation Day")),
    ), "record"),
    QuizQuestion("paper", _("After paper registration forms are entered, the paper copies are…"), (
        ("destroy", _("destroyed securely")),
        ("archive", _("kept in the office for future events")),
        ("photo", _("photographed as a backup")),
    ), "destroy"),
    QuizQuestion("results", _("Note takers enter individual votes…"), (
        ("seat", _("by seat number, without names")),
        ("name", _("with each participant's name")),
        ("email", _("with each participant's e-mail address")),
    ), "seat"),
    QuizQuestion("breach", _("A list of participants was e-mailed to the wrong person. You…"), (
        ("tell", _("tell the organiser the same day")),
        ("wait", _("wait to see if anyone complains")),
        ("delete", _("delete your copy and forget it")),
    ), "tell"),
]


def score_answers(answers):
    """Count correct answers in ``answers`` ({question code: option code})."""
    return sum(1 for question in QUIZ if answers.get(question.code) == question.correct)
