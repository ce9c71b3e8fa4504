"""The record of who changed what (django-simple-history), for every public entity: one version a save."""

from django.conf import settings
from simple_history import register
from simple_history.models import HistoricalRecords

from search import fields as search_fields

# On an entry just saved: whether that save recorded a version, which the relations set next belong to.
SAVE_RECORDED = "_history_save_recorded"
RELATION_CHANGES = ("post_add", "post_remove", "post_clear")


class OneVersionPerSave(HistoricalRecords):
    """django-simple-history's records, where the relations set right after a save complete that save's version.

    A form saves the entry, then each of its many-to-many fields in turn (save_m2m), and simple-history records a
    version at each step: a save that changed three taxonomies made four versions, the first with the old ones.
    Here a relation changed on the object just saved (the same object, as the form holds it) rewrites the
    relations of the version that save recorded; a relation changed on its own still makes a version.
    """

    def post_save(self, instance, created, using=None, **kwargs):
        super().post_save(instance, created, using=using, **kwargs)
        recorded = getattr(settings, "SIMPLE_HISTORY_ENABLED", True) and not (
            kwargs.get("raw", False) or hasattr(instance, "skip_history_when_saving")
        )
        setattr(instance, SAVE_RECORDED, recorded)

    def m2m_changed(self, instance, action, attr, pk_set, reverse, **kwargs):
        if not (action in RELATION_CHANGES and getattr(instance, SAVE_RECORDED, False)):
            return super().m2m_changed(instance, action, attr, pk_set, reverse, **kwargs)
        if hasattr(instance, "skip_history_when_saving"):
            return None
        version = getattr(instance, self.manager_name).first()  # the newest: the one the save recorded
        for field in instance._meta.many_to_many:
            if field in self.m2m_models:  # simple-history's, for every model's fields: this model's only
                self.m2m_models[field].objects.filter(history=version).delete()
        self.create_historical_record_m2ms(version, instance)
        return None


def keep_history(model, *, m2m_fields=()) -> None:
    """Keep every version of `model`'s entries, with all their languages, who saved each and when.

    Called from the app's ready(): django-modeltranslation adds the per-language columns (title_fi, ...) when the
    translation modules are loaded, after the models themselves, and the historical model must copy them too.
    """
    searched = [field.name for field in model._meta.concrete_fields if field.name in search_fields.COLUMNS]
    # The search columns are made from the entry's other columns: a version holds those.
    register(
        model,
        app=model._meta.app_label,
        records_class=OneVersionPerSave,
        m2m_fields=list(m2m_fields),
        excluded_fields=["updated_at", *searched],
    )
