"""``{% url %}`` with its answers remembered (a template builtin: see settings.TEMPLATES).

Django's ``{% url %}`` reverses the name on every render, and a page's header,
footer and forms name a dozen or more views: on the busiest page reversing
cost more than the database did. ``reverse`` is a pure function of the URL
configuration, the script prefix, the active language and its arguments, so
this tag keys its answers on all of them and forgets them when the URL
configuration changes (``clear_url_caches``, a changed ``ROOT_URLCONF``). It
parses and behaves exactly as Django's tag, ``as var`` included; arguments
that cannot be a key (not hashable) are reversed every time.
"""

from __future__ import annotations

from django.conf import settings
from django.core.signals import setting_changed
from django.dispatch import receiver
from django.template import Library
from django.template.defaulttags import URLNode
from django.template.defaulttags import url as django_url
from django.urls import NoReverseMatch, get_script_prefix, get_urlconf, reverse
from django.utils.html import conditional_escape
from django.utils.translation import get_language

register = Library()

MAX_REMEMBERED = 4096  # names × the articles and treatments their slugs point at
_remembered: dict[tuple, str] = {}
_SETTING = object()  # the render context's key for what the answers depend on


class RememberingURLNode(URLNode):
    def render(self, context) -> str:
        args = tuple(arg.resolve(context) for arg in self.args)
        kwargs = tuple(sorted((k, v.resolve(context)) for k, v in self.kwargs.items()))
        view_name = self.view_name.resolve(context)
        request = getattr(context, "request", None)
        current_app = getattr(request, "current_app", None)
        if current_app is None and request is not None and (match := getattr(request, "resolver_match", None)):
            current_app = match.namespace
        # What reverse depends on besides its arguments, read once per template rendered.
        setting = context.render_context.get(_SETTING)
        if setting is None:
            setting = context.render_context[_SETTING] = (settings.ROOT_URLCONF, get_urlconf(), get_script_prefix(),
                                                          get_language())
        key = (*setting, current_app, view_name, args, kwargs)
        try:
            url = _remembered.get(key)
        except TypeError:  # an argument that is not hashable: no memory
            key, url = None, None
        if url is None:
            try:
                url = reverse(view_name, args=args, kwargs=dict(kwargs), current_app=current_app)
            except NoReverseMatch:
                if self.asvar is None:
                    raise
                url = ""
            else:
                if key is not None:
                    if len(_remembered) >= MAX_REMEMBERED:
                        _remembered.clear()
                    _remembered[key] = url
        if self.asvar:
            context[self.asvar] = url
            return ""
        return conditional_escape(url) if context.autoescape else url


@register.tag
def url(parser, token) -> RememberingURLNode:
    """Django's ``{% url %}``, parsed by Django, answered from memory when it can."""
    node = django_url(parser, token)
    return RememberingURLNode(node.view_name, node.args, node.kwargs, node.asvar)


def forget() -> None:
    _remembered.clear()


@receiver(setting_changed)
def _forget_on_urlconf_change(*, setting: str, **kwargs) -> None:
    if setting == "ROOT_URLCONF":
        forget()
