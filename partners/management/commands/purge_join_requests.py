from django.conf import settings
from django.core.management.base import BaseCommand

from partners.personal_data import anonymise_decided_requests


class Command(BaseCommand):
    help = "Remove the personal data of declined and spam join requests decided long enough ago (run daily)."

    def add_arguments(self, parser):
        parser.add_argument(
            "--days",
            type=int,
            default=settings.JOIN_REQUEST_RETENTION_DAYS,
            help="Keep requests decided within this many days (default: JOIN_REQUEST_RETENTION_DAYS).",
        )

    def handle(self, *args, days, **options):
        count = anonymise_decided_requests(older_than_days=days)
        self.stdout.write(f"Removed the personal data of {count} join request(s) decided more than {days} days ago.")
