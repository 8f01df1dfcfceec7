"""Build small invented WordPress export (WXR) files for tests."""

from __future__ import annotations

from dataclasses import dataclass, field
from xml.sax.saxutils import escape


@dataclass
class C:
    id: int
    text: str
    parent: int = 0
    author: str = "Jane Reader"
    email: str = "jane.reader@example.com"
    approved: str = "1"
    type: str = ""
    date: str = "2016-05-01 10:00:00"
    ip: str = "192.0.2.10"


@dataclass
class Post:
    id: int
    title: str
    content: str = "<p>Body</p>"
    name: str = ""
    status: str = "publish"
    type: str = "post"
    password: str = ""
    comment_status: str = "open"
    creator: str = "staffwriter"
    categories: list[str] = field(default_factory=list)
    comments: list[C] = field(default_factory=list)
    cdata: bool = True


def _text(value: str, cdata: bool) -> str:
    return f"<![CDATA[{value}]]>" if cdata else escape(value)


def wxr(posts: list[Post], *, version: str = "1.2", scheme: str = "http", site: str = "http://oldblog.example.org") -> str:
    ns = f"{scheme}://wordpress.org/export/{version}/"
    items = []
    for post in posts:
        comments = "".join(
            f"""<wp:comment><wp:comment_id>{c.id}</wp:comment_id>
<wp:comment_author>{_text(c.author, True)}</wp:comment_author>
<wp:comment_author_email>{c.email}</wp:comment_author_email>
<wp:comment_author_url>http://example.net/{c.id}</wp:comment_author_url>
<wp:comment_author_IP>{c.ip}</wp:comment_author_IP>
<wp:comment_date>{c.date}</wp:comment_date><wp:comment_date_gmt>{c.date}</wp:comment_date_gmt>
<wp:comment_content>{_text(c.text, post.cdata)}</wp:comment_content>
<wp:comment_approved>{c.approved}</wp:comment_approved><wp:comment_type>{c.type}</wp:comment_type>
<wp:comment_parent>{c.parent}</wp:comment_parent><wp:comment_user_id>0</wp:comment_user_id></wp:comment>"""
            for c in post.comments
        )
        categories = "".join(
            f'<category domain="category" nicename="c{i}"><![CDATA[{name}]]></category>'
            for i, name in enumerate(post.categories)
        )
        items.append(f"""<item><title>{escape(post.title)}</title><link>{site}/?p={post.id}</link>
<pubDate>Sun, 01 May 2016 09:00:00 +0000</pubDate><dc:creator>{_text(post.creator, True)}</dc:creator>
<guid isPermaLink="false">{site}/?p={post.id}</guid><description></description>
<content:encoded>{_text(post.content, post.cdata)}</content:encoded>
<excerpt:encoded><![CDATA[]]></excerpt:encoded>
<wp:post_id>{post.id}</wp:post_id><wp:post_date>2016-05-01 09:00:00</wp:post_date>
<wp:post_date_gmt>2016-05-01 09:00:00</wp:post_date_gmt><wp:comment_status>{post.comment_status}</wp:comment_status>
<wp:ping_status>open</wp:ping_status><wp:post_name>{post.name}</wp:post_name><wp:status>{post.status}</wp:status>
<wp:post_parent>0</wp:post_parent><wp:menu_order>0</wp:menu_order><wp:post_type>{post.type}</wp:post_type>
<wp:post_password>{post.password}</wp:post_password><wp:is_sticky>0</wp:is_sticky>{categories}{comments}</item>""")
    return f"""<?xml version="1.0" encoding="UTF-8" ?>
<rss version="2.0" xmlns:excerpt="{ns}excerpt/" xmlns:content="http://purl.org/rss/1.0/modules/content/"
 xmlns:wfw="http://wellformedweb.org/CommentAPI/" xmlns:dc="http://purl.org/dc/elements/1.1/" xmlns:wp="{ns}">
<channel><title>Old MS blog</title><link>{site}</link><description>Invented</description>
<wp:wxr_version>{version}</wp:wxr_version><wp:base_site_url>{site}</wp:base_site_url>
<wp:base_blog_url>{site}</wp:base_blog_url>
<wp:author><wp:author_id>1</wp:author_id><wp:author_login><![CDATA[staffwriter]]></wp:author_login>
<wp:author_email><![CDATA[writer@example.org]]></wp:author_email></wp:author>
{''.join(items)}
</channel></rss>
"""
