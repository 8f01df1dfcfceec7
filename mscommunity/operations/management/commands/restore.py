"""python manage.py restore FILE: replace the database's contents with a backup."""

from pathlib import Path

from django.core.management.base import BaseCommand, CommandError

from mscommunity.operations.backups import restore


class Command(BaseCommand):
    help = "Restore the database from a file written by `manage.py backup`."

    def add_arguments(self, parser) -> None:
        parser.add_argument("file")
        parser.add_argument("--yes", action="store_true", help="do not ask for confirmation")

    def handle(self, *args, file: str, yes: bool, **options) -> None:
        source = Path(file)
        if not source.exists():
            raise CommandError(f"No backup at {source}")
        if not yes and input(f"Replace everything in the database with {source}? Type yes: ").strip() != "yes":
            raise CommandError("Nothing restored.")
        restore(source)
        self.stdout.write(f"Restored {source}")
