"""Run a background worker: the task framework's database worker, plus a
small scheduler that enqueues the periodic tasks.

    python manage.py run_worker              # what the Procfile and `make run` start
    python manage.py run_worker --batch      # run what is queued, then exit (tests, cron)

The scheduler enqueues ``send_due`` every ``NOTIFICATIONS_SWEEP_SECONDS`` and
``send_daily_digests`` once a day after ``NOTIFICATIONS_DIGEST_HOUR`` (UTC).
Several workers may run (on several machines): each periodic run is claimed
with an atomic ``cache.add`` (Redis in production), and the tasks are
idempotent anyway, so nothing goes out twice.
"""

from __future__ import annotations

import logging
import threading
import time

from django.conf import settings
from django.core.cache import cache
from django.core.management import call_command
from django.core.management.base import BaseCommand
from django.db import close_old_connections
from django.utils import timezone

from mscommunity.notifications import tasks

logger = logging.getLogger(__name__)


def tick(now=None) -> list[str]:
    """Enqueue the periodic tasks due at ``now`` that no other worker claimed.
    Returns the names enqueued."""
    now = now or timezone.now()
    enqueued = []
    sweep_slot = int(now.timestamp()) // settings.NOTIFICATIONS_SWEEP_SECONDS
    if cache.add(f"tasks:sweep:{sweep_slot}", 1, settings.NOTIFICATIONS_SWEEP_SECONDS * 2):
        tasks.send_due.enqueue()
        enqueued.append("send_due")
    if now.hour >= settings.NOTIFICATIONS_DIGEST_HOUR and cache.add(f"tasks:digest:{now.date()}", 1, 2 * 86400):
        tasks.send_daily_digests.enqueue()
        enqueued.append("send_daily_digests")
    return enqueued


def _schedule_forever(stop: threading.Event) -> None:
    while not stop.is_set():
        try:
            close_old_connections()
            tick()
        except Exception:
            logger.exception("The scheduler could not enqueue the periodic tasks; it tries again")
        stop.wait(min(15, settings.NOTIFICATIONS_SWEEP_SECONDS))


class Command(BaseCommand):
    help = "Run the background worker (database task queue) with the periodic scheduler."

    def add_arguments(self, parser) -> None:
        parser.add_argument("--batch", action="store_true", help="run the queued tasks, then exit (no scheduler)")
        parser.add_argument("--no-scheduler", action="store_true", help="do not enqueue periodic tasks")
        parser.add_argument("--interval", type=float, default=1.0, help="seconds between polls when idle")

    def handle(self, *args, batch: bool, no_scheduler: bool, interval: float, **options) -> None:
        stop = threading.Event()
        if not batch and not no_scheduler:
            threading.Thread(target=_schedule_forever, args=(stop,), name="scheduler", daemon=True).start()
        started = time.monotonic()
        try:
            worker_args = ["--queue-name", "*", "--interval", str(interval), "--no-reload", "--no-startup-delay"]
            if batch:
                worker_args.append("--batch")
            call_command("db_worker", *worker_args, verbosity=options.get("verbosity", 1))
        finally:
            stop.set()
            logger.info("Worker stopped after %.0f s", time.monotonic() - started)
