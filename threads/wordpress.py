"""Import articles and their comment threads from a WordPress export (WXR).

The file is read as a stream (``iterparse``), one ``<item>`` at a time, so a
large export runs in bounded memory. Every comment goes through the ingest
pipeline (``services.comments_bulk_create``): scrubbed, assessed, decided.
Commenters become pseudonymous imported members who cannot sign in; their
e-mail addresses and IP addresses are read only to tell commenters apart
(through a keyed hash) and are never stored.

Contract: ``import_wxr`` runs in one transaction: a broken file raises
``WxrError`` naming the line and nothing is imported. Items already imported
(same WordPress id and site) are skipped, so a second run creates nothing.
"""

from __future__ import annotations

import hashlib
import hmac
import re
import time
import xml.etree.ElementTree as ET  # only for ParseError and Element; parsing uses defusedxml
from collections import Counter
from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import UTC, datetime
from email.utils import parsedate_to_datetime
from pathlib import Path
from typing import BinaryIO

from defusedxml.ElementTree import iterparse
from django.conf import settings
from django.contrib.auth.hashers import make_password
from django.db import transaction
from django.utils import timezone
from django.utils.text import slugify

from mscommunity.accounts.models import User
from threads.models import Article, Comment
from threads.services import ImportedComment, comments_bulk_create

WXR_NAMESPACE = re.compile(r"^https?://wordpress\.org/export/(1\.[012])/$")
ANY_WXR_NAMESPACE = re.compile(r"^https?://wordpress\.org/export/([^/]+)/$")
CONTENT_NS = "http://purl.org/rss/1.0/modules/content/"
DC_NS = "http://purl.org/dc/elements/1.1/"
EMBED_LINE = re.compile(r"^\s*(https?://\S+)\s*$", re.MULTILINE)
CAPTION = re.compile(r"\[caption[^\]]*\](.*?)\[/caption\]", re.IGNORECASE | re.DOTALL)
GALLERY = re.compile(r"\[gallery[^\]]*\]", re.IGNORECASE)
IMG_SRC = re.compile(r"""<img[^>]*\bsrc=["']([^"']+)["'][^>]*>""", re.IGNORECASE)
TAG = re.compile(r"<[^>]+>")


class WxrError(Exception):
    """The export cannot be imported; the message says why and where."""


@dataclass
class ImportSummary:
    articles: int = 0
    comments: int = 0
    personal_data_removed: int = 0
    held_for_review: int = 0
    already_imported: int = 0
    skipped: Counter = field(default_factory=Counter)

    def lines(self) -> list[str]:
        out = [
            f"articles imported: {self.articles}",
            f"comments imported: {self.comments}",
            f"personal data removed: {self.personal_data_removed}",
            f"held for review: {self.held_for_review}",
            f"already imported (skipped): {self.already_imported}",
        ]
        out += [f"skipped {kind}: {count}" for kind, count in sorted(self.skipped.items())]
        return out


def convert_shortcodes(html: str) -> str:
    """[caption] becomes a figure with its caption, [gallery] a note, a bare
    embed URL on its own line a link. Other shortcodes are removed later by
    the sanitizer."""

    def caption(match: re.Match) -> str:
        inner = match.group(1)
        src = IMG_SRC.search(inner)
        text = TAG.sub("", inner).strip()
        link = f'<p><a href="{src.group(1)}">View the image</a></p>' if src else ""
        return f"<figure>{link}<figcaption>{text}</figcaption></figure>"

    html = CAPTION.sub(caption, html)
    html = GALLERY.sub("<p>(A photo gallery in the original post was not carried over.)</p>", html)
    return EMBED_LINE.sub(lambda m: f'<p><a href="{m.group(1)}">{m.group(1)}</a></p>', html)


def _local(tag: str) -> tuple[str, str]:
    if tag.startswith("{"):
        uri, name = tag[1:].split("}", 1)
        return uri, name
    return "", tag


@dataclass
class _Item:
    fields: dict[str, str] = field(default_factory=dict)
    categories: list[str] = field(default_factory=list)
    comments: list[dict[str, str]] = field(default_factory=list)


def _read_item(element: ET.Element) -> _Item:
    item = _Item()
    for child in element:
        uri, name = _local(child.tag)
        if name == "comment" and WXR_NAMESPACE.match(uri or ""):
            item.comments.append({_local(c.tag)[1]: (c.text or "") for c in child})
        elif name == "category" and not uri:
            if child.text:
                item.categories.append(child.text.strip())
        elif uri == CONTENT_NS and name == "encoded":
            item.fields["content"] = child.text or ""
        elif uri == DC_NS and name == "creator":
            item.fields["creator"] = child.text or ""
        elif WXR_NAMESPACE.match(uri or "") or not uri:
            item.fields.setdefault(name, (child.text or "").strip())
    return item


