"""Which fields of companies are kept in English, Finnish and Swedish (django-modeltranslation)."""

from modeltranslation.translator import TranslationOptions, register

from .models import Company


@register(Company)
class CompanyTranslation(TranslationOptions):
    fields = ("summary", "description")
