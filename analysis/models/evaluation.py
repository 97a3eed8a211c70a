"""Evaluation questionnaires, ex-ante and ex-post, and their answers.

Anonymous by design: a submission and its answers hold no link to a person (no foreign
key to a user or registrant, no time finer than the day, random primary keys so that no
sequence can be lined up with anything else). Participants answer with a one-time token
stored only as a hash; signed-in audiences leave an ``EvaluationAnswered`` marker, kept
apart from the answers, so that nobody answers twice."""

import uuid

from django.conf import settings
from django.db import models
from django.utils.translation import gettext_lazy as _

from dialogues.enums import QuestionKind
from dialogues.models import Dialogue

from ..enums import Audience


class Questionnaire(models.Model):
    dialogue = models.ForeignKey(Dialogue, on_delete=models.CASCADE, related_name="+")
    audience = models.CharField(_("audience"), max_length=30, choices=Audience.choices)
    title = models.CharField(_("title"), max_length=200)
    introduction = models.TextField(_("introduction"), blank=True)
    is_open = models.BooleanField(_("open for answers"), default=True)

    class Meta:
        verbose_name = _("evaluation questionnaire")
        verbose_name_plural = _("evaluation questionnaires")
        ordering = ["dialogue", "audience"]
        constraints = [models.UniqueConstraint(fields=["dialogue", "audience"], name="one_questionnaire_per_audience")]

    def __str__(self):
        return self.title


class EvaluationQuestion(models.Model):
    """A question of one of the kinds the dialogues already use (``QuestionKind``); a
    scale runs from 1 to ``scale_max``."""

    questionnaire = models.ForeignKey(Questionnaire, on_delete=models.CASCADE, related_name="questions")
    position = models.PositiveSmallIntegerField(_("position"), default=0)
    kind = models.CharField(_("kind"), max_length=20, choices=QuestionKind.choices)
    text = models.CharField(_("question"), max_length=500)
    scale_max = models.PositiveSmallIntegerField(_("scale maximum"), default=5)

    class Meta:
        verbose_name = _("evaluation question")
        verbose_name_plural = _("evaluation questions")
        ordering = ["position", "id"]

    def __str__(self):
        return self.text


class EvaluationChoice(models.Model):
    question = models.ForeignKey(EvaluationQuestion, on_delete=models.CASCADE, related_name="choices")
    position = models.PositiveSmallIntegerField(_("position"), default=0)
    label = models.CharField(_("label"), max_length=200)

    class Meta:
        verbose_name = _("evaluation choice")
        verbose_name_plural = _("evaluation choices")
        ordering = ["position", "id"]

    def __str__(self):
        return self.label


class EvaluationToken(models.Model):
    """A one-time token for a participants' questionnaire: only its SHA-256 is stored,
    and it is linked to nobody (it is handed out on a slip or in an e-mail)."""

    id = models.UUIDField(primary_key=True, default=uuid.uuid4, editable=False)
    questionnaire = models.ForeignKey(Questionnaire, on_delete=models.CASCADE, related_name="tokens")
    token_hash = models.CharField(max_length=64, unique=True)
    used = models.BooleanField(default=False)

    class Meta:
        verbose_name = _("evaluation token")
        verbose_name_plural = _("evaluation tokens")

    def __str__(self):
        return str(self.pk)


class EvaluationAnswered(models.Model):
    """That a signed-in person answered a questionnaire: kept apart from the answers,
    without a time, so it cannot be joined to them."""

    id = models.UUIDField(primary_key=True, default=uuid.uuid4, editable=False)
    questionnaire = models.ForeignKey(Questionnaire, on_delete=models.CASCADE, related_name="+")
    user = models.ForeignKey(settings.AUTH_USER_MODEL, on_delete=models.CASCADE, related_name="+")

    class Meta:
        constraints = [models.UniqueConstraint(fields=["questionnaire", "user"], name="answer_evaluation_once")]

    def __str__(self):
        return str(self.pk)


class EvaluationSubmission(models.Model):
    """One anonymous set of answers: the day and the language only."""

    id = models.UUIDField(primary_key=True, default=uuid.uuid4, editable=False)
    questionnaire = models.ForeignKey(Questionnaire, on_delete=models.CASCADE, related_name="submissions")
    day = models.DateField(_("day"))
    language = models.CharField(_("language"), max_length=10)

    class Meta:
        verbose_name = _("evaluation submission")
        verbose_name_plural = _("evaluation submissions")

    def __str__(self):
        return str(self.day)


class EvaluationAnswer(models.Model):
    """One answer: a choice (one row per ticked choice), a scale value or a text."""

    id = models.UUIDField(primary_key=True, default=uuid.uuid4, editable=False)
    submission = models.ForeignKey(EvaluationSubmission, on_delete=models.CASCADE, related_name="answers")
    question = models.ForeignKey(EvaluationQuestion, on_delete=models.CASCADE, related_name="answers")
    choice = models.ForeignKey(EvaluationChoice, on_delete=models.CASCADE, null=True, blank=True, related_name="+")
    value = models.PositiveSmallIntegerField(null=True, blank=True)
    text = models.TextField(blank=True)

    def __str__(self):
        return str(self.pk)
