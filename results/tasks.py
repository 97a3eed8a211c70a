"""Celery tasks of results: thin wrappers around one domain function each."""

import logging

from wetheinternet.celery import domain_task

from .domain.chasers import chase_missing_results

logger = logging.getLogger(__name__)


@domain_task(name="results.tasks.chase_missing_results")
def chase_missing_results_task():
    count = chase_missing_results()
    if count:
        logger.info("missing results: %s chasers queued", count)
