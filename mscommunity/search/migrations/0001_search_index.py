from django.db import migrations


def create_index(apps, schema_editor):
    from mscommunity.search import schema

    schema.ensure(schema_editor.connection)


def drop_index(apps, schema_editor):
    from mscommunity.search import schema

    schema.drop(schema_editor.connection)


class Migration(migrations.Migration):
    dependencies = [("threads", "0005_article_import_key_article_tags_comment_import_key")]

    operations = [migrations.RunPython(create_index, drop_index, elidable=False)]
