"""Dependencies point one way (DESIGN.md, "Layout"), and this test keeps them so.

Every ``import`` in a package's modules (at any depth, inside functions too,
migrations excepted) is read from the source. A package may import its own
layer and the layers below it, never one above. ``privacy`` is pure Python:
no Django and nothing else of the project.
"""

from __future__ import annotations

import ast
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]

# Lowest first. A package may import packages of its own rank or lower.
LAYERS: dict[str, int] = {
    "mscommunity.privacy": 0,
    "mscommunity.sanitizer": 0,
    "mscommunity.ratelimits": 0,
    "mscommunity.rawsql": 0,
    "mscommunity.pages": 1,
    "mscommunity.accounts": 2,
    "mscommunity.notifications": 3,
    "mscommunity.moderation": 4,
    "treatments": 5,
    "threads": 6,
    "mscommunity.search": 7,
    "mscommunity.operations": 9,
    "mscommunity.demo": 9,
}


def _owner(module: str) -> str | None:
    """The layered package a dotted module name belongs to, if any."""
    for package in sorted(LAYERS, key=len, reverse=True):
        if module == package or module.startswith(package + "."):
            return package
    return None


def _imports(path: Path) -> list[tuple[int, str]]:
    tree = ast.parse(path.read_text(encoding="utf-8"), filename=str(path))
    found: list[tuple[int, str]] = []
    for node in ast.walk(tree):
        if isinstance(node, ast.Import):
            found += [(node.lineno, alias.name) for alias in node.names]
        elif isinstance(node, ast.ImportFrom) and node.module and node.level == 0:
            found.append((node.lineno, node.module))
            # "from mscommunity import moderation" names the package in the alias
            found += [(node.lineno, f"{node.module}.{alias.name}") for alias in node.names]
    return found


def _modules(package: str, root: Path = ROOT) -> list[Path]:
    folder = root / package.replace(".", "/")
    files = [folder.with_suffix(".py")] if folder.with_suffix(".py").exists() else sorted(folder.rglob("*.py"))
    return [f for f in files if "migrations" not in f.parts]


def upward_imports(package: str, root: Path = ROOT) -> list[str]:
    """Imports from ``package`` into a package of a higher layer, as "file:line -> module"."""
    rank = LAYERS[package]
    wrong = []
    for path in _modules(package, root):
        for line, module in _imports(path):
            target = _owner(module)
            if target is not None and LAYERS[target] > rank:
                wrong.append(f"{path.relative_to(root)}:{line} -> {module}")
    return wrong


@pytest.mark.parametrize("package", sorted(LAYERS))
def test_no_package_imports_a_layer_above_it(package):
    assert upward_imports(package) == []


def test_privacy_imports_neither_django_nor_the_rest_of_the_project():
    for path in _modules("mscommunity.privacy"):
        for line, module in _imports(path):
            top = module.split(".")[0]
            assert top not in {"django", "allauth", "threads", "treatments"}, f"{path}:{line} {module}"
            assert top != "mscommunity" or module.startswith("mscommunity.privacy"), f"{path}:{line} {module}"


def test_the_checker_sees_an_upward_import(tmp_path):
    """The test can fail: an import of threads from treatments, inside a function, is reported."""
    package = tmp_path / "treatments"
    package.mkdir()
    (package / "bad.py").write_text("def f():\n    from threads.models import Article\n    return Article\n")
    assert upward_imports("treatments", tmp_path) == [
        "treatments/bad.py:2 -> threads.models", "treatments/bad.py:2 -> threads.models.Article"]
