"""Which fields of the strategy's models are kept in English, Finnish and Swedish (django-modeltranslation)."""

from modeltranslation.translator import TranslationOptions, register

from .models import Priority, StrategyPage, SustainableDevelopmentGoal, Theme


@register(Priority)
class PriorityTranslation(TranslationOptions):
    fields = ("name", "tagline", "description")


@register(Theme)
class ThemeTranslation(TranslationOptions):
    fields = ("name", "description")


@register(SustainableDevelopmentGoal)
class GoalTranslation(TranslationOptions):
    fields = ("name",)


@register(StrategyPage)
class StrategyPageTranslation(TranslationOptions):
    fields = ("title", "summary", "body")
