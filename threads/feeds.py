from django.contrib.syndication.views import Feed
from django.urls import reverse_lazy
from django.utils.feedgenerator import Atom1Feed

from threads.models import Article


class ArticleFeed(Feed):
    """Atom feed of the newest published articles."""

    feed_type = Atom1Feed
    title = "MS Community articles"
    link = reverse_lazy("threads:home")
    subtitle = "Articles about research and treatment in multiple sclerosis."

    def items(self):
        return Article.objects.published().order_by("-published_at")[:20]

    def item_title(self, item: Article) -> str:
        return item.title

    def item_description(self, item: Article) -> str:
        return item.summary

    def item_pubdate(self, item: Article):
        return item.published_at

    def item_updateddate(self, item: Article):
        return item.updated_at
