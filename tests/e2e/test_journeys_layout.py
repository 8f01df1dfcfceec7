"""Journey 10: the home, article and treatment pages on a 360 px phone, at 200%
zoom and at 400% zoom of a 1280 px window (a 640 and a 320 CSS px viewport):
no sideways scrolling of the text. Screenshots of each go to test-results/
(``make screenshots``: docs/screenshots/)."""

from __future__ import annotations

import os
from pathlib import Path

import pytest
from django.core.management import call_command

from tests.conftest import make_article
from tests.e2e.helpers import make_report

pytestmark = [pytest.mark.e2e, pytest.mark.django_db(transaction=True, serialized_rollback=True)]

# Browser zoom is a narrower CSS viewport: 200% of a 1280 x 900 window lays the
# page out in 640 x 450 CSS px, 400% in 320 x 225. (The screenshots keep one
# device pixel per CSS pixel, so they stay small; the layout is the same.)
VIEWS = {
    "360px": {"width": 360, "height": 780},
    "zoom-200": {"width": 640, "height": 450},
    "zoom-400": {"width": 320, "height": 225},
}
SCREENSHOT_VIEWS = {"360px", "zoom-200"}


def _pages() -> dict[str, str]:
    for n in range(3):
        make_article(f"news-{n}", title=f"Invented research news number {n + 1} about fatigue and heat")
    call_command("seed_thread", comments=14, slug="stem-cell-trial", stdout=open(os.devnull, "w"))  # noqa: SIM115
    for _ in range(5):
        make_report("ahsct")
    return {"home": "/", "article": "/articles/stem-cell-trial/", "treatment": "/treatments/ahsct/"}


def _view(name: str, size: dict):
    phone = {"is_mobile": True, "has_touch": True} if name == "360px" else {}
    return pytest.param(name, marks=pytest.mark.browser_context_args(viewport=size, **phone), id=name)


@pytest.mark.parametrize("view", [_view(name, size) for name, size in VIEWS.items()])
def test_10_narrow_and_zoomed_pages_do_not_scroll_sideways(view, page):
    width = VIEWS[view]["width"]  # a phone's layout viewport may grow to fit content: measure against this
    paths = _pages()
    out = Path(os.environ.get("E2E_SCREENSHOTS") or Path("test-results") / "layout")
    out.mkdir(parents=True, exist_ok=True)
    for name, path in paths.items():
        assert page.goto(path).ok
        widths = page.evaluate("""(width) => ({
            scroll: document.documentElement.scrollWidth, inner: window.innerWidth,
            wide: [...document.querySelectorAll('body *')]
              .filter(el => el.getBoundingClientRect().right > width + 1)
              .slice(0, 5).map(el => el.tagName.toLowerCase() + (el.className ? '.' + el.className : ''))})""", width)
        if view in SCREENSHOT_VIEWS:
            page.screenshot(path=str(out / f"layout-{name}-{view}.png"), full_page=True)
        assert max(widths["scroll"], widths["inner"]) <= width, (
            f"{name} at {view}: the page scrolls sideways ({widths['scroll']} > {width} CSS px); "
            f"too wide: {widths['wide']}")
