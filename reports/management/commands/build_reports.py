import time

from django.core.management.base import BaseCommand, CommandError
from rich.progress import BarColumn, MofNCompleteColumn, Progress, TextColumn, TimeElapsedColumn

from dialogues.models import Dialogue
from reports.domain.jobs import launch_reports, sweep_expired_jobs
from reports.domain.reviews import prepare_open_answer_reviews
from reports.enums import JobState, ReportScope
from reports.models import ReportJob


class Command(BaseCommand):
    help = (
        "Queue a dialogue's reports (national, regional, global, in its languages) for the Celery workers "
        "and wait for them, with a progress bar. Start workers first (see the README)."
    )

    def add_arguments(self, parser):
        parser.add_argument("dialogue", help="The dialogue's short name (slug).")
        parser.add_argument("--scope", action="append", choices=ReportScope.values,
                            help="Only these scopes (repeatable). Default: all.")
        parser.add_argument("--language", action="append", help="Only these languages (repeatable). Default: all.")
        parser.add_argument("--no-wait", action="store_true", help="Queue the jobs and return.")
        parser.add_argument("--timeout", type=int, default=3600, help="Seconds to wait at most.")

    def handle(self, *args, **options):
        dialogue = Dialogue.objects.filter(slug=options["dialogue"]).first()
        if dialogue is None:
            raise CommandError(f"No dialogue “{options['dialogue']}”.")
        unknown = set(options["language"] or []) - set(dialogue.languages)
        if unknown:
            raise CommandError(f"The dialogue has no language {', '.join(sorted(unknown))}.")
        prepare_open_answer_reviews(dialogue)
        started = time.monotonic()
        jobs = launch_reports(dialogue, by=None, scopes=options["scope"], languages=options["language"])
        ids = [job.pk for job in jobs]
        self.stdout.write(f"{len(ids)} reports queued.")
        if options["no_wait"]:
            return
        failed = self._wait(ids, options["timeout"])
        elapsed = time.monotonic() - started
        if failed:
            for job in failed:
                self.stderr.write(f"failed: {job} — {job.error}")
            raise CommandError(f"{len(failed)} of {len(ids)} reports failed ({elapsed:.1f} s).")
        self.stdout.write(self.style.SUCCESS(f"{len(ids)} reports done in {elapsed:.1f} s."))

    def _wait(self, ids, timeout):
        deadline = time.monotonic() + timeout
        columns = (TextColumn("reports"), BarColumn(), MofNCompleteColumn(), TimeElapsedColumn())
        with Progress(*columns, transient=False) as bar:
            task = bar.add_task("reports", total=len(ids))
            while True:
                states = dict(ReportJob.objects.filter(pk__in=ids).values_list("pk", "state"))
                finished = sum(1 for state in states.values() if state in (JobState.DONE, JobState.FAILED))
                bar.update(task, completed=finished)
                if finished == len(ids):
                    break
                if time.monotonic() > deadline:
                    raise CommandError("Timed out waiting for the workers. Are workers running?")
                sweep_expired_jobs()
                time.sleep(1)
        return list(ReportJob.objects.filter(pk__in=ids, state=JobState.FAILED))
