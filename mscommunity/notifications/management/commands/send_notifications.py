"""Send e-mail that is due: retries of failed sends, and with --digest the daily digests.

Schedule it (cron, systemd timer or your platform's scheduler), e.g.:

    */10 * * * *  python manage.py send_notifications           # retries
    0 7 * * *     python manage.py send_notifications --digest  # daily digests
"""

from django.core.management.base import BaseCommand

from mscommunity.notifications import emails, services


class Command(BaseCommand):
    help = "Send due e-mails (retrying failures); with --digest, queue and send the daily digests first."

    def add_arguments(self, parser) -> None:
        parser.add_argument("--digest", action="store_true", help="send the daily digests")

    def handle(self, *args, digest: bool, **options) -> None:
        digests = services.send_digests() if digest else 0
        sent, failed = emails.deliver()
        self.stdout.write(f"{digests} digest(s) queued; {sent} e-mail(s) sent, {failed} failed (will retry).")
