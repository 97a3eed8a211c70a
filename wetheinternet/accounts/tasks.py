"""Celery tasks of accounts: thin wrappers around one domain function each."""

from wetheinternet.celery import domain_task

from .domain.invitations import send_invitation_email
from .models import User


@domain_task(name="wetheinternet.accounts.tasks.send_invitation")
def send_invitation(user_id, context_line=""):
    user = User.objects.filter(pk=user_id, is_active=True).first()
    if user is not None:
        send_invitation_email(user, context_line=context_line)
