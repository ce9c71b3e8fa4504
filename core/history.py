"""The record of who changed what (django-simple-history), for every public entity."""

from simple_history import register

from search import fields as search_fields


def keep_history(model, *, m2m_fields=()) -> None:
    """Keep every version of `model`'s entries, with all their languages, who saved each and when.

    Called from the app's ready(): django-modeltranslation adds the per-language columns (title_fi, ...) when the
    translation modules are loaded, after the models themselves, and the historical model must copy them too.
    """
    searched = [field.name for field in model._meta.concrete_fields if field.name in search_fields.COLUMNS]
    # The search columns are made from the entry's other columns: a version holds those.
    register(model, app=model._meta.app_label, m2m_fields=list(m2m_fields), excluded_fields=["updated_at", *searched])
