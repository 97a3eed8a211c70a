"""PDF rendering. WeasyPrint is slow to import, so it is imported here only, inside
the function, and only workers call this module."""

import logging
import time
from contextlib import contextmanager

from django.conf import settings

PROGRESS_LOGGER = "weasyprint.progress"


class _StepHandler(logging.Handler):
    """Calls ``on_step`` (at most every ``interval`` seconds) as WeasyPrint logs its steps
    and pages, so that a long rendering keeps renewing its job's lease."""

    def __init__(self, on_step, interval):
        super().__init__(level=logging.INFO)
        self.on_step, self.interval, self.last, self.steps = on_step, interval, time.monotonic(), 0

    def emit(self, record):
        self.steps += 1
        now = time.monotonic()
        if now - self.last >= self.interval:
            self.last = now
            self.on_step(self.steps)


@contextmanager
def _watching(on_step, interval):
    if on_step is None:
        yield
        return
    logger = logging.getLogger(PROGRESS_LOGGER)
    handler = _StepHandler(on_step, interval)
    previous = logger.level
    logger.addHandler(handler)
    logger.setLevel(logging.INFO)
    try:
        yield
    finally:
        logger.removeHandler(handler)
        logger.setLevel(previous)


def render_pdf(html, *, base_url=None, on_step=None, interval=5.0):
    """Render an HTML string to PDF bytes with WeasyPrint. ``on_step(steps)`` is called
    now and then while it works (rendering steps and pages done so far)."""
    from weasyprint import HTML

    with _watching(on_step, interval):
        return HTML(string=html, base_url=base_url or str(settings.BASE_DIR)).write_pdf()
