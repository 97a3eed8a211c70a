from celery.schedules import crontab

BEAT_SCHEDULE = {
    "conduct-reduce-expired-cases": {
        "task": "conduct.tasks.reduce_expired_cases",
        "schedule": crontab(hour=2, minute=41),
    },
    "conduct-forget-working-session-sign-ups": {
        "task": "conduct.tasks.forget_working_session_sign_ups",
        "schedule": crontab(hour=2, minute=42),
    },
}
