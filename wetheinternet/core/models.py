import uuid

from django.conf import settings
from django.contrib.contenttypes.models import ContentType
from django.db import models
from django.utils import timezone
from django.utils.translation import gettext_lazy as _


class TimeStampedModel(models.Model):
    created_at = models.DateTimeField(_("created at"), auto_now_add=True)
    updated_at = models.DateTimeField(_("updated at"), auto_now=True)

    class Meta:
        abstract = True


class AuditEntry(models.Model):
    """One state change of consequence: who did what to which object, when.

    ``data`` never holds personal data: ids, states and codes only."""

    action = models.CharField(_("action"), max_length=100, db_index=True)
    actor = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.SET_NULL, null=True, blank=True, related_name="+"
    )
    target_type = models.ForeignKey(ContentType, on_delete=models.SET_NULL, null=True, blank=True)
    target_id = models.CharField(max_length=64, blank=True, db_index=True)
    data = models.JSONField(default=dict, blank=True)
    created_at = models.DateTimeField(_("time (UTC)"), default=timezone.now, db_index=True)

    class Meta:
        verbose_name = _("audit entry")
        verbose_name_plural = _("audit log")
        ordering = ["-created_at", "-id"]
        indexes = [models.Index(fields=["target_type", "target_id"])]

    def __str__(self):
        return f"{self.created_at:%Y-%m-%d %H:%M} {self.action}"


def stored_file_path(instance, filename):
    return f"files/{instance.created_at:%Y/%m}/{instance.id}/{filename}"


class StoredFile(models.Model):
    """A file produced by the platform (a PDF, an export), kept privately and served
    only by views that check who may read it."""

    id = models.UUIDField(primary_key=True, default=uuid.uuid4, editable=False)
    file = models.FileField(_("file"), upload_to=stored_file_path)
    filename = models.CharField(_("file name"), max_length=200)
    content_type = models.CharField(_("content type"), max_length=100)
    created_at = models.DateTimeField(_("created at"), default=timezone.now)
    expires_at = models.DateTimeField(_("expires at"), null=True, blank=True)

    class Meta:
        verbose_name = _("stored file")
        verbose_name_plural = _("stored files")

    def __str__(self):
        return self.filename


class DeferredTask(models.Model):
    """Work to do after a commit (an e-mail, a rights link, a report build, a panel
    draw), recorded in the same transaction as the change that calls for it, then handed
    to the broker once the transaction commits (``wetheinternet.core.outbox``).

    ``handed_over_at`` is set when the broker accepted the message, ``taken_at`` when a
    worker started it, ``done_at`` when it finished. A sweep hands over again what the
    broker did not take (or lost), up to ``MAX_ATTEMPTS``, then marks it failed."""

    task_name = models.CharField(_("task"), max_length=200)
    args = models.JSONField(_("arguments"), default=list, blank=True)
    created_at = models.DateTimeField(_("created at"), default=timezone.now)
    attempts = models.PositiveSmallIntegerField(_("hand-over attempts"), default=0)
    last_attempt_at = models.DateTimeField(_("last hand-over attempt"), null=True, blank=True)
    handed_over_at = models.DateTimeField(_("handed over to the broker at"), null=True, blank=True)
    taken_at = models.DateTimeField(_("taken by a worker at"), null=True, blank=True)
    done_at = models.DateTimeField(_("done at"), null=True, blank=True)
    failed_at = models.DateTimeField(_("given up at"), null=True, blank=True)
    error = models.TextField(_("last error"), blank=True)

    class Meta:
        verbose_name = _("deferred task")
        verbose_name_plural = _("deferred tasks")
        ordering = ["created_at", "id"]
        indexes = [models.Index(fields=["taken_at", "failed_at", "last_attempt_at"], name="deferred_task_sweep_idx")]

    def __str__(self):
        return f"{self.task_name}{tuple(self.args)}"


