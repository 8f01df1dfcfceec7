"""Load the invented demo content. Idempotent: a second run changes nothing."""

from __future__ import annotations

from datetime import timedelta

from allauth.account.models import EmailAddress
from django.conf import settings
from django.contrib.auth.models import Group
from django.core.management.base import BaseCommand
from django.db import transaction
from django.utils import timezone

from mscommunity.accounts.models import User
from mscommunity.accounts.policy import EDITORS_GROUP, MODERATORS_GROUP
from mscommunity.demo import content
from threads.models import Article
from threads.services import ImportedComment, comments_bulk_create


def _user(username: str, email: str, role: str = "member") -> User:
    user, created = User.objects.get_or_create(username=username, defaults={"email": email})
    if created:
        user.set_password(content.DEMO_PASSWORD)
        user.is_staff = role in {"moderator", "editor"}
        user.save()
        EmailAddress.objects.create(user=user, email=email, verified=True, primary=True)
        if role == "moderator":
            user.groups.add(Group.objects.get(name=MODERATORS_GROUP))
        elif role == "editor":
            user.groups.add(Group.objects.get(name=EDITORS_GROUP))
    return user


class Command(BaseCommand):
    help = "Load invented demo articles, members and comments (safe to run again)."

    @transaction.atomic
    def handle(self, *args, **options) -> None:
        for username, email, role in content.USERS:
            _user(username, email, role)
        members = {name: _user(name, f"{name}@example.com") for name in content.COMMENTERS}
        editor = User.objects.get(username="editor_sam")
        now = timezone.now()
        created_articles = 0
        for spec in content.ARTICLES:
            if Article.objects.filter(slug=spec["slug"]).exists():
                continue
            published = now - timedelta(days=spec["days_ago"])
            article = Article.objects.create(
                slug=spec["slug"], title=spec["title"], summary=spec["summary"], body=spec["body"],
                status=Article.Status.PUBLISHED, published_at=published, author=editor,
            )
            items = [
                ImportedComment(
                    key=str(index),
                    parent_key=str(parent) if parent is not None else None,
                    author=members[author],
                    text=text,
                    created_at=published + timedelta(hours=index + 1),
                )
                for index, (author, parent, text) in enumerate(spec["comments"])
            ]
            comments_bulk_create(article=article, items=items)
            created_articles += 1
        self.stdout.write(f"Demo content ready ({created_articles} new article(s)).")
        if settings.DEBUG:
            self.stdout.write(f"Demo logins (password for each: {content.DEMO_PASSWORD}):")
            for username, _, role in content.USERS:
                self.stdout.write(f"  {role:<10} {username}")
