BEAT_SCHEDULE = {
    "dialogues-chase-overdue-onboarding": {
        "task": "dialogues.tasks.chase_overdue_onboarding",
        "schedule": 3600.0,  # hourly; each step is chased once per partner (docs/messages.md)
    },
}
