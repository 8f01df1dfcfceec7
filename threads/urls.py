from django.urls import path

from threads import feeds, views

app_name = "threads"

urlpatterns = [
    path("", views.home, name="home"),
    path("articles/<slug:slug>/", views.article_detail, name="article"),
    path("articles/<slug:slug>/comments/", views.comment_create, name="comment_create"),
    path("articles/<slug:slug>/comments/go/", views.comment_go, name="comment_go"),
    path("articles/<slug:slug>/comments/<int:pk>/", views.comment_permalink, name="comment"),
    path("articles/<slug:slug>/comments/<int:pk>/reply/", views.comment_reply, name="comment_reply"),
    path("articles/<slug:slug>/comments/<int:pk>/flag/", views.comment_flag, name="comment_flag"),
    path("articles/<slug:slug>/comments/<int:pk>/edit/", views.comment_edit, name="comment_edit"),
    path("articles/<slug:slug>/comments/<int:pk>/delete/", views.comment_delete, name="comment_delete"),
    path("articles/<slug:slug>/comments/<int:pk>/remove/", views.comment_remove, name="comment_remove"),
    path("articles/<slug:slug>/comments/<int:pk>/react/", views.comment_react, name="comment_react"),
    path("articles/<slug:slug>/react/", views.article_react, name="article_react"),
    path("articles/<slug:slug>/follow/", views.article_follow, name="article_follow"),
    path("feeds/articles/", feeds.ArticleFeed(), name="article_feed"),
]
