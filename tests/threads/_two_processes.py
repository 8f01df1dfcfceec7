"""Helper for test_thread_cache: two processes share one SQLite file (and, with
REDIS_URL, one Redis cache). ``writer`` (the main process) sets up a thread and
changes a comment; ``reader`` (a child process) serves the thread page with the
Django test client and answers, for each URL it reads on stdin, what it shows."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]


def setup() -> None:
    sys.path.insert(0, str(ROOT))
    os.environ.setdefault("DJANGO_SETTINGS_MODULE", "mscommunity.settings")
    os.environ.update({"DJANGO_SECRET_KEY": "two-processes-test", "DJANGO_SECURE_HTTPS": "0",
                       "DJANGO_MANIFEST_STATIC": "0", "DJANGO_ALLOWED_HOSTS": "testserver",
                       "DJANGO_RATE_LIMITS": "0", "DJANGO_TEAM_MFA_REQUIRED": "0", "DJANGO_LOG_LEVEL": "ERROR"})
    import warnings

    import django

    warnings.filterwarnings("ignore")
    django.setup()


def reader() -> None:
    setup()
    from django.test import Client

    client = Client()
    for line in sys.stdin:
        html = client.get(line.strip()).content.decode()
        print(json.dumps({"original": "Words before" in html, "edited": "Words after" in html,
                          "removed": "Removed by a moderator" in html, "helpful": "<span>Helpful 1</span>" in html,
                          "renamed": "renamed_writer" in html}),
              flush=True)


def writer() -> None:
    setup()
    from django.core.management import call_command
    from django.utils import timezone

    from mscommunity.accounts.models import User
    from threads import services
    from threads.models import Article, Comment

    call_command("migrate", verbosity=0)
    author = User.objects.create(username="writer", email="w@example.com", date_joined=timezone.now())
    moderator = User.objects.create(username="boss", email="b@example.com", is_superuser=True)
    fan = User.objects.create(username="fan", email="f@example.com")
    from allauth.account.models import EmailAddress

    for user in (author, fan):
        EmailAddress.objects.create(user=user, email=user.email, verified=True, primary=True)
    article = Article.objects.create(slug="two", title="Two", body="<p>x</p>", status="published",
                                     published_at=timezone.now() - timezone.timedelta(hours=1))
    comment = services.comment_create(author=author, article=article, parent=None, text="Words before").comment
    child = subprocess.Popen([sys.executable, __file__, "reader"], stdin=subprocess.PIPE, stdout=subprocess.PIPE,
                             text=True, env=os.environ)

    def ask() -> dict:
        child.stdin.write("/articles/two/\n")
        child.stdin.flush()
        return json.loads(child.stdout.readline())

    seen = [ask(), ask()]  # the second is served from the reader's cache
    services.reaction_toggle(member=fan, comment=comment, kind="helpful")
    seen.append(ask())
    services.comment_edit(editor=author, comment=Comment.objects.get(pk=comment.pk), text="Words after")
    seen.append(ask())
    User.objects.filter(pk=author.pk).update(username="renamed_writer")  # no save(), no signal: the trigger sees it
    seen.append(ask())
    services.comment_remove(moderator=moderator, comment=Comment.objects.get(pk=comment.pk), reason="Unkind")
    seen.append(ask())
    child.stdin.close()
    child.wait(30)
    print(json.dumps(seen))


if __name__ == "__main__":
    reader() if sys.argv[1:] == ["reader"] else writer()
