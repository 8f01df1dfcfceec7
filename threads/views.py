"""Thin views: read through selectors, write through services."""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import datetime, timedelta

from django.conf import settings
from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.core.cache import cache
from django.core.exceptions import PermissionDenied, ValidationError
from django.core.paginator import Paginator
from django.http import Http404, HttpRequest, HttpResponse
from django.middleware.csrf import get_token
from django.shortcuts import redirect, render
from django.urls import reverse
from django.utils import timezone
from django.utils.html import format_html
from django.utils.http import urlencode
from django.views.decorators.http import require_http_methods, require_safe

from mscommunity.accounts.policy import can_post, is_moderator, posting_refusal
from mscommunity.moderation import pipeline
from mscommunity.moderation import services as moderation_services
from mscommunity.notifications import services as notification_services
from mscommunity.pages.selectors import crisis_resources
from mscommunity.ratelimits import rate_limited
from threads import feedback, rendering, selectors, services
from threads.blank_form import blank_comment_form
from threads.forms import CommentForm, FlagForm, RemoveForm
from threads.models import Article, Comment, Reaction
from treatments.selectors import report_invitation_url


def _article_or_404(request: HttpRequest, slug: str) -> Article:
    article = selectors.article_for_reader(slug=slug, viewer=request.user)
    if article is None:
        raise Http404("No such article")
    return article


@require_safe
def home(request: HttpRequest) -> HttpResponse:
    page = Paginator(selectors.published_articles(), settings.ARTICLES_PAGE_SIZE).get_page(request.GET.get("page"))
    return render(request, "threads/home.html", {"page": page})


def _thread_article_or_404(request: HttpRequest, slug: str) -> Article:
    """The article with the reader's own state (see ``selectors.article_for_thread_page``)."""
    article = selectors.article_for_thread_page(slug=slug, viewer=request.user)
    if article is None:
        raise Http404("No such article")
    return article


def _article_context(request: HttpRequest, article: Article, form: CommentForm, *,
                     seen_before: datetime | None = None, outcome: feedback.Feedback | None = None) -> dict:
    """The thread page: the article (read by ``_thread_article_or_404``), one page
    of the thread as cached fragments with the reader's overlay, the comment form.
    ``seen_before`` marks what is new to the reader; ``outcome`` is what they just
    did, said beside its comment (or at the top when it is not on this page)."""
    order = request.GET.get("order", selectors.OLDEST)
    thread = selectors.thread_page(article=article, viewer=request.user, page=request.GET.get("page", 1), order=order)
    signed_in = request.user.is_authenticated
    refusal = posting_refusal(request.user, verified=article.viewer_verified if signed_in else None)
    if outcome is not None and outcome.comment_id not in rendering.node_ids(thread.nodes):
        outcome.as_messages(request)
        outcome = None
    token = get_token(request) if signed_in else ""  # one masked token for the page's forms
    reader = rendering.Reader(
        user_id=request.user.pk if signed_in else None,
        moderator=signed_in and article.viewer_moderator,
        editable_since=timezone.now() - timedelta(hours=settings.COMMENT_EDIT_WINDOW_HOURS),
        help_resources=tuple(crisis_resources(request)) if signed_in else (),
        seen_before=seen_before,
        feedback=(outcome.comment_id, outcome.html()) if outcome is not None else None,
        mine=thread.mine,
    )
    return {
        "article": article, "thread": thread, "form": form, "can_post": refusal is None, "posting_refusal": refusal,
        "thread_html": rendering.thread_html(
            thread.nodes, article=article, reader=reader, shared_key=thread.shared_key,
            csrf_input=format_html('<input type="hidden" name="csrfmiddlewaretoken" value="{}">',
                                   token) if signed_in else "",
        ),
        "following": signed_in and article.viewer_following, "go_form": rendering.GO_FORM,
        # Only where the template shows the form (see threads/_comment_form_block.html).
        "blank_form": blank_comment_form(slug=article.slug, csrf_token=token)
        if signed_in and refusal is None and article.comments_open and not form.is_bound else "",
    }


