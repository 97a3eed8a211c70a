from django.conf import settings
from django.db import models
from django.utils.translation import gettext_lazy as _

from dialogues.models.partners import in_partner_countries
from results.models import OpenAnswer
from wetheinternet.accounts.rules import is_organiser_staff
from wetheinternet.core.visibility import VisibleQuerySet

from ..enums import ReviewState


class OpenAnswerReviewQuerySet(VisibleQuerySet):
    def visibility(self, user):
        """All for organiser staff; for partner members, the answers of their partners' countries."""
        if is_organiser_staff(user):
            return self
        site = "answer__submission__table__site"
        return self.filter(in_partner_countries(user, dialogue=f"{site}__partner__dialogue_id", country=f"{site}__country"))


class OpenAnswerReview(models.Model):
    """The publishable version of a table's open answer: the text with personal data
    removed automatically (``found`` names the kinds taken out, never the text: the
    approver sees it highlighted in the original), and the approval. The original text
    stays private in ``results.OpenAnswer``."""

    answer = models.OneToOneField(OpenAnswer, on_delete=models.CASCADE, related_name="review")
    redacted_text = models.TextField(_("text as published"))
    found = models.CharField(_("kinds of personal data found"), max_length=100, blank=True)
    state = models.CharField(_("review"), max_length=10, choices=ReviewState.choices, default=ReviewState.PENDING)
    reviewed_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.SET_NULL, null=True, blank=True, related_name="+"
    )
    reviewed_at = models.DateTimeField(_("reviewed at"), null=True, blank=True)

    objects = OpenAnswerReviewQuerySet.as_manager()

    class Meta:
        verbose_name = _("open answer review")
        verbose_name_plural = _("open answer reviews")
        indexes = [models.Index(fields=["state"], name="open_answer_review_state_idx")]

    def __str__(self):
        return f"{self.answer_id} {self.state}"

    @property
    def found_kinds(self):
        return self.found.split()
