BEAT_SCHEDULE = {
    "results-chase-missing-results": {
        "task": "results.tasks.chase_missing_results",
        "schedule": 600.0,  # every 10 minutes; each chaser goes once (docs/messages.md)
    },
}
