"""``Article.thread_version``, kept by database triggers.

The triggers bump an article's ``thread_version`` whenever anything its
public thread page shows changes, whichever code path (or raw SQL) made the
change: a comment of the article inserted, updated (its ``version`` bump, a
status change, an edit) or deleted; one of its commenters renamed or given or
relieved of the team badge (``is_staff``, a group joined or left). The page
cache for visitors (``threads.rendering.page_cache_key``) is keyed by it, so
no process can serve a stale page on any cache backend.
"""

from django.db import migrations, models

SQLITE_CREATE = [
    """CREATE TRIGGER threads_comment_bumps_article_ins AFTER INSERT ON threads_comment
       BEGIN UPDATE threads_article SET thread_version = thread_version + 1 WHERE id = NEW.article_id; END""",
    """CREATE TRIGGER threads_comment_bumps_article_upd AFTER UPDATE ON threads_comment
       BEGIN UPDATE threads_article SET thread_version = thread_version + 1
             WHERE id IN (NEW.article_id, OLD.article_id); END""",
    """CREATE TRIGGER threads_comment_bumps_article_del AFTER DELETE ON threads_comment
       BEGIN UPDATE threads_article SET thread_version = thread_version + 1 WHERE id = OLD.article_id; END""",
    """CREATE TRIGGER threads_author_bumps_articles AFTER UPDATE OF username, is_staff ON accounts_user
       WHEN OLD.username IS NOT NEW.username OR OLD.is_staff IS NOT NEW.is_staff
       BEGIN UPDATE threads_article SET thread_version = thread_version + 1
             WHERE id IN (SELECT article_id FROM threads_comment WHERE author_id = NEW.id); END""",
    """CREATE TRIGGER threads_author_group_bumps_articles_ins AFTER INSERT ON accounts_user_groups
       BEGIN UPDATE threads_article SET thread_version = thread_version + 1
             WHERE id IN (SELECT article_id FROM threads_comment WHERE author_id = NEW.user_id); END""",
    """CREATE TRIGGER threads_author_group_bumps_articles_del AFTER DELETE ON accounts_user_groups
       BEGIN UPDATE threads_article SET thread_version = thread_version + 1
             WHERE id IN (SELECT article_id FROM threads_comment WHERE author_id = OLD.user_id); END""",
]
SQLITE_DROP = [
    f"DROP TRIGGER IF EXISTS {name}" for name in (
        "threads_comment_bumps_article_ins", "threads_comment_bumps_article_upd", "threads_comment_bumps_article_del",
        "threads_author_bumps_articles", "threads_author_group_bumps_articles_ins",
        "threads_author_group_bumps_articles_del")
]

POSTGRES_CREATE = [
    """CREATE FUNCTION threads_comment_bumps_article() RETURNS trigger LANGUAGE plpgsql AS $$
       BEGIN
         IF TG_OP <> 'INSERT' THEN
           UPDATE threads_article SET thread_version = thread_version + 1 WHERE id = OLD.article_id;
         END IF;
         IF TG_OP <> 'DELETE' AND (TG_OP = 'INSERT' OR NEW.article_id <> OLD.article_id) THEN
           UPDATE threads_article SET thread_version = thread_version + 1 WHERE id = NEW.article_id;
         END IF;
         RETURN NULL;
       END $$""",
    """CREATE TRIGGER threads_comment_bumps_article AFTER INSERT OR UPDATE OR DELETE ON threads_comment
       FOR EACH ROW EXECUTE FUNCTION threads_comment_bumps_article()""",
    """CREATE FUNCTION threads_author_bumps_articles() RETURNS trigger LANGUAGE plpgsql AS $$
       DECLARE member_id bigint;
       BEGIN
         IF TG_TABLE_NAME = 'accounts_user' THEN
           IF OLD.username IS NOT DISTINCT FROM NEW.username AND OLD.is_staff IS NOT DISTINCT FROM NEW.is_staff THEN
             RETURN NULL;
           END IF;
           member_id := NEW.id;
         ELSIF TG_OP = 'DELETE' THEN
           member_id := OLD.user_id;
         ELSE
           member_id := NEW.user_id;
         END IF;
         UPDATE threads_article SET thread_version = thread_version + 1
          WHERE id IN (SELECT article_id FROM threads_comment WHERE author_id = member_id);
         RETURN NULL;
       END $$""",
    """CREATE TRIGGER threads_author_bumps_articles AFTER UPDATE ON accounts_user
       FOR EACH ROW EXECUTE FUNCTION threads_author_bumps_articles()""",
    """CREATE TRIGGER threads_author_group_bumps_articles AFTER INSERT OR DELETE ON accounts_user_groups
       FOR EACH ROW EXECUTE FUNCTION threads_author_bumps_articles()""",
]
POSTGRES_DROP = [
    "DROP TRIGGER IF EXISTS threads_comment_bumps_article ON threads_comment",
    "DROP TRIGGER IF EXISTS threads_author_bumps_articles ON accounts_user",
    "DROP TRIGGER IF EXISTS threads_author_group_bumps_articles ON accounts_user_groups",
    "DROP FUNCTION IF EXISTS threads_comment_bumps_article()",
    "DROP FUNCTION IF EXISTS threads_author_bumps_articles()",
]


def _run(statements_by_vendor: dict[str, list[str]]):
    def run(apps, schema_editor) -> None:
        vendor = schema_editor.connection.vendor
        if vendor not in statements_by_vendor:
            raise RuntimeError(f"No thread_version triggers for the {vendor} database.")
        for statement in statements_by_vendor[vendor]:
            schema_editor.execute(statement)
    return run


class Migration(migrations.Migration):

    dependencies = [
        ("threads", "0007_comment_version"),
        ("accounts", "0006_moderators_see_earlier_pseudonyms"),
    ]

    operations = [
        migrations.AddField(
            model_name="article",
            name="thread_version",
            field=models.PositiveBigIntegerField(
                default=0, editable=False,
                help_text="Bumped by database triggers whenever its thread page's public content changes; "
                          "the visitors' page cache is keyed by it."),
        ),
        migrations.RunPython(
            _run({"sqlite": SQLITE_CREATE, "postgresql": POSTGRES_CREATE}),
            _run({"sqlite": SQLITE_DROP, "postgresql": POSTGRES_DROP}),
        ),
    ]
