import logging

from wetheinternet.celery import domain_task

from .domain.evaluation_report import build_evaluation_report
from .interfaces.evaluation_pdf import render_evaluation_report_pdf

logger = logging.getLogger(__name__)


@domain_task
def build_evaluation_report_task(report_id):
    report = build_evaluation_report(report_id, render=render_evaluation_report_pdf)
    logger.info("evaluation report %s: %s", report_id, "built" if report else "not queued")
