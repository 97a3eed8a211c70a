from django.core.management.base import BaseCommand


class Command(BaseCommand):
    help = "List unmarked user-facing strings and incomplete catalogues (what tests/i18n checks)."

    def add_arguments(self, parser):
        parser.add_argument("--no-catalogues", action="store_true", help="Skip the extraction (needs GNU gettext).")

    def handle(self, *args, no_catalogues=False, **options):
        # Imported here: the checks are a developer tool (tools/), not part of the image.
        from tools.i18n_coverage.report import incomplete_catalogues, unmarked_in_python, unmarked_in_templates

        sections = {"templates": unmarked_in_templates(), "python": unmarked_in_python()}
        if not no_catalogues:
            sections |= {f"catalogue {code}": found for code, found in incomplete_catalogues().items()}
        for name, findings in sections.items():
            self.stdout.write(f"{name}: {len(findings)} problem(s)")
            for finding in sorted(findings):
                self.stdout.write(f"  {finding}")
        if any(sections.values()):
            raise SystemExit(1)
