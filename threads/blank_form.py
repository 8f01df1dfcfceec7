"""The empty comment form, rendered once per process.

Every signed-in reader's thread page carries the same empty comment form;
only the article's address and the reader's CSRF token differ. Rendered by
the template engine (the field, its widget templates, the honeypot) it took
about a third of the page's template time, so it is rendered once with
markers in their place and the two values are swapped in. A bound form
(errors, a preview) is rendered by the template as before. The rendering is
forgotten when a setting changes (tests) and not kept in DEBUG (templates
being edited).
"""

from __future__ import annotations

from django.conf import settings
from django.core.signals import setting_changed
from django.dispatch import receiver
from django.template.loader import render_to_string
from django.utils.safestring import SafeString, mark_safe

from threads.forms import CommentForm

_SLUG = "blank-form-slug-marker"
_TOKEN = "blank-form-csrf-marker"  # noqa: S105 - a marker swapped for the token, not a secret
_rendered: list[str] = []


def blank_comment_form(*, slug: str, csrf_token: str) -> SafeString:
    """``threads/_comment_form.html`` for an empty new comment on the article
    at ``slug``. ``slug`` (a URL slug) and ``csrf_token`` (Django's, letters
    and digits) need no escaping."""
    if not _rendered or settings.DEBUG:
        html = render_to_string("threads/_comment_form.html", {
            "form": CommentForm(), "article": {"slug": _SLUG}, "csrf_token": _TOKEN, "parent": None})
        _rendered[:] = [html]
    return mark_safe(_rendered[0].replace(_SLUG, slug).replace(_TOKEN, csrf_token))  # noqa: S308 - see above


@receiver(setting_changed)
def _forget(**kwargs) -> None:
    _rendered.clear()