@require_safe
def article_detail(request: HttpRequest, slug: str) -> HttpResponse:
    """The thread page. A visitor's page (signed out, no pending messages) is
    served whole from the cache under ``rendering.visitor_page_key``: one query.
    For a member, the view records the visit (``services.article_visit``: what
    is new to them) and takes the outcome of what they just did (``feedback``)."""
    article = _thread_article_or_404(request, slug)
    key = None
    if not request.user.is_authenticated and not len(messages.get_messages(request)):
        order = selectors.NEWEST if request.GET.get("order") == selectors.NEWEST else selectors.OLDEST
        key = rendering.visitor_page_key(article, page=request.GET.get("page", "1"), order=order)
        if key is not None and (html := cache.get(key)) is not None:
            return HttpResponse(html)
    seen_before, outcome = None, None
    if request.user.is_authenticated:
        seen_before = services.article_visit(
            member_id=request.user.pk, article_id=article.pk, visited_at=article.viewer_visited_at,
            seen_before=article.viewer_seen_before, now=timezone.now(),
            # A member whose own held comment is in the thread reads the tree fresh (one query
            # more); their visit waits for a later view, to keep the page within eight queries.
            record=not article.viewer_holds)
        if request.method == "GET":  # a HEAD request must not use it up
            outcome = feedback.take(request, article_id=article.pk)
    context = _article_context(request, article, CommentForm(), seen_before=seen_before, outcome=outcome)
    response = render(request, "threads/article.html", context)
    if key is not None:
        cache.set(key, response.content, rendering.CACHE_SECONDS)
    return response


@dataclass
class PostOutcome:
    """What became of a submitted comment form."""

    form: CommentForm
    comment: Comment | None = None
    preview: pipeline.Prepared | None = None
    crisis: bool = False
    support: str = ""  # "crisis", "distress" (the gentle help) or ""


def _post_comment(request: HttpRequest, article: Article, parent: Comment | None) -> PostOutcome:
    """Post (or, with the Preview button, only preview) the submitted comment."""
    form = CommentForm(request.POST)
    form.is_valid()
    text = form.cleaned_data.get("text", "")
    if form.is_bot:
        return PostOutcome(form=form)
    if "preview" in request.POST:
        preview = services.comment_preview(author=request.user, text=text)
        for message in preview.problems:
            form.add_error("text", message)
        return PostOutcome(form=form, preview=preview)
    try:
        result = services.comment_create(author=request.user, article=article, parent=parent, text=text)
    except ValidationError as error:
        for message in error.messages:
            form.add_error("text", message)
        return PostOutcome(form=form)
    tell_author(request, result)
    return PostOutcome(form=form, comment=result.comment, crisis=result.prepared.crisis,
                       support=result.prepared.support)


def tell_author(request: HttpRequest, result: services.CommentResult) -> None:
    """Say at once, beside the comment, what happened to it, why, and what was
    removed from it (``feedback``). A comment nobody will see (rejected) is
    said at the top of the page instead."""
    comment, prepared = result.comment, result.prepared
    if comment.status == Comment.Status.REJECTED:
        messages.error(request, f"Your comment was not published because {comment.status_reason}.")
        return
    if comment.status == Comment.Status.HELD:
        lines = [feedback.Line(f"Sent, and waiting for a moderator because {comment.status_reason}. Only you can "
                               "see it until then; we will tell you when it has been read.", "info")]
    else:
        lines = [feedback.Line("Posted.", "success")]
    if prepared.seeks_advice and comment.status == Comment.Status.PUBLISHED:
        lines.append(feedback.Line(
            "We can't give medical advice, and other members' answers are not medical advice either. "
            "Please talk to your neurologist or MS nurse about your treatment."))
    if prepared.assessment.has("treatment_experience"):
        lines.append(feedback.Line(
            "It sounds like you have had a treatment. Your experience could help others:", "info",
            report_invitation_url(prepared.assessment.treatments),
            "add it to the treatment directory (about three minutes)"))
    lines.extend(_removed_lines(prepared))
    feedback.tell(request, article_id=comment.article_id, comment_id=comment.pk, lines=lines)


