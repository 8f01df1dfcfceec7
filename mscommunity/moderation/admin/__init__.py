"""Moderation in the Django admin: the review screen (``review.py``), the case
list and change page (``cases.py``), the policy, audit trail, flags and
suspensions (``others.py``)."""

from django.contrib import admin
from django.urls import path

from mscommunity.moderation.admin import cases, others, review

__all__ = ["cases", "others", "review"]

_site_urls = admin.site.get_urls


def _get_urls():
    """The review screen lives at ``<admin>/moderation/review/``, inside the admin's URL space and login."""
    return [
        path("moderation/review/", admin.site.admin_view(review.review_view), name="moderation_review"),
        path("moderation/review/<int:pk>/", admin.site.admin_view(review.decide_view), name="moderation_review_decide"),
        *_site_urls(),
    ]


admin.site.get_urls = _get_urls
