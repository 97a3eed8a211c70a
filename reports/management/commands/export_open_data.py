from django.core.management.base import BaseCommand, CommandError

from dialogues.models import Dialogue
from reports.domain.open_data import as_csv, as_json, open_data_cells


class Command(BaseCommand):
    help = "Write a dialogue's open data (suppressed aggregates) to standard output as JSON or CSV."

    def add_arguments(self, parser):
        parser.add_argument("dialogue", help="The dialogue's short name (slug).")
        parser.add_argument("--format", choices=["json", "csv"], default="json")
        parser.add_argument("--no-breakdowns", action="store_true", help="Only the figures for everyone.")

    def handle(self, *args, **options):
        dialogue = Dialogue.objects.filter(slug=options["dialogue"]).first()
        if dialogue is None:
            raise CommandError(f"No dialogue “{options['dialogue']}”.")
        cells = open_data_cells(dialogue, breakdowns=not options["no_breakdowns"])
        self.stdout.write(as_json(cells) if options["format"] == "json" else as_csv(cells), ending="")
