"""The Nu HTML Checker (vnu.jar, the W3C validator's engine) run over rendered pages.

The checker is the npm package ``vnu-jar`` (a Java program, nothing more),
installed into ``.tools/`` by ``make vnu`` (which ``.ci/run`` calls), and run
with Debian's headless Java. ``$VNU_JAR`` points at another copy.

Without Java or the jar the validator tests skip with a reason, except under
CI (``CI=true``) or with ``HTML_VALIDATOR_REQUIRED=1``, where they fail: a CI
that silently validated nothing would let errors in.
"""

from __future__ import annotations

import json
import os
import shutil
import subprocess
from dataclasses import dataclass
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]
DEFAULT_JAR = ROOT / ".tools" / "node_modules" / "vnu-jar" / "build" / "dist" / "vnu.jar"


def _env_true(name: str) -> bool:
    return os.environ.get(name, "").strip().lower() in {"1", "true", "yes", "on"}


REQUIRED = _env_true("CI") or _env_true("HTML_VALIDATOR_REQUIRED")


@dataclass(frozen=True)
class Problem:
    file: str
    line: int
    message: str
    extract: str

    def __str__(self) -> str:
        return f"{self.file}:{self.line}: {self.message}\n      {self.extract.strip()}"


def command() -> list[str] | None:
    """The command that runs the checker, or None when Java or the jar is missing."""
    jar = Path(os.environ.get("VNU_JAR") or DEFAULT_JAR)
    java = shutil.which("java")
    if java is None or not jar.is_file():
        return None
    return [java, "-Xss4m", "-jar", str(jar)]


def require() -> list[str]:
    """The checker's command; skips the test without it, or fails it under CI."""
    found = command()
    if found is None:
        reason = ("no HTML validator: needs `java` (apt-get install -y default-jre-headless) and vnu.jar "
                  f"at {os.environ.get('VNU_JAR') or DEFAULT_JAR} (`make vnu`)")
        if REQUIRED:
            pytest.fail(f"HTML validation required (CI or HTML_VALIDATOR_REQUIRED) but {reason}", pytrace=False)
        pytest.skip(reason)
    return found


def validate(files: list[Path]) -> dict[str, list[Problem]]:
    """Validate ``files`` in one run of the checker. Returns each file's name
    mapped to its errors (warnings and info are left out); a file without
    errors maps to an empty list."""
    args = [*require(), "--format", "json", "--errors-only", "--exit-zero-always", *map(str, files)]
    done = subprocess.run(args, capture_output=True, text=True, timeout=600, check=False)
    try:
        report = json.loads(done.stderr or done.stdout)
    except json.JSONDecodeError:
        pytest.fail(f"the HTML validator did not answer with JSON (exit {done.returncode}):\n"
                    f"{(done.stderr or done.stdout)[:2000]}", pytrace=False)
    problems: dict[str, list[Problem]] = {f.name: [] for f in files}
    for message in report.get("messages", []):
        if message.get("type") not in {"error", "non-document-error"}:
            continue  # warnings and info
        name = Path(message.get("url", "").removeprefix("file:")).name
        problems.setdefault(name, []).append(Problem(
            file=name, line=message.get("lastLine", 0), message=message.get("message", ""),
            extract=message.get("extract", ""),
        ))
    return problems
