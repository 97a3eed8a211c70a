from celery.schedules import crontab

BEAT_SCHEDULE = {
    "registrations-purge-expired-personal-data": {
        "task": "registrations.tasks.purge_expired_personal_data",
        "schedule": crontab(hour=2, minute=40),
    },
    "registrations-requeue-stalled-panel-runs": {
        "task": "registrations.tasks.requeue_stalled_panel_runs",
        "schedule": 15.0,  # a draw whose worker died is taken again within about a minute
    },
    "registrations-send-participant-reminders": {
        "task": "registrations.tasks.send_participant_reminders",
        "schedule": crontab(minute=7),  # hourly; each reminder goes once (docs/messages.md)
    },
}