def _removed_lines(prepared: pipeline.Prepared) -> list[feedback.Line]:
    """"1 phone number removed …", with where to read how to reach people safely."""
    if not prepared.removed:
        return []
    removed = _join(prepared.removed)
    return [feedback.Line(f"{removed[:1].upper()}{removed[1:]} removed, to protect your privacy: personal "
                          "details in a public thread can be read by anyone.", "warning",
                          reverse("pages:contact_moderators"), "How to reach people safely")]


def _join(parts: list[str]) -> str:
    return parts[0] if len(parts) == 1 else ", ".join(parts[:-1]) + " and " + parts[-1]


def _after_post(article: Article, outcome: PostOutcome) -> HttpResponse:
    """Back to the new comment, or first to the help page: the crisis resources when the post suggests
    a crisis, the same resources under "If you're having a hard time" for weaker signs of distress."""
    if outcome.comment.status == Comment.Status.REJECTED:  # shown to nobody: no anchor to go to
        return redirect(f"{article.get_absolute_url()}#comments")
    permalink = _permalink(article, outcome.comment)
    if outcome.crisis:
        return redirect(f"{reverse('pages:crisis_support')}?{urlencode({'next': permalink})}")
    if outcome.support == "distress":
        return redirect(f"{reverse('pages:crisis_support')}?{urlencode({'next': permalink, 'kind': 'distress'})}")
    return redirect(permalink)


def _permalink(article: Article, comment: Comment) -> str:
    return reverse("threads:comment", kwargs={"slug": article.slug, "pk": comment.pk})


@login_required
@require_http_methods(["POST"])
@rate_limited("comment")
def comment_create(request: HttpRequest, slug: str) -> HttpResponse:
    article = _thread_article_or_404(request, slug)
    try:
        outcome = _post_comment(request, article, parent=None)
    except PermissionDenied as denied:
        messages.error(request, str(denied))
        return redirect(article)
    if outcome.comment is not None:
        return _after_post(article, outcome)
    context = _article_context(request, article, outcome.form)
    context["preview"] = outcome.preview
    return render(request, "threads/article.html", context)


def _comment_or_404(request: HttpRequest, article: Article, pk: int, *, page: str) -> Comment:
    """The comment if the viewer may open it on ``page`` (see ``selectors.comment_for_page``)."""
    comment = selectors.comment_for_page(article=article, pk=pk, viewer=request.user, page=page)
    if comment is None:
        raise Http404("No such comment")
    comment.article = article
    return comment


@login_required
@require_http_methods(["GET", "POST"])
@rate_limited("comment")
def comment_reply(request: HttpRequest, slug: str, pk: int) -> HttpResponse:
    """The reply form for one comment: a page of its own, so it works without JavaScript."""
    article = _thread_article_or_404(request, slug)
    parent = _comment_or_404(request, article, pk, page="reply")
    outcome = PostOutcome(form=CommentForm())
    if request.method == "POST":
        try:
            outcome = _post_comment(request, article, parent=parent)
        except PermissionDenied as denied:
            messages.error(request, str(denied))
            return redirect(_permalink(article, parent))
        if outcome.comment is not None:
            return _after_post(article, outcome)
    context = {
        "article": article, "parent": parent, "form": outcome.form, "preview": outcome.preview,
        "can_post": can_post(request.user),
    }
    return render(request, "threads/reply.html", context)


@require_safe
def comment_permalink(request: HttpRequest, slug: str, pk: int) -> HttpResponse:
    """Send a comment's permalink to the page of the thread that shows it."""
    article = _article_or_404(request, slug)
    comment = _comment_or_404(request, article, pk, page="permalink")
    page = selectors.comment_page_number(comment=comment, viewer=request.user)
    return redirect(f"{article.get_absolute_url()}?page={page}#comment-{comment.pk}")


