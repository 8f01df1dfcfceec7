from django.urls import path

from threads import feeds, views

app_name = "threads"

urlpatterns = [
    path("", views.home, name="home"),
    path("articles/<slug:slug>/", views.article_detail, name="article"),
    path("articles/<slug:slug>/comments/", views.comment_create, name="comment_create"),
    path("articles/<slug:slug>/comments/<int:pk>/", views.comment_permalink, name="comment"),
    path("articles/<slug:slug>/comments/<int:pk>/reply/", views.comment_reply, name="comment_reply"),
    path("articles/<slug:slug>/comments/<int:pk>/flag/", views.comment_flag, name="comment_flag"),
    path("feeds/articles/", feeds.ArticleFeed(), name="article_feed"),
]