class CalendarToken(models.Model):
    """The secret in the address of a person's calendar feed (``core.calendars``): one
    per person, replaced when they ask for a new address, deleted when they revoke it.
    Only its SHA-256 digest is stored."""

    user = models.OneToOneField(settings.AUTH_USER_MODEL, on_delete=models.CASCADE, related_name="calendar_token")
    digest = models.CharField(max_length=64, unique=True)
    created_at = models.DateTimeField(_("created at"), default=timezone.now)
    last_used_at = models.DateTimeField(_("last read at"), null=True, blank=True)

    class Meta:
        verbose_name = _("calendar feed address")
        verbose_name_plural = _("calendar feed addresses")

    def __str__(self):
        return f"calendar token {self.pk}"


class MessageChannel(models.TextChoices):
    EMAIL = "email", _("E-mail")
    SMS = "sms", _("SMS")


class MessageState(models.TextChoices):
    QUEUED = "queued", _("Queued")
    SENT = "sent", _("Sent")
    FAILED = "failed", _("Failed")
    DROPPED = "dropped", _("Dropped")


class Message(models.Model):
    """One e-mail or SMS to one person (``wetheinternet.core.messaging``): recorded in
    the transaction that calls for it, sent by a worker with retries. The rendered
    subject, body and attachments are kept only until the message is sent, failed or
    dropped; the row then keeps who (the address, for the retention period), what
    (template, purpose, language), when and how it went. ``last_error`` is an error
    class name, never a server's reply (it can quote the address)."""

    channel = models.CharField(_("channel"), max_length=10, choices=MessageChannel.choices)
    recipient = models.CharField(_("recipient"), max_length=254, blank=True)
    # Who the message is for, for the consent check at sending time and for erasure
    # ("registrant:12", "user:3"), or the address itself when nobody is known.
    recipient_key = models.CharField(_("recipient key"), max_length=300)
    template = models.CharField(_("template"), max_length=200)
    language = models.CharField(_("language"), max_length=10)
    purpose = models.CharField(_("purpose"), max_length=60, db_index=True)
    dialogue_id = models.BigIntegerField(_("dialogue"), null=True, blank=True, db_index=True)
    batch = models.UUIDField(_("batch"), null=True, blank=True)
    state = models.CharField(_("state"), max_length=10, choices=MessageState.choices, default=MessageState.QUEUED)
    attempts = models.PositiveSmallIntegerField(_("attempts"), default=0)
    last_error = models.CharField(_("last error"), max_length=100, blank=True)
    created_at = models.DateTimeField(_("created at (UTC)"), default=timezone.now, db_index=True)
    next_attempt_at = models.DateTimeField(_("next attempt (UTC)"), default=timezone.now)
    claimed_until = models.DateTimeField(_("claimed by a worker until"), null=True, blank=True)
    finished_at = models.DateTimeField(_("sent, failed or dropped at (UTC)"), null=True, blank=True)
    subject = models.TextField(_("subject"), blank=True)
    body = models.TextField(_("body"), blank=True)
    html = models.TextField(_("HTML body"), blank=True)
    attachments = models.JSONField(_("attachments"), default=list, blank=True)
    # Extra e-mail headers (``List-Unsubscribe`` of an optional message): they carry the
    # person's unsubscribe link, so they are removed with the content.
    headers = models.JSONField(_("e-mail headers"), default=dict, blank=True)

    class Meta:
        verbose_name = _("message")
        verbose_name_plural = _("messages")
        ordering = ["-created_at", "-id"]
        constraints = [
            models.UniqueConstraint(fields=["batch", "recipient_key"], name="message_once_per_batch"),
        ]
        indexes = [models.Index(fields=["state", "next_attempt_at"], name="message_due_idx")]

    def __str__(self):
        return f"{self.purpose} → {self.masked_recipient}"

    @property
    def masked_recipient(self):
        """``k•••@e•••.org`` or ``+33•••••78``: enough to tell two apart, not to write to."""
        value = self.recipient
        if not value:
            return "—"
        if "@" in value:
            local, _at, domain = value.partition("@")
            return f"{local[:1]}•••@{domain[:1]}•••.{domain.rsplit('.', 1)[-1]}"
        return f"{value[:3]}•••••{value[-2:]}"