@login_required
@require_http_methods(["GET", "POST"])
@rate_limited("flag")
def comment_flag(request: HttpRequest, slug: str, pk: int) -> HttpResponse:
    """Flag a comment for the moderators, with a reason. Works without JavaScript."""
    article = _article_or_404(request, slug)
    comment = _comment_or_404(request, article, pk, page="flag")
    form = FlagForm(request.POST if request.method == "POST" else None)
    if request.method == "POST" and form.is_valid():
        try:
            moderation_services.content_flag(content=comment, member=request.user, reason=form.cleaned_data["reason"])
        except (ValidationError, PermissionDenied) as error:
            line = feedback.Line(" ".join(getattr(error, "messages", [str(error)])), "error")
        else:
            line = feedback.Line("You flagged this. Thank you: the moderators will look at it, and its author is "
                                 "not told who flagged it.", "success")
        comment.refresh_from_db(fields=["status"])
        if comment.status != Comment.Status.PUBLISHED:  # hidden by enough flags: page-wide
            messages.success(request, "Thank you. The moderators will look at this comment; it is hidden until then.")
            return redirect(f"{article.get_absolute_url()}#comments")
        feedback.tell(request, article_id=article.pk, comment_id=comment.pk, lines=[line])
        return redirect(_permalink(article, comment))
    return render(request, "threads/flag.html", {"article": article, "comment": comment, "form": form})


def _own_comment_or_404(request: HttpRequest, article: Article, pk: int) -> Comment:
    comment = _comment_or_404(request, article, pk, page="edit")
    if not services.may_edit(user=request.user, comment=comment) and comment.author_id != request.user.pk:
        raise Http404("No such comment")
    return comment


@login_required
@require_http_methods(["GET", "POST"])
@rate_limited("edit")
def comment_edit(request: HttpRequest, slug: str, pk: int) -> HttpResponse:
    """Edit a comment (its author within the edit window, or a moderator)."""
    article = _article_or_404(request, slug)
    comment = _own_comment_or_404(request, article, pk)
    if not services.may_edit(user=request.user, comment=comment):
        feedback.tell(request, article_id=article.pk, comment_id=comment.pk,
                      lines=[feedback.Line("You can no longer edit this comment.", "error")])
        return redirect(_permalink(article, comment))
    form = CommentForm(request.POST if request.method == "POST" else None, initial={"text": comment.body})
    if request.method == "POST":
        form.is_valid()
        try:
            result = services.comment_edit(editor=request.user, comment=comment, text=form.cleaned_data.get("text", ""))
        except ValidationError as error:
            for message in error.messages:
                form.add_error("text", message)
        except PermissionDenied as denied:
            feedback.tell(request, article_id=article.pk, comment_id=comment.pk,
                          lines=[feedback.Line(str(denied), "error")])
            return redirect(_permalink(article, comment))
        else:
            lines = [feedback.Line("Your changes are saved.", "success")]
            if result.comment.status != Comment.Status.PUBLISHED:
                lines.append(feedback.Line("It now waits for a moderator because "
                                           f"{result.comment.status_reason}.", "info"))
            lines.extend(_removed_lines(result.prepared))
            feedback.tell(request, article_id=article.pk, comment_id=comment.pk, lines=lines)
            return redirect(_permalink(article, result.comment))
    return render(request, "threads/edit.html", {"article": article, "comment": comment, "form": form})


@login_required
@require_http_methods(["GET", "POST"])
def comment_delete(request: HttpRequest, slug: str, pk: int) -> HttpResponse:
    """The author deletes their comment, after confirming."""
    article = _article_or_404(request, slug)
    comment = _comment_or_404(request, article, pk, page="delete")
    if comment.author_id != request.user.pk or comment.is_tombstone:
        raise Http404("No such comment")
    if request.method == "POST":
        services.comment_delete(member=request.user, comment=comment)
        messages.success(request, "Your comment is deleted.")
        return redirect(f"{article.get_absolute_url()}#comments")
    return render(request, "threads/delete.html", {"article": article, "comment": comment})


