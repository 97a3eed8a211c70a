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
}
