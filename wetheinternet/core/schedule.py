from celery.schedules import crontab

BEAT_SCHEDULE = {
    # Work recorded after a commit that the broker did not take: handed over again.
    "core-sweep-deferred-tasks": {
        "task": "wetheinternet.core.tasks.sweep_deferred_tasks",
        "schedule": 15.0,
    },
    "core-delete-expired-files": {
        "task": "wetheinternet.core.tasks.delete_expired_files",
        "schedule": crontab(minute=17),
    },
    "core-clear-expired-sessions": {
        "task": "wetheinternet.core.tasks.clear_expired_sessions",
        "schedule": crontab(hour=3, minute=5),
    },
    # Messages: retries with backoff, rate-limited batches, what a killed worker left.
    "core-send-due-messages": {
        "task": "wetheinternet.core.tasks.send_due_messages",
        "schedule": 60.0,
    },
    "core-purge-old-message-recipients": {
        "task": "wetheinternet.core.tasks.purge_old_message_recipients",
        "schedule": crontab(hour=3, minute=25),
    },
}
