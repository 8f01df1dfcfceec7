"""Browser tests: pytest-playwright driving Debian's Chromium against pytest-django's live server.

- The browser is /usr/bin/chromium (or $E2E_CHROMIUM); Playwright's own browser
  downloads are never used. Without it the tests skip with a reason, except
  under CI (CI=true) or with E2E_REQUIRE_BROWSER=1 (`make e2e`), where a
  missing browser fails them.
- The live server runs in a thread of this process, so the test, the server
  and ``mail.outbox`` share one Django; data comes from the factory helpers in
  tests/conftest.py or from the real UI.
- Each test gets a transactional database restored from the migrated state
  (``serialized_rollback``: the team groups, the moderation policy and the
  treatment vocabulary come from data migrations). The browser tests run
  first among the transactional tests, and after the last one the migrated
  data is put back for the tests that follow.
- A failing test leaves a full-page screenshot of each open page in
  test-results/ (pytest-playwright's ``--screenshot only-on-failure``).
"""

from __future__ import annotations

import os
import shutil
from collections.abc import Callable, Iterator
from pathlib import Path

# Playwright's sync API runs an event loop in the main thread; Django refuses
# ORM calls from a thread with a running loop unless told this is fine (it is:
# the test code itself is synchronous).
os.environ.setdefault("DJANGO_ALLOW_ASYNC_UNSAFE", "true")

import pytest

E2E_DIR = Path(__file__).parent
DEFAULT_CHROMIUM = "/usr/bin/chromium"


def _env_true(name: str) -> bool:
    return os.environ.get(name, "").strip().lower() in {"1", "true", "yes", "on"}


# Under CI (or `make e2e` / `make screenshots`) a missing browser fails the tests instead of skipping them.
BROWSER_REQUIRED = _env_true("CI") or _env_true("E2E_REQUIRE_BROWSER")

# WCAG 2.2 A and AA, as axe-core tags them.
WCAG_TAGS = ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "wcag22aa"]


def chromium_path() -> str | None:
    """The Chromium binary to drive, or None when there is none."""
    candidate = os.environ.get("E2E_CHROMIUM") or DEFAULT_CHROMIUM
    if os.path.isfile(candidate) and os.access(candidate, os.X_OK):
        return candidate
    return shutil.which("chromium")


MISSING_BROWSER = (
    f"no Chromium at {os.environ.get('E2E_CHROMIUM') or DEFAULT_CHROMIUM} "
    "(install Debian's package: apt-get install -y chromium; never `playwright install`)"
)


def pytest_configure(config: pytest.Config) -> None:
    # pytest-playwright 0.10's own base_url fallback trips a pytest 9 deprecation warning.
    config.addinivalue_line("filterwarnings", "ignore:Session-scoped fixtures defined as instance methods")
    # Keep a screenshot of every page of a failing test (test-results/<test>/).
    if getattr(config.option, "screenshot", None) == "off":
        config.option.screenshot = "only-on-failure"
        config.option.full_page_screenshot = True


def _in_e2e(item: pytest.Item | None) -> bool:
    return item is not None and Path(str(item.fspath)).is_relative_to(E2E_DIR)


def _is_transactional(item: pytest.Item) -> bool:
    """As pytest-django decides it when it orders the tests."""
    marker = item.get_closest_marker("django_db")
    if marker is not None and (marker.kwargs.get("transaction") or marker.kwargs.get("reset_sequences")):
        return True
    names = getattr(item, "fixturenames", ())
    return "transactional_db" in names or "live_server" in names


def pytest_collection_modifyitems(config: pytest.Config, items: list[pytest.Item]) -> None:
    """Run the browser tests first among the transactional tests (pytest-django
    has put those together): a transactional test without ``serialized_rollback``
    leaves rows that post_migrate recreated, which would clash with restoring
    the migrated data. And outside CI, skip them up front when there is no Chromium."""
    e2e = [item for item in items if _in_e2e(item)]
    first = next((n for n, item in enumerate(items) if _is_transactional(item)), None)
    if e2e and first is not None:
        others = [item for item in items if not _in_e2e(item)]
        items[:] = others[:first] + e2e + others[first:]
    if chromium_path() or BROWSER_REQUIRED:
        return
    skip = pytest.mark.skip(reason=f"browser test skipped: {MISSING_BROWSER}")
    for item in e2e:
        item.add_marker(skip)


@pytest.hookimpl(wrapper=True)
def pytest_runtest_teardown(item: pytest.Item, nextitem: pytest.Item | None):
    """After the last browser test, put the migrated data back (its
    ``serialized_rollback`` teardown leaves the database empty), so the tests
    that follow see the database as they would without the browser tests."""
    result = yield
    if _in_e2e(item) and nextitem is not None and not _in_e2e(nextitem):
        from django.db import connections
        from pytest_django.plugin import blocking_manager_key

        with item.config.stash[blocking_manager_key].unblock():
            for alias in connections:
                data = getattr(connections[alias], "_test_serialized_contents", None)
                if data:
                    connections[alias].creation.deserialize_db_from_string(data)
    return result


