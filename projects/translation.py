"""Which fields of projects are kept in English, Finnish and Swedish (django-modeltranslation)."""

from modeltranslation.translator import TranslationOptions, register

from .models import Fund, Project, ProjectImage


@register(Fund)
class FundTranslation(TranslationOptions):
    fields = ("name",)


@register(Project)
class ProjectTranslation(TranslationOptions):
    fields = ("title", "acronym", "summary", "description", "results", "partners_sought")


@register(ProjectImage)
class ProjectImageTranslation(TranslationOptions):
    fields = ("alt_text", "caption")
