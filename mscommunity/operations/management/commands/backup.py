"""python manage.py backup [--output FILE]: a consistent backup of the database."""

from pathlib import Path

from django.core.management.base import BaseCommand
from django.db import connection
from django.utils import timezone

from mscommunity.operations.backups import backup


class Command(BaseCommand):
    help = "Back up the database (SQLite file copy or PostgreSQL dump); prints the file written."

    def add_arguments(self, parser) -> None:
        parser.add_argument("--output", help="file to write (default: backups/<database>-<time>.<ext>)")

    def handle(self, *args, output: str | None, **options) -> None:
        if output is None:
            extension = "sqlite3" if connection.vendor == "sqlite" else "dump"
            output = f"backups/{connection.vendor}-{timezone.now():%Y%m%d-%H%M%S}.{extension}"
        self.stdout.write(str(backup(Path(output))))
