from celery.schedules import crontab

BEAT_SCHEDULE = {
    "conduct-reduce-expired-cases": {
        "task": "conduct.tasks.reduce_expired_cases",
        "schedule": crontab(hour=2, minute=41),
    },
}
