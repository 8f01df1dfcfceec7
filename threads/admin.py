"""The article editor (staff) and the comment viewer (moderators) in Django's admin.

The article form: the body with a preview of exactly what readers will see
(the sanitizer ``Article.save`` runs; a Preview button the server answers, so
it works without JavaScript), the treatments the article is about (the
reverse of ``Treatment.evidence_articles``, chosen with the admin's
autocomplete and saved in the admin's transaction), and an Author list of
team members only.
"""

from __future__ import annotations

from django import forms
from django.contrib import admin
from django.contrib.admin.views.autocomplete import AutocompleteJsonView
from django.contrib.admin.widgets import AutocompleteSelectMultiple
from django.core.exceptions import PermissionDenied
from django.http import Http404, HttpRequest, HttpResponse, HttpResponseNotAllowed
from django.template.response import TemplateResponse
from django.urls import path

from mscommunity.accounts.selectors import team_members
from threads.editing import body_preview
from threads.models import Article, Comment, CommentRevision
from treatments.models import Treatment

PREVIEW = "_preview"  # the name of the Preview button: a POST carrying it is never saved
TREATMENTS = Article._meta.get_field("related_treatments")  # the reverse of Treatment.evidence_articles


class TreatmentAutocomplete(AutocompleteSelectMultiple):
    """The admin's autocomplete, asking the article admin's own endpoint:
    Django's site-wide one only serves forward relations."""

    url_name = "%s:threads_article_treatment_autocomplete"

    def build_attrs(self, base_attrs, extra_attrs=None):
        attrs = super().build_attrs(base_attrs, extra_attrs=extra_attrs)
        # No "clear all" cross: select2 draws it as a <span> inside its <ul> (invalid, and
        # refused by the accessibility gate); each chosen treatment keeps its own remove button.
        attrs["data-allow-clear"] = "false"
        return attrs


class TreatmentAutocompleteView(AutocompleteJsonView):
    """Treatments matching ``term`` (TreatmentAdmin's search: names, brands,
    misspellings), for the article form. Django's view reads the source
    field's ``limit_choices_to``, which a reverse relation does not have."""

    def process_request(self, request: HttpRequest):
        model_admin = self.admin_site.get_model_admin(Treatment)
        if not model_admin.get_search_fields(request):
            raise Http404("TreatmentAdmin needs search_fields for the article form's autocomplete.")
        return request.GET.get("term", "")[:100], model_admin, TREATMENTS, "id"

    def get_queryset(self):
        queryset = self.model_admin.get_queryset(self.request)
        queryset, distinct = self.model_admin.get_search_results(self.request, queryset, self.term)
        return (queryset.distinct() if distinct else queryset).order_by("name", "pk")


class ArticleAdminForm(forms.ModelForm):
    """The article form. A POST with the Preview button never validates, so the
    admin shows the form again, as typed, with the preview, and saves nothing."""

    treatments = forms.ModelMultipleChoiceField(
        queryset=Treatment.objects.all(), required=False, label="Treatments this article is about",
        help_text="Type a name, a brand or a misspelling and choose from the list. The article is listed "
                  "under “Research” on each treatment’s page.",
    )

    # Set by ArticleAdmin.get_form on the class it builds for each request.
    admin_site: admin.AdminSite = admin.site
    may_link_treatments = True

    class Meta:
        model = Article
        fields = ["title", "slug", "summary", "status", "published_at", "author", "comments_open", "tags", "body"]
        widgets = {
            "body": forms.Textarea(attrs={"rows": 24, "class": "vLargeTextField article-body-editor",
                                          "spellcheck": "true"}),
        }
        help_texts = {
            "body": "HTML: paragraphs, headings (h2 to h4), lists, links, bold and italic, quotes and tables. "
                    "Scripts, styles, other tags and WordPress shortcodes are removed when you save: "
                    "use Preview to see the result.",
        }

    def __init__(self, *args, **kwargs) -> None:
        super().__init__(*args, **kwargs)
        if "author" in self.fields:
            author = self.fields["author"]
            author.queryset = team_members(also=self.instance.author_id)
            author.help_text = "Team members only (staff, editors and moderators). Empty: you."
        if "published_at" in self.fields and hasattr(self.fields["published_at"].widget, "widgets"):
            # The admin's date and time boxes have no label of their own (Django's
            # label names the pair, without a "for"): name each.
            date, time = self.fields["published_at"].widget.widgets
            date.attrs["aria-label"], time.attrs["aria-label"] = "Published at: date", "Published at: time"
        field = self.fields["treatments"]
        field.widget = TreatmentAutocomplete(TREATMENTS, self.admin_site)
        field.widget.choices = field.choices
        if self.instance.pk is not None and "treatments" not in self.initial:
            self.initial["treatments"] = [t.pk for t in self.instance.related_treatments.all()]
        if not self.may_link_treatments:
            field.disabled = True
            field.help_text = "Only staff who may change treatments can change this list."

    @property
    def previewing(self) -> bool:
        return self.is_bound and PREVIEW in self.data

    def is_valid(self) -> bool:
        return super().is_valid() and not self.previewing

    def _save_m2m(self) -> None:
        super()._save_m2m()
        if not self.fields["treatments"].disabled:
            self.instance.related_treatments.set(self.cleaned_data["treatments"])


