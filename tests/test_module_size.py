"""Modules stay small in the safety code (issue 15), and this test keeps them so.

Every ``.py`` file under ``mscommunity/moderation`` and ``mscommunity/privacy``
(migrations excepted, at any depth: ``assessment/`` included) has at most
:data:`MAX_LINES` lines. An oversized module is split along its seams into
modules named for their role, each with a docstring that states its contract.
"""

from __future__ import annotations

from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
PACKAGES = (ROOT / "mscommunity" / "moderation", ROOT / "mscommunity" / "privacy")
MAX_LINES = 400


def _modules() -> list[Path]:
    return sorted(
        path for package in PACKAGES for path in package.rglob("*.py")
        if "migrations" not in path.relative_to(package).parts
    )


def _lines(path: Path) -> int:
    return len(path.read_text(encoding="utf-8").splitlines())


def test_the_safety_packages_hold_modules() -> None:
    """The walk finds the packages (a moved package must not make the size test pass empty)."""
    names = {path.name for path in _modules()}
    assert {"pipeline.py", "names.py", "engine.py"} <= names


def test_no_module_in_moderation_or_privacy_is_over_400_lines() -> None:
    over = [
        f"{path.relative_to(ROOT)}: {n} lines"
        for path in _modules() if (n := _lines(path)) > MAX_LINES
    ]
    assert not over, f"modules over {MAX_LINES} lines (split them along their seams):\n" + "\n".join(over)