def _date(value: str, fallback: str = "") -> datetime:
    value = (value or "").strip()
    if value and not value.startswith("0000"):
        try:
            return datetime.strptime(value, "%Y-%m-%d %H:%M:%S").replace(tzinfo=UTC)
        except ValueError:
            pass
    if fallback:
        try:
            return parsedate_to_datetime(fallback)
        except (TypeError, ValueError):
            pass
    return timezone.now()


class _Importer:
    def __init__(self, *, site: str, author_map: dict[str, str], include_held: bool,
                 progress: Callable[[ImportSummary, float], None] | None) -> None:
        self.site = site
        self.author_map = author_map
        self.include_held = include_held
        self.progress = progress
        self.summary = ImportSummary()
        self.members: dict[str, User] = {}
        self.staff: dict[str, User | None] = {}
        self.unusable_password = make_password(None)

    # --- people ----------------------------------------------------------------
    def staff_for(self, login: str) -> User | None:
        if login not in self.staff:
            username = self.author_map.get(login)
            self.staff[login] = User.objects.filter(username=username).first() if username else None
            if self.staff[login] is None:
                self.summary.skipped["article authors not mapped to staff"] += 1
        return self.staff[login]

    def member_for(self, comment: dict[str, str], when: datetime) -> User:
        """A pseudonymous imported member per commenter. The e-mail address and
        name are used only inside a keyed hash; neither is stored."""
        identity = (comment.get("comment_author_email") or "").strip().lower() or (
            (comment.get("comment_author") or "") + "|" + (comment.get("comment_author_url") or "")
        ).lower()
        digest = hmac.new(settings.SECRET_KEY.encode(), f"{self.site}|{identity}".encode(), hashlib.sha256)
        username = f"imported-{digest.hexdigest()[:10]}"
        member = self.members.get(username)
        if member is None:
            member, _ = User.objects.get_or_create(
                username=username,
                defaults={"is_imported": True, "password": self.unusable_password, "date_joined": when,
                          "email": "", "email_mode": User.EmailMode.OFF},
            )
            self.members[username] = member
        return member

    # --- items -----------------------------------------------------------------
    def import_item(self, item: _Item) -> None:
        fields = item.fields
        post_type = fields.get("post_type", "post")
        if post_type != "post":
            self.summary.skipped[{"page": "pages", "attachment": "attachments",
                                  "nav_menu_item": "menu items"}.get(post_type, f"{post_type} items")] += 1
            return
        if fields.get("status") != "publish":
            self.summary.skipped["unpublished posts"] += 1
            return
        if fields.get("post_password"):
            self.summary.skipped["password-protected posts"] += 1
            return
        post_id = fields.get("post_id", "")
        key = f"wp:{self.site}:post:{post_id}"
        if Article.objects.filter(import_key=key).exists():
            self.summary.already_imported += 1
            return
        title = fields.get("title", "").strip() or f"Untitled post {post_id}"
        slug = slugify(fields.get("post_name") or title)[:180] or f"post-{post_id}"
        if Article.objects.filter(slug=slug).exists():
            slug = f"{slug[:170]}-{post_id}"
        published = _date(fields.get("post_date_gmt", ""), fields.get("pubDate", ""))
        article = Article.objects.create(
            slug=slug, title=title[:200], summary=TAG.sub("", fields.get("excerpt", ""))[:500],
            body=convert_shortcodes(fields.get("content", "")), status=Article.Status.PUBLISHED,
            published_at=published, author=self.staff_for(fields.get("creator", "")),
            comments_open=fields.get("comment_status", "open") == "open",
            import_key=key, tags=", ".join(dict.fromkeys(item.categories))[:500],
        )
        self.summary.articles += 1
        self.import_comments(article, item.comments)

    def import_comments(self, article: Article, comments: list[dict[str, str]]) -> None:
        chosen: dict[str, dict[str, str]] = {}
        for comment in comments:
            kind = comment.get("comment_type", "") or "comment"
            approved = comment.get("comment_approved", "1")
            if kind in {"pingback", "trackback"}:
                self.summary.skipped[f"{kind}s"] += 1
            elif approved == "spam":
                self.summary.skipped["spam comments"] += 1
            elif approved == "trash":
                self.summary.skipped["deleted comments"] += 1
            elif approved != "1" and not self.include_held:
                self.summary.skipped["unapproved comments"] += 1
            else:
                chosen[comment.get("comment_id", "")] = comment
        depth: dict[str, int] = {}

        def depth_of(comment_id: str, seen: frozenset = frozenset()) -> int:
            if comment_id in depth:
                return depth[comment_id]
            parent = chosen[comment_id].get("comment_parent", "0")
            if parent in ("", "0") or parent not in chosen or parent in seen:
                value = 0 if parent in ("", "0") else -1  # -1: its parent was skipped
            else:
                parent_depth = depth_of(parent, seen | {comment_id})
                value = -1 if parent_depth < 0 else parent_depth + 1
            depth[comment_id] = value
            return value

        ordered = sorted(
            (c for c in chosen if depth_of(c) >= 0),
            key=lambda c: (depth[c], chosen[c].get("comment_date_gmt", ""), int(c) if c.isdigit() else 0),
        )
        self.summary.skipped["replies to skipped comments"] += sum(1 for c in chosen if depth[c] < 0)
        items = []
        for comment_id in ordered:
            comment = chosen[comment_id]
            key = f"wp:{self.site}:comment:{comment_id}"
            when = _date(comment.get("comment_date_gmt", ""))
            parent = comment.get("comment_parent", "0")
            items.append(ImportedComment(
                key=comment_id, parent_key=None if parent in ("", "0") else parent,
                author=self.member_for(comment, when), text=comment.get("comment_content", ""),
                created_at=when, author_names=tuple(filter(None, [comment.get("comment_author", "").strip()])),
                hold_reason=("imported_unapproved", "it was waiting for approval on the old site")
                if comment.get("comment_approved") != "1" else None,
                import_key=key,
            ))
        existing = set(Comment.objects.filter(import_key__in=[i.import_key for i in items])
                       .values_list("import_key", flat=True))
        if existing:
            self.summary.already_imported += len(existing)
            items = [i for i in items if i.import_key not in existing]
        result = comments_bulk_create(article=article, items=items)
        self.summary.comments += result.stored
        self.summary.personal_data_removed += result.personal_data_removed
        self.summary.held_for_review += result.held
        if result.invalid:
            self.summary.skipped["empty comments"] += result.invalid
        if result.orphaned:
            self.summary.skipped["replies to skipped comments"] += result.orphaned


