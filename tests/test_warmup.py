"""The WSGI warm-up loads the busiest paths without touching the database."""

import logging

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext

from mscommunity import warmup


@pytest.mark.django_db
def test_warming_reads_no_database_and_logs_nothing(caplog):
    with CaptureQueriesContext(connection) as queries, caplog.at_level(logging.ERROR):
        assert warmup.warm() >= 0
    assert len(queries) == 0
    assert not caplog.records


def test_a_failure_while_warming_is_logged_not_raised(monkeypatch, caplog):
    def broken(text, **options):
        raise RuntimeError("detector broke")

    monkeypatch.setattr("mscommunity.privacy.scrub", broken)
    with caplog.at_level(logging.ERROR):
        warmup.warm()
    assert "warm-up failed" in caplog.text
