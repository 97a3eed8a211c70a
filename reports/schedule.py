BEAT_SCHEDULE = {
    "reports-sweep-expired-jobs": {
        "task": "reports.tasks.sweep_report_jobs_task",
        "schedule": 15.0,  # a job whose worker died is queued again within about a minute
    },
    "reports-release-due-results": {
        "task": "reports.tasks.release_due_results_task",
        "schedule": 300.0,
    },
}
