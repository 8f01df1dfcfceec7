"""python manage.py import_wordpress EXPORT.xml [--dry-run] [--author-map FILE] [--include-held]"""

from __future__ import annotations

import csv
import sys
import time
from pathlib import Path

from django.core.management.base import BaseCommand, CommandError

from threads.wordpress import ImportSummary, WxrError, import_wxr


def read_author_map(path: Path) -> dict[str, str]:
    """CSV lines "wordpress_login,username" (staff accounts here)."""
    with path.open(newline="", encoding="utf-8") as handle:
        return {row[0].strip(): row[1].strip() for row in csv.reader(handle) if len(row) >= 2 and row[0].strip()}


class Command(BaseCommand):
    help = "Import published posts and their comment threads from a WordPress export (WXR 1.0-1.2)."

    def add_arguments(self, parser) -> None:
        parser.add_argument("export", help="the WordPress export file (WXR)")
        parser.add_argument("--dry-run", action="store_true", help="show what would happen; store nothing")
        parser.add_argument("--author-map", help='CSV of "wordpress_login,username" for article authors')
        parser.add_argument("--include-held", action="store_true",
                            help="queue unapproved comments for moderation instead of skipping them")

    def handle(self, *args, export: str, dry_run: bool, author_map: str | None, include_held: bool, **options):
        path = Path(export)
        if not path.is_file():
            raise CommandError(f"No file at {path}")
        mapping = read_author_map(Path(author_map)) if author_map else {}
        started = time.monotonic()
        interactive = sys.stderr.isatty()

        def progress(summary: ImportSummary, done: float) -> None:
            elapsed = time.monotonic() - started
            left = f", about {elapsed / done - elapsed:.0f} s left" if done > 0.01 else ""
            filled = int(done * 30)
            line = (f"[{'#' * filled}{'.' * (30 - filled)}] {done:6.1%}  {summary.articles} articles, "
                    f"{summary.comments} comments ({elapsed:.0f} s{left})")
            self.stderr.write(("\r" + line) if interactive else line, ending="" if interactive else "\n")

        try:
            summary = import_wxr(path, author_map=mapping, include_held=include_held, dry_run=dry_run,
                                 progress=progress)
        except WxrError as error:
            raise CommandError(f"{path}: {error}") from None
        if interactive:
            self.stderr.write("")
        elapsed = time.monotonic() - started
        self.stdout.write(("Dry run: nothing was stored.\n" if dry_run else "") + "\n".join(summary.lines()))
        self.stdout.write(f"time: {elapsed:.1f} s ({summary.comments / elapsed if elapsed else 0:,.0f} comments/s)")
