from celery.schedules import crontab

BEAT_SCHEDULE = {
    "core-delete-expired-files": {
        "task": "wetheinternet.core.tasks.delete_expired_files",
        "schedule": crontab(minute=17),
    },
    "core-clear-expired-sessions": {
        "task": "wetheinternet.core.tasks.clear_expired_sessions",
        "schedule": crontab(hour=3, minute=5),
    },
}
