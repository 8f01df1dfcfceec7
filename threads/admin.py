from django.contrib import admin

from threads.models import Article, Comment, CommentRevision


@admin.register(Article)
class ArticleAdmin(admin.ModelAdmin):
    list_display = ["title", "status", "published_at", "comments_open"]
    list_filter = ["status", "comments_open"]
    search_fields = ["title", "summary"]
    prepopulated_fields = {"slug": ["title"]}
    date_hierarchy = "published_at"

    def save_model(self, request, obj, form, change):
        if obj.author_id is None:
            obj.author = request.user
        super().save_model(request, obj, form, change)


class RevisionInline(admin.TabularInline):
    """Earlier versions of a comment, newest first: moderators read the history."""

    model = CommentRevision
    fields = ["replaced_at", "edited_by", "body"]
    readonly_fields = fields
    extra = 0
    can_delete = False

    def has_add_permission(self, request, obj=None):
        return False


@admin.register(Comment)
class CommentAdmin(admin.ModelAdmin):
    """Comments are read here; member text is changed only through the pipeline."""

    inlines = [RevisionInline]
    list_display = ["pk", "article", "author", "status", "created_at"]
    list_filter = ["status", "medical_notice"]
    list_select_related = ["article", "author"]
    readonly_fields = [f.name for f in Comment._meta.fields]
    search_fields = ["body"]

    def has_add_permission(self, request):
        return False

    def has_delete_permission(self, request, obj=None):
        return False
