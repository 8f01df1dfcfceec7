"""Send e-mail that is due: notifications not yet e-mailed (thread fan-out),
retries of failed sends, and with --digest the daily digests.

Schedule it (cron, systemd timer or your platform's scheduler), e.g.:

    * * * * *     python manage.py send_notifications           # fan-out and retries
    0 7 * * *     python manage.py send_notifications --digest  # daily digests
"""

from django.core.management.base import BaseCommand

from mscommunity.notifications import emails, services


class Command(BaseCommand):
    help = "Send due e-mails (retrying failures); with --digest, queue and send the daily digests first."

    def add_arguments(self, parser) -> None:
        parser.add_argument("--digest", action="store_true", help="send the daily digests")

    def handle(self, *args, digest: bool, **options) -> None:
        pending = services.send_pending_immediate()
        digests = services.send_digests() if digest else 0
        sent, failed = emails.deliver()
        self.stdout.write(
            f"{pending} notification e-mail(s) and {digests} digest(s) queued; "
            f"{sent} e-mail(s) sent, {failed} failed (will retry)."
        )
