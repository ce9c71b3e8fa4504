"""The record of who changed what (django-simple-history), for every public entity."""

from simple_history import register


def keep_history(model, *, m2m_fields=()) -> None:
    """Keep every version of `model`'s entries, with all their languages, who saved each and when.

    Called from the app's ready(): django-modeltranslation adds the per-language columns (title_fi, ...) when the
    translation modules are loaded, after the models themselves, and the historical model must copy them too.
    """
    register(model, app=model._meta.app_label, m2m_fields=list(m2m_fields), excluded_fields=["updated_at"])
