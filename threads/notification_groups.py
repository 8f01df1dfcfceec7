"""How notifications about an article's conversation are grouped and shown
("5 new comments in “Title”", with a snippet of the latest public comment).
Registered with ``mscommunity.notifications.groups`` in ``ThreadsConfig.ready``."""

from __future__ import annotations

from collections.abc import Hashable, Mapping

from django.db.models.functions import Substr

from mscommunity.notifications import groups
from mscommunity.notifications.services import About
from threads.models import Article, Comment

PREFIX = "article"


def about(article: Article, comment: Comment | None = None) -> About:
    """The ``about`` of a notification on ``article``'s conversation."""
    return About(group_key=groups.key(PREFIX, article.pk), title=article.title,
                 source_id=comment.pk if comment is not None else None)


def summary(count: int, title: str, replies: int) -> str:
    text = f"{count} new comments in “{title}”"
    if replies == count:
        return f"{count} replies to you in “{title}”"
    if replies:
        text += f", {replies} of them {'a reply' if replies == 1 else 'replies'} to you"
    return text


def snippets(candidates: Mapping[Hashable, list[int]]) -> dict[Hashable, str]:
    """For each group, the start of its latest comment that is still public
    (published, in a published article), from the stored text, which the
    pipeline has already scrubbed of personal data. One query for all groups."""
    ids = {pk for pks in candidates.values() for pk in pks}
    public = dict(
        Comment.objects.filter(pk__in=ids, status=Comment.Status.PUBLISHED, article__in=Article.objects.published())
        .annotate(start=Substr("body", 1, groups.SNIPPET_CHARS * 2)).values_list("pk", "start")
    )
    found = {}
    for group, pks in candidates.items():
        shown = [pk for pk in pks if pk in public]
        if shown:
            found[group] = groups.shorten(public[max(shown)])
    return found


KIND = groups.GroupKind(summary=summary, personal_kinds=frozenset({"reply"}), snippets=snippets)
