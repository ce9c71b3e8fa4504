from django import forms
from django.contrib import admin
from django.db import models
from django.db.models import Count
from django.utils.translation import gettext_lazy as _
from modeltranslation.admin import TranslationAdmin, TranslationTabularInline

from core.admin import PUBLICATION_COLUMNS, PUBLICATION_FIELDSET, PublishableAdmin

from .models import Municipality, Priority, StrategyPage, SustainableDevelopmentGoal, Theme


class ThemeInline(TranslationTabularInline):
    model = Theme
    fields = ["order", "name", "slug", "description"]
    prepopulated_fields = {"slug": ["name"]}
    ordering = ["order", "name"]
    formfield_overrides = {models.TextField: {"widget": forms.Textarea(attrs={"rows": 2, "cols": 40})}}
    extra = 0


@admin.register(Priority)
class PriorityAdmin(TranslationAdmin):
    list_display = ["name", "tagline", "order", "theme_count"]
    list_display_links = ["name"]
    list_editable = ["order"]
    ordering = ["order", "name"]
    search_fields = ["name_en", "name_fi", "name_sv", "tagline_en"]
    prepopulated_fields = {"slug": ["name"]}
    fields = ["name", "slug", "order", "tagline", "description"]
    inlines = [ThemeInline]

    def get_queryset(self, request):
        return super().get_queryset(request).annotate(theme_count=Count("themes"))

    @admin.display(description=_("themes"), ordering="theme_count")
    def theme_count(self, obj):
        return obj.theme_count


@admin.register(Theme)
class ThemeAdmin(TranslationAdmin):
    list_display = ["name", "priority", "order"]
    list_editable = ["order"]
    list_filter = ["priority"]
    list_select_related = ["priority"]
    search_fields = ["name_en", "name_fi", "name_sv", "priority__name_en"]
    prepopulated_fields = {"slug": ["name"]}
    # Three priorities: radio buttons are quicker than a search box.
    radio_fields = {"priority": admin.VERTICAL}
    fields = ["priority", "name", "slug", "order", "description"]


@admin.register(SustainableDevelopmentGoal)
class SustainableDevelopmentGoalAdmin(TranslationAdmin):
    list_display = ["number", "name", "colour"]
    list_display_links = ["number", "name"]
    search_fields = ["=number", "name_en", "name_fi", "name_sv"]
    fields = ["number", "name", "colour"]


@admin.register(Municipality)
class MunicipalityAdmin(admin.ModelAdmin):
    list_display = ["name_fi", "name_sv", "code", "sub_region", "is_town"]
    list_filter = ["sub_region", "is_town"]
    search_fields = ["name_fi", "name_sv", "=code"]
    fields = ["name_fi", "name_sv", "code", "sub_region", "is_town", "latitude", "longitude"]


@admin.register(StrategyPage)
class StrategyPageAdmin(PublishableAdmin):
    list_display = ["title", "slug", "order", *PUBLICATION_COLUMNS]
    list_editable = ["order"]
    search_fields = ["title_en", "title_fi", "title_sv", "slug", "summary_en"]
    prepopulated_fields = {"slug": ["title"]}
    fieldsets = [
        (None, {"fields": ["title", "slug", "order", "summary", "body"]}),
        PUBLICATION_FIELDSET,
    ]
