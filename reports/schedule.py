BEAT_SCHEDULE = {
    "reports-sweep-expired-jobs": {
        "task": "reports.tasks.sweep_report_jobs_task",
        "schedule": 30.0,
    },
    "reports-release-due-results": {
        "task": "reports.tasks.release_due_results_task",
        "schedule": 300.0,
    },
}
