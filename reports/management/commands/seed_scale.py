import time

from django.core.management.base import BaseCommand
from rich.progress import BarColumn, Progress, TaskProgressColumn, TextColumn, TimeElapsedColumn

from reports.synthetic import ScaleOptions, generate


class Command(BaseCommand):
    help = "Create a synthetic dialogue at 2020 scale and beyond (replaces one with the same --slug)."

    def add_arguments(self, parser):
        defaults = ScaleOptions()
        for name in ("countries", "sites", "participants", "tables", "topics", "questions", "seed", "k"):
            parser.add_argument(f"--{name}", type=int, default=getattr(defaults, name))
        parser.add_argument("--slug", default=defaults.slug)
        parser.add_argument("--no-progress", action="store_true", help="Print steps instead of a progress bar.")

    def handle(self, *args, **options):
        settings = ScaleOptions(**{
            name: options[name]
            for name in ("slug", "countries", "sites", "participants", "tables", "topics", "questions", "seed", "k")
        })
        if settings.sites < settings.countries or settings.tables < settings.sites:
            self.stderr.write("Need at least one site per country and one table per site.")
            raise SystemExit(2)
        started = time.monotonic()
        if options["no_progress"]:
            dialogue = generate(settings, progress=lambda label, done: self.stdout.write(f"  {label} {done:.0%}"))
        else:
            columns = (TextColumn("{task.description:<10}"), BarColumn(), TaskProgressColumn(), TimeElapsedColumn())
            with Progress(*columns) as bar:
                task = bar.add_task("seed_scale", total=1.0)
                dialogue = generate(
                    settings, progress=lambda label, done: bar.update(task, description=label, completed=done)
                )
                bar.update(task, completed=1.0)
        self.stdout.write(self.style.SUCCESS(
            f"Dialogue “{dialogue.slug}” created in {time.monotonic() - started:.1f} s "
            f"({settings.countries} countries, {settings.sites} sites, {settings.tables} tables, "
            f"{settings.participants} participants)."
        ))
