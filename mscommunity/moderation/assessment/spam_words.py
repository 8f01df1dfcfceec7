"""The word families the comment-box promotion readers use (:mod:`.spam_promo`).

Pure Python, data only. :class:`Vocabulary` holds the families of the
``[vocabulary]`` table of ``cues/spam.toml`` (:func:`load_vocabulary` reads it;
a missing family raises ``KeyError``, so the module fails closed at import).
:data:`VOCAB` is the loaded table; the small closed word sets below it
(subjects, negations, particles, platforms ...) are grammar, not vocabulary.
"""

from __future__ import annotations

import tomllib
from dataclasses import dataclass

from mscommunity.moderation.assessment.cues import CUES_DIR


@dataclass(frozen=True, slots=True)
class Vocabulary:
    """The word families of ``cues/spam.toml`` (see its ``[vocabulary]`` table)."""

    own: frozenset[str]
    associates: frozenset[str]
    things_strong: frozenset[str]
    things: frozenset[str]
    creations: frozenset[str]
    fresh: frozenset[str]
    creators: frozenset[str]
    businesses: frozenset[str]
    produce: frozenset[str]
    cta: frozenset[str]
    cta_me: frozenset[str]
    cta_inflected: frozenset[str]
    fillers: frozenset[str]
    pointers: frozenset[str]
    growth: frozenset[str]
    growth_asks: frozenset[str]
    fuzzy: frozenset[str]
    variants: dict[str, str]

    @property
    def known(self) -> frozenset[str]:
        """Every word of every family (never bent to a fuzzy neighbour)."""
        return frozenset().union(
            self.own, self.associates, self.things_strong, self.things, self.creations, self.fresh, self.creators, self.businesses, self.produce, self.cta,
            self.cta_inflected, self.fillers, self.pointers, self.growth, self.growth_asks, self.fuzzy,
            self.variants, self.variants.values(),
        )


def load_vocabulary(path=CUES_DIR / "spam.toml") -> Vocabulary:
    """Read the ``[vocabulary]`` table; a missing family raises ``KeyError`` (fail closed)."""
    with path.open("rb") as handle:
        table = tomllib.load(handle)["vocabulary"]
    sets = {name: frozenset(w.lower() for w in table[name]) for name in Vocabulary.__slots__ if name != "variants"}
    return Vocabulary(**sets, variants={k.lower(): v.lower() for k, v in table["variants"].items()})


VOCAB = load_vocabulary()
_KNOWN = VOCAB.known
THINGS = VOCAB.things | VOCAB.things_strong
MADE = VOCAB.things_strong | VOCAB.creations
# A call to action aimed at these is a forum member pointing at their own earlier words, not promotion.
_SELF_REFERENCE = frozenset({"post", "posts", "comment", "comments", "story", "stories", "profile", "bio",
                             "description", "reply", "question", "thread"})
_READING = frozenset({"see", "read", "look", "check", "view"})
_SUBJECTS = frozenset({"i", "we", "he", "she", "they", "who", "people", "i'll", "we'll", "they'll", "i'd",
                       "i've", "we've", "i'm", "we're", "they're", "he's", "she's", "it", "mum", "mom", "dad",
                       "nobody"})
_ADVERBS = frozenset({"never", "always", "also", "just", "really", "all", "often", "sometimes", "still", "usually",
                      "even", "only", "actually", "then", "finally", "recently", "now", "already", "not"})
_NEGATIONS = frozenset({"not", "never", "don't", "dont", "didn't", "didnt", "doesn't", "won't", "can't", "cant",
                        "cannot", "shouldn't", "wouldn't", "no"})
_PARTICLES = frozenset({"out", "to", "at", "on", "by", "for", "in", "into", "over", "up", "a", "an", "some",
                        "more", "of", "through", "around", "with"})
_OTHERS = frozenset({"your", "his", "her", "their", "its", "the", "this", "these", "those", "that", "ur"})
_PREPOSITIONS = frozenset({"of", "to", "for", "like", "with", "than", "about", "from", "at", "in", "on", "by",
                           "fan", "fans", "not", "no", "big", "huge"})
_FIRST_SINGULAR = frozenset({"i", "i'm", "me", "my", "i've", "mine", "i'll", "i'd"})
_FIRST_PERSON = _FIRST_SINGULAR | frozenset({"we", "we're", "we've", "our", "us"})
_SUBJECT_SELF = frozenset({"i", "we", "i'm", "i've", "we've", "we're", "i'll", "we'll"})
_BE_CREATOR = frozenset({"i'm", "we're"})
_HAVE = frozenset({"have", "got"})
_LOCATIONS = frozenset({"channel", "page", "profile", "bio", "description", "soundcloud", "instagram", "youtube",
                        "twitch", "tiktok", "spotify", "blog", "website", "site", "account", "facebook", "twitter",
                        "bandcamp", "patreon", "fanpage"})
_PLATFORMS = frozenset({"youtube", "twitch", "tiktok", "instagram", "soundcloud", "spotify", "bandcamp", "patreon",
                        "platforms", "itunes", "apple", "deezer", "snapchat", "facebook", "twitter", "everywhere"})
_MEMBER_OF = frozenset({"band", "group", "crew", "duo", "trio", "team", "choir", "label"})
_RELEASED = frozenset({"out", "up", "live", "available", "dropping", "dropped", "released"})
_LIFE = frozenset({"story", "journey", "experience", "diary", "life", "ms"})
_FINDING = frozenset({"search", "google", "find"})
