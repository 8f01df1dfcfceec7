"""Set up Django for a benchmark script, on a throw-away SQLite file unless
DATABASE_URL is set (then that database must be disposable)."""

from __future__ import annotations

import os
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent


def setup() -> None:
    sys.path.insert(0, str(ROOT))
    os.environ.setdefault("DJANGO_SETTINGS_MODULE", "mscommunity.settings")
    os.environ.setdefault("DJANGO_SECRET_KEY", "benchmark-only-secret-key")
    os.environ.setdefault("DJANGO_SECURE_HTTPS", "0")
    os.environ.setdefault("DJANGO_MANIFEST_STATIC", "0")
    os.environ.setdefault("DJANGO_ALLOWED_HOSTS", "testserver")
    os.environ.setdefault("DJANGO_LOG_LEVEL", "WARNING")
    if not os.environ.get("DATABASE_URL"):
        db_file = Path(tempfile.mkdtemp(prefix="mscommunity-bench-")) / "bench.sqlite3"
        os.environ["DATABASE_URL"] = f"sqlite:///{db_file}"
    import warnings

    import django

    warnings.filterwarnings("ignore", message="No directory at", category=UserWarning)
    from django.core.management import call_command

    django.setup()
    call_command("migrate", verbosity=0, interactive=False)
