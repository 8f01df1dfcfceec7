"""Consistent backups and restores of the default database, SQLite or PostgreSQL.

SQLite uses the online backup API (a consistent copy while the site runs);
PostgreSQL uses pg_dump's custom format and pg_restore --clean. The database
URL's password is passed through the environment, never on a command line.
"""

from __future__ import annotations

import os
import shutil
import sqlite3
import subprocess
from pathlib import Path

from django.db import connections


def _pg_args_and_env(settings_dict: dict) -> tuple[list[str], dict[str, str]]:
    args = ["--host", settings_dict.get("HOST") or "127.0.0.1", "--port", str(settings_dict.get("PORT") or 5432)]
    if settings_dict.get("USER"):
        args += ["--username", settings_dict["USER"]]
    env = {**os.environ}
    if settings_dict.get("PASSWORD"):
        env["PGPASSWORD"] = settings_dict["PASSWORD"]
    return args, env


def backup(destination: Path, *, alias: str = "default") -> Path:
    """Write a backup of the database to ``destination`` and return its path."""
    connection = connections[alias]
    destination.parent.mkdir(parents=True, exist_ok=True)
    if connection.vendor == "sqlite":
        connection.ensure_connection()
        target = sqlite3.connect(destination)
        try:
            connection.connection.backup(target)
        finally:
            target.close()
    elif connection.vendor == "postgresql":
        args, env = _pg_args_and_env(connection.settings_dict)
        subprocess.run(  # noqa: S603 - fixed program and arguments, no shell
            [shutil.which("pg_dump") or "pg_dump", *args, "--format=custom", "--no-owner",
             "--file", str(destination), connection.settings_dict["NAME"]],
            env=env, check=True,
        )
    else:
        raise NotImplementedError(f"No backup for {connection.vendor}")
    return destination


def restore(source: Path, *, alias: str = "default") -> None:
    """Replace the database's contents with the backup at ``source``."""
    if not source.exists():
        raise FileNotFoundError(source)
    connection = connections[alias]
    if connection.vendor == "sqlite":
        connection.ensure_connection()
        origin = sqlite3.connect(source)
        try:
            origin.backup(connection.connection)
        finally:
            origin.close()
    elif connection.vendor == "postgresql":
        connection.close()
        args, env = _pg_args_and_env(connection.settings_dict)
        subprocess.run(  # noqa: S603 - fixed program and arguments, no shell
            [shutil.which("pg_restore") or "pg_restore", *args, "--clean", "--if-exists", "--no-owner",
             "--single-transaction", "--dbname", connection.settings_dict["NAME"], str(source)],
            env=env, check=True,
        )
    else:
        raise NotImplementedError(f"No restore for {connection.vendor}")
