"""Backup and restore round trip, on whichever database the suite runs."""

import io

import pytest
from django.core.management import call_command
from django.db import connection

from tests.conftest import make_article
from threads.models import Article

pytestmark = pytest.mark.django_db(transaction=True)


def test_backup_then_restore_brings_back_what_was_there(tmp_path):
    if connection.vendor == "postgresql":
        pytest.importorskip("psycopg")
    make_article("kept-article", title="Kept by the backup")
    out = io.StringIO()
    call_command("backup", output=str(tmp_path / "db.backup"), stdout=out)
    written = tmp_path / "db.backup"
    assert out.getvalue().strip() == str(written) and written.stat().st_size > 0

    Article.objects.filter(slug="kept-article").update(title="Changed after the backup")
    make_article("lost-article")
    call_command("restore", str(written), "--yes", stdout=io.StringIO())
    connection.close()

    assert Article.objects.get(slug="kept-article").title == "Kept by the backup"
    assert not Article.objects.filter(slug="lost-article").exists()


def test_restore_refuses_a_missing_file(tmp_path):
    from django.core.management import CommandError

    with pytest.raises(CommandError):
        call_command("restore", str(tmp_path / "nothing"), "--yes")
