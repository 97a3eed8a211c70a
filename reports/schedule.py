BEAT_SCHEDULE = {
    "reports-sweep-expired-jobs": {
        "task": "reports.tasks.sweep_report_jobs_task",
        "schedule": 30.0,
    },
}
