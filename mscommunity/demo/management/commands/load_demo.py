"""Load the invented demo content. Idempotent: a second run changes nothing."""

from __future__ import annotations

from datetime import timedelta
from decimal import Decimal

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
from treatments.models import Clinic, ExperienceReport, Treatment


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
        created_reports = self._treatments(members)
        self.stdout.write(f"Demo content ready ({created_articles} new article(s), {created_reports} new report(s)).")
        if settings.DEBUG:
            self.stdout.write(f"Demo logins (password for each: {content.DEMO_PASSWORD}):")
            for username, _, role in content.USERS:
                self.stdout.write(f"  {role:<10} {username}")

    def _treatments(self, members: dict[str, User]) -> int:
        """Clinics, evidence links and reports, filed and approved through the real
        services and queue. A member's report on a treatment is created once."""
        from mscommunity.moderation.models import ModerationCase
        from mscommunity.moderation.services import case_decide
        from treatments import services as treatment_services

        clinics = {}
        for spec in content.CLINICS:
            clinic, created = Clinic.objects.get_or_create(
                name=spec["name"], city=spec["city"],
                defaults={"country": spec["country"], "status": Clinic.Status.APPROVED,
                          "slug": f"{spec['name']}-{spec['city']}".lower().replace(" ", "-")},
            )
            if created:
                clinic.treatments.set(Treatment.objects.filter(slug__in=spec["treatments"]))
            clinics[spec["name"]] = clinic
        for article_slug, slugs in content.EVIDENCE.items():
            article = Article.objects.filter(slug=article_slug).first()
            if article is not None:
                article.related_treatments.add(*Treatment.objects.filter(slug__in=slugs))

        moderator = User.objects.get(username="mod_anna")
        people = {**members, **{name: _user(name, f"{name}@example.com") for name in content.REPORTERS}}
        created = 0
        for username, slug, answers, story, approved in content.REPORTS:
            author = people[username]
            treatment = Treatment.objects.get(slug=slug)
            if ExperienceReport.objects.filter(author=author, treatment=treatment).exists():
                continue
            fields = dict(answers)
            clinic_name = fields.pop("clinic", None)
            for key in ("edss_before", "edss_after"):
                if key in fields:
                    fields[key] = Decimal(fields[key])
            result = treatment_services.report_create(
                author=author,
                answers=treatment_services.ReportAnswers(
                    treatment=treatment, clinic=clinics.get(clinic_name) if clinic_name else None, **fields
                ),
                story=story,
            )
            created += 1
            if approved:
                case = ModerationCase.objects.filter(
                    object_id=result.report.pk, content_type__model="experiencereport"
                ).exclude(status=ModerationCase.Status.DECIDED).get()
                case_decide(case=case, moderator=moderator, decision=ModerationCase.Decision.APPROVED)
        return created