@pytest.fixture(scope="session")
def browser_type_launch_args(browser_type_launch_args: dict) -> dict:
    """Launch Debian's Chromium, never a downloaded one."""
    path = chromium_path()
    if path is None:
        pytest.fail(f"browser tests required (CI or E2E_REQUIRE_BROWSER) but {MISSING_BROWSER}", pytrace=False)
    args = ["--disable-dev-shm-usage", "--font-render-hinting=none"]
    if hasattr(os, "geteuid") and os.geteuid() == 0:
        args.append("--no-sandbox")  # Chromium's sandbox refuses to run as root
    return {**browser_type_launch_args, "executable_path": path, "args": args}


@pytest.fixture(scope="session", autouse=True)
def _one_database_connection(django_db_setup, django_db_blocker, playwright) -> None:
    """Keep using the database connection that the test database was set up on.

    Django keeps connections in an asgiref ``Local`` that holds one set for
    sync code and another for code running while an event loop runs in the
    thread, and Playwright's sync API leaves its loop running. When other tests
    set up the database before Playwright started, the browser tests would get
    a fresh connection object without the serialized migrated data, so
    ``serialized_rollback`` would silently restore nothing (no groups, no
    policy, no vocabulary). Hand them the set-up connection instead.
    """
    from django.db import connections

    local = connections._connections
    sync_storage = object.__getattribute__(local, "_storage")  # the threading.local used without a loop
    with django_db_blocker.unblock():
        for alias in connections:
            set_up = getattr(sync_storage, alias, None)
            current = connections[alias]
            if (set_up is not None and set_up is not current and hasattr(set_up, "_test_serialized_contents")
                    and not hasattr(current, "_test_serialized_contents")):
                setattr(local, alias, set_up)


@pytest.fixture(scope="session")
def browser_context_args(browser_context_args: dict, live_server) -> dict:
    return {
        **browser_context_args,
        "base_url": live_server.url,
        "viewport": {"width": 1280, "height": 900},
        "locale": "en-GB",
        "timezone_id": "UTC",
    }


@pytest.fixture(autouse=True)
def _fresh_state(live_server, settings) -> Iterator[None]:
    """Empty outbox and cache (rate-limit counters) for every test, and the
    live server's own address for links in e-mails."""
    from django.core import mail
    from django.core.cache import cache

    settings.SITE_URL = live_server.url
    settings.ACCOUNT_DEFAULT_HTTP_PROTOCOL = "http"
    mail.outbox = []
    cache.clear()
    yield
    cache.clear()


@pytest.fixture
def page(page):
    """pytest-playwright's page, failing faster than its 30 s default."""
    page.set_default_timeout(10_000)
    return page


@pytest.fixture
def login(context, live_server) -> Callable:
    """Sign ``user`` in to the browser context by giving it a session cookie
    (the sign-up and sign-in forms themselves are covered by journey 1)."""
    from django.conf import settings
    from django.test import Client

    def _login(user) -> None:
        client = Client()
        client.force_login(user)
        cookie = client.cookies[settings.SESSION_COOKIE_NAME]
        context.clear_cookies()
        context.add_cookies([{"name": settings.SESSION_COOKIE_NAME, "value": cookie.value, "url": live_server.url}])

    return _login


@pytest.fixture
def axe_check() -> Callable:
    """Run axe-core (shipped inside axe-playwright-python, no download) on the
    page with the WCAG 2.2 A/AA rules; fail listing each violation and selector."""
    from axe_playwright_python.sync_playwright import Axe

    axe = Axe()

    def _check(page, label: str | None = None) -> None:
        page.wait_for_load_state("load")
        results = axe.run(page, options={"runOnly": {"type": "tag", "values": WCAG_TAGS}, "resultTypes": ["violations"]})
        violations = results.response.get("violations", [])
        if violations:
            pytest.fail(format_violations(label or page.url, violations), pytrace=False)

    return _check


def format_violations(label: str, violations: list[dict]) -> str:
    lines = [f"{label}: {len(violations)} accessibility rule(s) violated (axe-core, WCAG 2.2 A/AA)"]
    for violation in violations:
        lines.append(f"- {violation['id']} [{violation.get('impact')}]: {violation['help']} ({violation['helpUrl']})")
        for node in violation["nodes"]:
            target = " >> ".join(str(part) for part in node.get("target", []))
            lines.append(f"    at {target}")
            summary = (node.get("failureSummary") or "").replace("\n", " ").strip()
            if summary:
                lines.append(f"       {summary}")
    return "\n".join(lines)