def import_wxr(
    source: Path | BinaryIO,
    *,
    author_map: dict[str, str] | None = None,
    include_held: bool = False,
    dry_run: bool = False,
    progress: Callable[[ImportSummary, float], None] | None = None,
) -> ImportSummary:
    """Import ``source`` (a path or a binary file). See the module docstring."""
    stream = open(source, "rb") if isinstance(source, Path) else source  # noqa: SIM115 - closed below
    total = Path(source).stat().st_size if isinstance(source, Path) else 0
    importer = None
    try:
        with transaction.atomic():
            version = None
            site = ""
            root = None
            last_report = time.monotonic()
            for event, payload in iterparse(stream, events=("start-ns", "start", "end")):
                if event == "start-ns":
                    _, uri = payload
                    match = ANY_WXR_NAMESPACE.match(uri)
                    if match:
                        if not WXR_NAMESPACE.match(uri):
                            raise WxrError(f"This is WordPress export version {match.group(1)}, which this "
                                           "importer does not know (it reads versions 1.0, 1.1 and 1.2).")
                        version = match.group(1)
                    continue
                element = payload
                uri, name = _local(element.tag)
                if event == "start":
                    if root is None:
                        root = element
                    continue
                if name == "base_site_url" and WXR_NAMESPACE.match(uri):
                    site = re.sub(r"^https?://", "", (element.text or "").strip()).rstrip("/")
                elif name == "item" and not uri:
                    if version is None:
                        raise WxrError("This file is not a WordPress export (no WXR namespace).")
                    if importer is None:
                        importer = _Importer(site=site or "wordpress", author_map=author_map or {},
                                             include_held=include_held, progress=progress)
                    importer.import_item(_read_item(element))
                    element.clear()
                    if root is not None:
                        for child in list(root):
                            if _local(child.tag)[1] == "channel":
                                for old in [c for c in child if _local(c.tag)[1] == "item"]:
                                    child.remove(old)
                    if progress and time.monotonic() - last_report > 1:
                        last_report = time.monotonic()
                        progress(importer.summary, stream.tell() / total if total else 0.0)
            if version is None:
                raise WxrError("This file is not a WordPress export (no WXR namespace).")
            if importer is None:
                importer = _Importer(site=site, author_map={}, include_held=include_held, progress=progress)
            if dry_run:
                transaction.set_rollback(True)
    except ET.ParseError as error:  # defusedxml raises the stdlib's ParseError for broken XML
        line, column = error.position
        raise WxrError(f"The file is not well-formed XML at line {line}, column {column} "
                       f"({str(error).split(':')[0]}). Nothing was imported.") from None
    finally:
        if isinstance(source, Path):
            stream.close()
    return importer.summary
