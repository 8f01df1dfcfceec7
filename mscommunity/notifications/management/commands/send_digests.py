"""Enqueue the daily digests as a task (``tasks.send_daily_digests``) for the
worker to run: the way to schedule them from cron, a systemd timer or a
platform scheduler when the worker's own scheduler is not used::

    0 7 * * *   python manage.py send_digests          # a worker (run_worker) sends them
    0 7 * * *   python manage.py send_digests --now    # no worker: send them from this process

django-tasks has no periodic tasks of its own; ``manage.py run_worker``
enqueues the same task once a day after ``NOTIFICATIONS_DIGEST_HOUR``. Either
way, or both, each member gets at most one digest a day (``Digest``).
"""

from django.core.management.base import BaseCommand

from mscommunity.notifications import emails, services, tasks


class Command(BaseCommand):
    help = "Enqueue today's daily digests for the worker; with --now, send them from this process."

    def add_arguments(self, parser) -> None:
        parser.add_argument("--now", action="store_true", help="queue and send them here instead of in a worker")

    def handle(self, *args, now: bool, **options) -> None:
        if now:
            digests = services.send_digests()
            sent, failed = emails.deliver()
            self.stdout.write(f"{digests} digest(s) queued; {sent} e-mail(s) sent, {failed} failed (will retry).")
            return
        result = tasks.send_daily_digests.enqueue()
        self.stdout.write(f"Daily digests enqueued (task {result.id}); a worker sends them.")
