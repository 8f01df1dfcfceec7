import pytest
from django.core.management import call_command


@pytest.fixture
def run_worker(monkeypatch):
    """Run the queued tasks in this process (``run_worker --batch``). The
    worker closes connections that are not in autocommit between tasks, as it
    should in production; inside a test's transaction that would close the
    test's own connection, so here it is kept."""
    monkeypatch.setattr("django_tasks_db.management.commands.db_worker.close_old_connections", lambda: None)

    def run() -> None:
        call_command("run_worker", "--batch", verbosity=0)

    return run
