"""Snapshot every scrub() result on the repository's texts, to check a speed change keeps them all.

Run from the repository root (no Django needed):

    .venv/bin/python bench/scrub_snapshot.py --write /tmp/scrub_before.json   # today's code
    .venv/bin/python bench/scrub_snapshot.py --check /tmp/scrub_before.json   # after a change

The texts: every ``tests/data/*.jsonl`` text (``text`` or the plain text of ``marked``), the
hostile inputs, and the tunable blind batches (``tests/data/blind/<kind>/batch*.jsonl`` that
``bench/_blind.py`` does not call sealed: those are never opened here).  Each text is scrubbed as written and in
variants that take other code paths: lower case, upper case, a prefix whose lower-casing changes the
length (the slow exact paths), two texts run together, the scrub options (``known_names``,
``never_names``, ``member_names``), and the 20,000-character post of ``bench/scrub_bench.py``.
``--check`` prints the first differences and exits 1 if any result changed.
"""

from __future__ import annotations

import json
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "tests" / "privacy"))
sys.path.insert(0, str(ROOT / "bench"))

from _blind import is_sealed  # noqa: E402
from pii_devset import parse  # noqa: E402

from mscommunity.privacy import ScrubError, scrub  # noqa: E402

DATA = ROOT / "tests" / "data"
OPTIONS = {
    "known_names": ("sam_k", "Maggie Jones", "wobbly_walker2"),
    "never_names": ("Ocrevus", "Kesimpta", "Smith", "Grace", "Mavenclad", "LDN", "Jo"),
    "member_names": ("wobbly_walker", "MaggieMay", "Terry", "jackie"),
}


def texts() -> list[tuple[str, str]]:
    """(label, text) for every source text, in a fixed order."""
    out: list[tuple[str, str]] = []
    files = sorted(DATA.glob("*.jsonl")) + sorted(
        p for p in (DATA / "blind").glob("*/batch*.jsonl") if not is_sealed(p.parent.name, p.stem))
    for path in files:
        rel = path.relative_to(DATA).as_posix()
        for n, line in enumerate(path.read_text(encoding="utf-8").splitlines()):
            if not line.strip():
                continue
            d = json.loads(line)
            text = d["text"] if "text" in d else parse(d["marked"])[0]
            out.append((f"{rel}:{n}", text))
    for n, line in enumerate((DATA / "hostile_inputs.txt").read_text(encoding="utf-8").splitlines()):
        if line and not line.startswith("#"):
            out.append((f"hostile:{n}", line.replace("\\n", "\n")))
    return out


def cases() -> list[tuple[str, str, dict]]:
    base = texts()
    out: list[tuple[str, str, dict]] = []
    for label, text in base:
        out.append((label, text, {}))
        out.append((label + ":lower", text.lower(), {}))
        out.append((label + ":upper", text.upper(), {}))
        out.append((label + ":len", "\u0130 " + text, {}))  # "İ" lower-cases to two characters
        out.append((label + ":opts", text, OPTIONS))
    for i in range(0, len(base) - 1, 2):
        out.append((f"{base[i][0]}+next", base[i][1] + "\n\n" + base[i + 1][1], {}))
    joined, n = [], 0
    for _, text in base:
        joined.append(text)
        n += len(text) + 2
        if n > 20_000:
            break
    post = "\n\n".join(joined)[:20_000]
    out.append(("long", post, {}))
    out.append(("long:lower", post.lower(), {}))
    out.append(("long:opts", post, OPTIONS))
    return out


def run() -> dict[str, list]:
    results: dict[str, list] = {}
    for label, text, opts in cases():
        try:
            s = scrub(text, **opts)
            results[label] = [s.text, [[r.type, r.start, r.end, r.confidence] for r in s.redactions]]
        except ScrubError as error:
            results[label] = ["ScrubError", error.detector, error.error_type]
    return results


def main() -> int:
    if len(sys.argv) != 3 or sys.argv[1] not in ("--write", "--check"):
        print(__doc__)
        return 2
    results = run()
    path = Path(sys.argv[2])
    if sys.argv[1] == "--write":
        path.write_text(json.dumps(results, ensure_ascii=False, indent=0), encoding="utf-8")
        print(f"{len(results)} results written to {path}")
        return 0
    before = json.loads(path.read_text(encoding="utf-8"))
    changed = [k for k in before if before[k] != results.get(k)] + [k for k in results if k not in before]
    for k in changed[:10]:
        print(f"CHANGED {k}\n  before: {before.get(k)}\n  after:  {results.get(k)}")
    print(f"{len(results)} results, {len(changed)} changed")
    return 1 if changed else 0


if __name__ == "__main__":
    raise SystemExit(main())
