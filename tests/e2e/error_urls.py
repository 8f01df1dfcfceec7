"""The site's URLs plus one that fails, to see the 500 page as a member would
(tests/e2e/test_accessibility.py switches ROOT_URLCONF to this for one test)."""

from django.urls import path

from mscommunity.urls import urlpatterns as site_urlpatterns


def boom(request):
    raise RuntimeError("An invented failure, to show the 500 page.")


urlpatterns = [path("boom/", boom), *site_urlpatterns]
