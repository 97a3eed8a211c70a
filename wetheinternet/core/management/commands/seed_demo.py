from django.core.management.base import BaseCommand
from django.db import transaction

from wetheinternet.core.demo import DEMO_ACCOUNTS, DEMO_PASSWORD, seed_demo


class Command(BaseCommand):
    help = "Load (or bring up to date) the demo dialogue with slug 'demo'. Safe to run again."

    def handle(self, *args, **options):
        self.stdout.write("Loading the demo dialogue…")
        with transaction.atomic():
            seed_demo(stdout=self.stdout)
        self.stdout.write(self.style.SUCCESS("Demo dialogue ready."))
        self.stdout.write(f"Demo sign-ins (password for all: {DEMO_PASSWORD}):")
        for account in DEMO_ACCOUNTS:
            self.stdout.write(f"  {account.email:<36} {account.role}")
