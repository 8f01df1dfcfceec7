"""Generic praise ("great post, you gained a new reader"): held at most, never rejected on its own.

Pure Python. :func:`guard_praise` runs last in :func:`.spam_weighing.weigh_spam`. Praise
that would fit under any blog is likely spam, but a real reader thanks an
author in the same words, so:

* the cues naming "your post / your site" count once on the same words (the
  strongest): "your site" is one piece of evidence however many cues read it;
* praise beside a detail of the writer's own care or work ("my OT recommended
  your site", "so I can send it to my employer") weighs as in a personal story
  (:data:`.spam_weighing.NARRATIVE_FACTOR`): a template does not know the writer's OT;
* praise alone (no link, offer, promotion or other spam evidence) weighs at most
  :data:`PRAISE_CAP` together: a moderator reads it; it is never rejected,
  not even as a new account's first post (policy: ``spam >= 0.8 and new_member ...``).
"""

from __future__ import annotations

from mscommunity.moderation.assessment.document import Document, rx
from mscommunity.moderation.assessment.hits import Hit
from mscommunity.moderation.assessment.result import SPAM

PRAISE: frozenset[str] = frozenset({
    "praise", "your_blog", "bookmarked", "keep_it_up", "thanks_for_sharing", "generic_comment",
    "generic_comment_repeated", "own_post_question", "addresses_admin",
})
"""The cues of praise and talk about "your post" that would fit under any post
(``gained_a_new_reader`` is not one: that template is certain spam on its own)."""
_ABOUT_POST = frozenset({"your_blog", "generic_comment", "generic_comment_repeated"})
"""Cues that read the words naming "your post / your site": on the same words they count once
(praise of it, "lovely article", is other evidence and still counts)."""
PRAISE_CAP = 0.75
"""The most praise alone weighs (noisy OR of its hits): held, below every reject row."""

# Someone in the writer's own care or work: "my OT", "my employer" (not "my friends": templates share with them).
_OWN_DETAIL_RE = rx(
    r"\bmy\s+(?:ot|ots|occupational\s+therapist|nurse|neuro\w*|doctor|gp|consultant|physio\w*|employer|boss|manager|"
    r"line\s+manager|colleagues?|carer|therapist|counsell?or|ms\s+(?:team|nurse)|care\s+team|hr|union\s+rep)\b"
)


def guard_praise(doc: Document, hits: list[Hit], factor: float) -> list[Hit]:
    """``hits`` with overlapping praise cues counted once, scaled by ``factor`` beside the writer's
    own care or work, and capped at :data:`PRAISE_CAP` when nothing but praise weighs (see the module docstring)."""
    praise = [i for i, h in enumerate(hits) if h.label == SPAM and h.cue in PRAISE and h.weight > 0.0]
    if not praise:
        return hits
    hits = list(hits)
    kept: list[Hit] = []
    for i in sorted(praise, key=lambda k: -hits[k].weight):  # "your site" is one piece of evidence
        h = hits[i]
        if h.cue in _ABOUT_POST and any(h.start < k.end and k.start < h.end for k in kept):
            hits[i] = h._replace(weight=0.0)
        elif h.cue in _ABOUT_POST:
            kept.append(h)
    praise = [i for i in praise if hits[i].weight > 0.0]
    if _OWN_DETAIL_RE.search(doc.text):
        for i in praise:
            hits[i] = hits[i]._replace(weight=hits[i].weight * factor)
    if any(h.label == SPAM and h.cue not in PRAISE and h.weight > 0.0 for h in hits):
        return hits
    keep = 1.0  # 1 - the praise so far
    for i in sorted(praise, key=lambda k: -hits[k].weight):
        w = min(hits[i].weight, max(0.0, 1.0 - (1.0 - PRAISE_CAP) / keep))
        hits[i] = hits[i]._replace(weight=w)
        keep *= 1.0 - w
    return hits
