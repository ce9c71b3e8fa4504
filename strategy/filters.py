"""Choices drawn from the strategy's taxonomies, for the filters of every public list (one query each)."""

from .models import Municipality, Priority, SustainableDevelopmentGoal, Theme


def priority_choices():
    return [(p.slug, p.name) for p in Priority.objects.all()]


def theme_choices():
    """Themes grouped under their priority."""
    groups: dict[str, list] = {}
    for theme in Theme.objects.select_related("priority"):
        groups.setdefault(theme.priority.name, []).append((theme.slug, theme.name))
    return list(groups.items())


def municipality_choices():
    return [(m.code, str(m)) for m in Municipality.objects.by_name()]


def sdg_choices():
    return [(str(g.number), str(g)) for g in SustainableDevelopmentGoal.objects.all()]