@admin.register(Article)
class ArticleAdmin(admin.ModelAdmin):
    form = ArticleAdminForm
    list_display = ["title", "status", "published_at", "comments_open"]
    list_filter = ["status", "comments_open"]
    search_fields = ["title", "summary"]
    prepopulated_fields = {"slug": ["title"]}
    date_hierarchy = "published_at"
    save_on_top = True  # the first submit button saves: Enter in a text box saves, as before the Preview button
    fieldsets = [
        (None, {"fields": ["title", "slug", "summary", "status", "published_at", "author", "comments_open", "tags"]}),
        ("Research on treatments", {"fields": ["treatments"]}),
        ("Article text", {"fields": ["body"]}),  # last: the Preview button and the preview follow it
    ]

    class Media:
        css = {"all": ["css/article-editor.css"]}
        js = ["js/admin-autocomplete-label.js", "js/article-editor.js"]

    def get_form(self, request, obj=None, change=False, **kwargs):
        form = super().get_form(request, obj, change=change, **kwargs)
        form.admin_site = self.admin_site  # a fresh class per request: safe to set
        form.may_link_treatments = request.user.has_perm("treatments.change_treatment")
        return form

    def get_urls(self):
        own = [
            path("preview/", self.admin_site.admin_view(self.preview_view), name="threads_article_preview"),
            path("treatments/autocomplete/", self.admin_site.admin_view(self.treatment_autocomplete_view),
                 name="threads_article_treatment_autocomplete"),
        ]
        return own + super().get_urls()

    def _may_edit(self, request: HttpRequest) -> bool:
        return self.has_add_permission(request) or self.has_change_permission(request)

    def changeform_view(self, request, object_id=None, form_url="", extra_context=None):
        if request.method == "POST" and PREVIEW in request.POST:
            extra_context = {**(extra_context or {}), "body_preview": body_preview(request.POST.get("body", ""))}
        return super().changeform_view(request, object_id, form_url, extra_context)

    def preview_view(self, request: HttpRequest) -> HttpResponse:
        """The preview alone, for the editor's script (the Preview button works without it)."""
        if not self._may_edit(request):
            raise PermissionDenied
        if request.method != "POST":
            return HttpResponseNotAllowed(["POST"])
        return TemplateResponse(request, "admin/threads/article/_preview.html",
                                {"body_preview": body_preview(request.POST.get("body", ""))})

    def treatment_autocomplete_view(self, request: HttpRequest) -> HttpResponse:
        if not self._may_edit(request):
            raise PermissionDenied
        return TreatmentAutocompleteView.as_view(admin_site=self.admin_site)(request)

    @admin.display(description="Treatments this article is about")
    def treatments(self, obj: Article) -> str:
        """The list as text, for team members who may only view articles."""
        return ", ".join(t.name for t in obj.related_treatments.all()) or "None"

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
