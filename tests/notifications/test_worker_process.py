"""A real worker process, end to end: a notification queued here is e-mailed
by ``manage.py run_worker --batch`` running in another process over the same
database (on SQLite, a file copy of the test database; on PostgreSQL, the
test database itself)."""

from __future__ import annotations

import os
import sqlite3
import subprocess
import sys
from pathlib import Path

import pytest
from django.db import connection
from django_tasks_db.models import DBTaskResult

from mscommunity.notifications.models import OutgoingEmail
from mscommunity.notifications.services import notify

ROOT = Path(__file__).resolve().parents[2]


@pytest.mark.django_db(transaction=True)
def test_a_separate_worker_process_sends_the_email(member, settings, tmp_path):
    settings.TASKS = {"default": {"BACKEND": "django_tasks_db.DatabaseBackend"}}
    notify(recipient=member, kind="test", message="Sent by the worker process")
    email = OutgoingEmail.objects.get()
    assert email.sent_at is None and DBTaskResult.objects.count() == 1
    env = {**os.environ, "DJANGO_TASKS_BACKEND": "django_tasks_db.DatabaseBackend", "EMAIL_HOST": ""}
    if connection.vendor == "sqlite":
        copy = tmp_path / "worker.sqlite3"
        target = sqlite3.connect(copy)
        connection.ensure_connection()
        connection.connection.backup(target)
        target.close()
        env["DATABASE_URL"] = f"sqlite:///{copy}"
    else:
        params = connection.settings_dict
        env["DATABASE_URL"] = f"postgres://{params['USER']}@{params['HOST']}:{params['PORT']}/{params['NAME']}"
    done = subprocess.run([sys.executable, "manage.py", "run_worker", "--batch"], cwd=ROOT, env=env,
                          capture_output=True, text=True, timeout=120, check=False)
    assert done.returncode == 0, done.stderr[-2000:]
    assert "Sent by the worker process" in done.stdout  # the console e-mail backend prints it
    if connection.vendor == "sqlite":
        with sqlite3.connect(copy) as db:
            sent = db.execute("SELECT sent_at FROM notifications_outgoingemail WHERE id = ?", [email.pk]).fetchone()
        assert sent[0] is not None
    else:
        email.refresh_from_db()
        assert email.sent_at is not None