@login_required
@require_http_methods(["GET", "POST"])
def comment_remove(request: HttpRequest, slug: str, pk: int) -> HttpResponse:
    """A moderator removes a comment with a reason the author reads."""
    if not is_moderator(request.user):
        raise PermissionDenied("Only moderators remove comments.")
    article = _article_or_404(request, slug)
    comment = _comment_or_404(request, article, pk, page="remove")
    form = RemoveForm(request.POST if request.method == "POST" else None)
    if request.method == "POST" and form.is_valid():
        services.comment_remove(moderator=request.user, comment=comment, reason=form.cleaned_data["reason"])
        messages.success(request, "The comment is removed and its author told why.")
        return redirect(_permalink(article, comment))
    return render(request, "threads/remove.html", {"article": article, "comment": comment, "form": form})


@login_required
@require_http_methods(["POST"])
@rate_limited("reaction")
def comment_react(request: HttpRequest, slug: str, pk: int) -> HttpResponse:
    """Toggle a reaction (a real button in a form: works without JavaScript)."""
    article = _article_or_404(request, slug)
    comment = _comment_or_404(request, article, pk, page="react")
    return _react(request, article, comment, request.POST.get("kind", ""))


def _react(request: HttpRequest, article: Article, comment: Comment, kind: str) -> HttpResponse:
    """Toggle the reaction and say so beside the comment."""
    try:
        on = services.reaction_toggle(member=request.user, comment=comment, kind=kind)
    except (ValidationError, PermissionDenied) as error:
        line = feedback.Line(" ".join(getattr(error, "messages", [str(error)])), "error")
    else:
        label = Reaction.Kind(kind).label
        line = feedback.Line(f"You said “{label}”." if on else f"Your “{label}” is taken back.", "success")
    feedback.tell(request, article_id=article.pk, comment_id=comment.pk, lines=[line])
    return redirect(_permalink(article, comment))


@login_required
@require_http_methods(["POST"])
@rate_limited("reaction")
def article_react(request: HttpRequest, slug: str) -> HttpResponse:
    """Toggle a reaction from the thread page's single reaction form: the
    pressed button is named ``<comment id><kind letter>`` (``rendering.KIND_LETTERS``;
    ``r=<comment id><kind letter>`` is read too). Same rules as ``comment_react``
    (a comment the reader may not act on answers 404)."""
    article = _article_or_404(request, slug)
    pressed = [key for key in request.POST if _REACTION_KEY.fullmatch(key)]
    value = pressed[0] if len(pressed) == 1 else request.POST.get("r", "")
    pk, kind = value[:-1], rendering.LETTER_KINDS.get(value[-1:], "")
    if not (pk.isascii() and pk.isdigit()) or len(pk) > 18:
        raise Http404("No such comment")
    comment = _comment_or_404(request, article, int(pk), page="react")
    return _react(request, article, comment, kind)


_REACTION_KEY = re.compile(r"[0-9]{1,18}[a-z]")


# The thread page's one GET form: each button names its action and the comment.
_GO_ACTIONS = {"reply": "threads:comment_reply", "edit": "threads:comment_edit", "moderate": "threads:comment_edit",
               "delete": "threads:comment_delete", "flag": "threads:comment_flag", "remove": "threads:comment_remove"}


@require_safe
def comment_go(request: HttpRequest, slug: str) -> HttpResponse:
    """Where a thread button leads (``?reply=<id>``, ``?flag=<id>``...): a redirect to
    that comment's page, which checks who may open it. No lookup here."""
    for action, name in _GO_ACTIONS.items():
        pk = request.GET.get(action, "")
        if pk.isascii() and pk.isdigit() and len(pk) <= 18:
            return redirect(reverse(name, kwargs={"slug": slug, "pk": int(pk)}))
    raise Http404("No such action")


@login_required
@require_http_methods(["POST"])
def article_follow(request: HttpRequest, slug: str) -> HttpResponse:
    """Follow or stop following an article's conversation."""
    article = _article_or_404(request, slug)
    if request.POST.get("follow") == "1":
        notification_services.follow(user=request.user, target=article)
        messages.success(request, "You follow this conversation. We will tell you about new comments.")
    else:
        notification_services.mute(user=request.user, target=article)
        messages.success(request, "You no longer follow this conversation, and replies to you here are muted.")
    return redirect(f"{article.get_absolute_url()}#comments")
