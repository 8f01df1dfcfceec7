"""The hostile-input corpus and a checker for rendered HTML."""

from __future__ import annotations

from html.parser import HTMLParser
from pathlib import Path

CORPUS_FILE = Path(__file__).resolve().parents[1] / "data" / "hostile_inputs.txt"
SAFE_SCHEMES = ("http://", "https://", "mailto:", "/", "#", "?")


def corpus() -> list[str]:
    lines = CORPUS_FILE.read_text(encoding="utf-8").splitlines()
    return [line.replace("\\n", "\n") for line in lines if line and not line.startswith("#")]


class _Elements(HTMLParser):
    def __init__(self, forbidden: set[str]) -> None:
        super().__init__(convert_charrefs=True)
        self.problems: list[str] = []
        self.forbidden = forbidden

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        if tag in self.forbidden:
            self.problems.append(f"<{tag}>")
        for name, value in attrs:
            if name.startswith("on"):
                self.problems.append(f"{tag} {name}=")
            if name == "style":
                self.problems.append(f"{tag} style=")
            if name in {"href", "src", "action", "formaction", "background", "data"} and value is not None:
                cleaned = "".join(value.split()).lower()
                if not cleaned.startswith(SAFE_SCHEMES):
                    self.problems.append(f"{tag} {name}={value!r}")


FORBIDDEN = {"script", "iframe", "object", "embed", "style", "base", "meta", "link", "form", "svg", "math"}


def unsafe_parts(markup: str, *, page: bool = False) -> list[str]:
    """Every script, event handler, style injection or unsafe URL in ``markup``.
    ``page``: a whole page section, where our own forms are expected."""
    parser = _Elements(FORBIDDEN - {"form"} if page else FORBIDDEN)
    parser.feed(markup)
    parser.close()
    return parser.problems
