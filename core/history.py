"""The record of who changed what (django-simple-history), for every public entity: one version a save, and the
changes between versions as curators read them."""

import dataclasses
import datetime

from django.conf import settings
from django.db import models
from django.utils import timezone
from django.utils.formats import date_format
from modeltranslation.translator import NotRegistered, translator
from simple_history import register
from simple_history.models import HistoricalChanges, HistoricalRecords, ModelChange, ModelDelta
from simple_history.template_utils import HistoricalRecordContextHelper

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
        # django-simple-history (3.13) documents no way to rewrite a version's relations, so this uses two of its
        # undocumented parts, to check at each upgrade: m2m_models, its historical relation model for each tracked
        # field (of every model: this model's are picked here), and create_historical_record_m2ms, which it calls
        # to record the relations of a version it has just saved.
        for field in instance._meta.get_fields():
            if field.many_to_many and field in self.m2m_models:
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


def _same(old, new) -> bool:
    """Whether two values of a field read the same to a curator: a time to the second, empty as empty."""
    if isinstance(old, datetime.datetime) and isinstance(new, datetime.datetime):
        return old.replace(microsecond=0) == new.replace(microsecond=0)
    return old == new or (old in (None, "") and new in (None, ""))


def _mirrors(model: type[models.Model]) -> set[str]:
    """The translated fields (title), which mirror the active language's own (title_en): listed once, per language."""
    try:
        return set(translator.get_options_for_model(model).all_fields)
    except NotRegistered:
        return set()


def changes(delta: ModelDelta) -> list[ModelChange]:
    """The changes of `delta` a curator would call changes: not a time that moved by microseconds (as a form
    saves it to the second), not empty replaced by empty, and each text once, in its language."""
    mirrors = _mirrors(delta.new_record.instance_type)
    return [change for change in delta.changes if change.field not in mirrors and not _same(change.old, change.new)]


def changes_since_previous(version: HistoricalChanges) -> list[ModelChange]:
    """What `version` changed from the version before it (nothing, for the first)."""
    previous = version.prev_record
    return changes(version.diff_against(previous)) if previous else []


class VersionChanges(HistoricalRecordContextHelper):
    """The history's list of changes: only real ones (`changes`), a choice by its name, a time as the admin shows it."""

    def context_for_delta_changes(self, delta: ModelDelta) -> list[dict]:
        return super().context_for_delta_changes(dataclasses.replace(delta, changes=changes(delta)))

    def prepare_delta_change_value(self, change: ModelChange, value):
        field = self.model._meta.get_field(change.field)
        if isinstance(field, models.Field) and field.flatchoices and value is not None:
            return dict(field.flatchoices).get(value, value)
        if isinstance(value, datetime.datetime):
            return date_format(timezone.localtime(value), "SHORT_DATETIME_FORMAT")
        return super().prepare_delta_change_value(change, value)
