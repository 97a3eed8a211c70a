from django.core.management.base import BaseCommand

from wetheinternet.i18n.compiling import catalogue_paths, compile_all


class Command(BaseCommand):
    help = "Compile locale/*/LC_MESSAGES/*.po into .mo files with polib (no gettext tools needed)."

    def add_arguments(self, parser):
        parser.add_argument("--force", action="store_true", help="Recompile even when the .mo file is up to date.")

    def handle(self, *args, force=False, **options):
        written = compile_all(force=force)
        total = len(list(catalogue_paths()))
        for path in written:
            self.stdout.write(f"compiled {path}")
        self.stdout.write(f"{len(written)} of {total} catalogues compiled, the others were up to date.")
