"""Keeping what the generated search columns cannot see up to date: an entry's copies of its relations
(`search_related`, `facet_options`) and the "did you mean" words.

A searchable model names, in `search_related_names`, the lookups through its many-to-many relations whose text
is searched with its summary (`"themes__name_fi"`, `"tags__name"`), and in `facet_lookups` those whose values
its list counts and filters by (`"municipalities__sub_region"`). Whenever such a relation changes, or a related
row is renamed or deleted, the entries concerned get both columns again, in one UPDATE: the receivers below
listen to exactly those relations and models (a bulk change made with querysets or SQL sends no signal: call
`refresh_related` after it, as `load_demo` does).

The word list holds the words of the texts that are public or scheduled to go public: a search finds a word
inside a longer one through it the moment its entry goes public, and "did you mean" suggests only words that
some public text holds. `refresh_words` adds those of entries just published, and the nightly
`manage.py rebuild_search` rebuilds it, forgetting the words of entries taken off the site.
"""

from collections.abc import Iterable
from contextlib import contextmanager

from django.apps import apps
from django.contrib.contenttypes.models import ContentType
from django.contrib.postgres.expressions import ArraySubquery
from django.contrib.postgres.fields import ArrayField
from django.db import connection
from django.db.models import F, Func, OuterRef, StringAgg, Subquery, TextField, Value
from django.db.models.functions import Cast, Coalesce, Concat
from django.db.models.signals import m2m_changed, post_delete, post_save, pre_delete

from .fields import FACET_OPTIONS, RELATED, TEXT, facet_option, spaced
from .models import SearchWord

# Words shorter than this are not suggested, nor matched inside longer ones.
MIN_WORD_LENGTH = 4
MAX_WORD_LENGTH = 40


def searchable_models() -> list:
    return [model for model in apps.get_models() if any(field.name == TEXT for field in model._meta.concrete_fields)]


def _relations(model, names: str = "search_related_names") -> dict[str, list[str]]:
    """The lookups of `names` (by default `search_related_names`), by the relation they go through."""
    relations: dict[str, list[str]] = {}
    for lookup in getattr(model, names, ()):
        relations.setdefault(lookup.split("__", 1)[0], []).append(lookup)
    return relations


def _watched(model) -> set[str]:
    """The relations whose rows the copies of `model` are made from."""
    return {*_relations(model), *_relations(model, "facet_lookups")}


def _text(expressions: list):
    return spaced([Coalesce(expression, Value(""), output_field=TextField()) for expression in expressions])


def related_text(model):
    """An expression for the text of an entry's related rows: one subquery per relation."""
    per_relation = [
        Subquery(
            model._base_manager.filter(pk=OuterRef("pk"))
            .values("pk")
            .annotate(text=StringAgg(_text([F(lookup) for lookup in lookups]), Value(" ")))
            .values("text")
        )
        for lookups in _relations(model).values()
    ]
    return _text(per_relation)


def facet_options(model):
    """An expression for the options an entry has of each lookup of its `facet_lookups`, each once: an array
    subquery per lookup, joined."""
    arrays = [
        ArraySubquery(
            model._base_manager.filter(pk=OuterRef("pk"), **{f"{lookup}__isnull": False})
            .order_by()
            .annotate(
                option=Concat(Value(facet_option(lookup, "")), Cast(F(lookup), TextField()), output_field=TextField())
            )
            .values("option")
            .distinct()
        )
        for lookup in model.facet_lookups
    ]
    return Func(*arrays, template="(%(expressions)s)", arg_joiner=" || ", output_field=ArrayField(TextField()))


def refresh_related(model, pks: Iterable[int] | None = None) -> None:
    """Write the `search_related` and `facet_options` of these entries of `model` (all when `pks` is None) from
    their relations, and add the words of the public ones to the word list."""
    copies = {}
    if _relations(model):
        copies[RELATED] = related_text(model)
    if getattr(model, "facet_lookups", ()):
        copies[FACET_OPTIONS] = facet_options(model)
    if not copies:
        return
    entries = model._base_manager.all()
    if pks is not None:
        pks = list(pks)
        if not pks:
            return
        entries = entries.filter(pk__in=pks)
    entries.update(**copies)
    if pks is not None:
        _add_words([model.objects.published_or_scheduled().filter(pk__in=pks)])


def refresh_entry(entry) -> None:
    """`refresh_related` for an entry at hand, whose copies in memory are then stale: they are dropped, so that
    the entry reads them again when asked and its next save() leaves them as they are in the database (Django
    saves the fields an instance holds)."""
    refresh_related(type(entry), [entry.pk])
    for name in (RELATED, FACET_OPTIONS):
        entry.__dict__.pop(name, None)


def refresh_words(entries: Iterable | None = None) -> None:
    """Rebuild the word list from every public or scheduled text, or add the words of these saved `entries`."""
    if entries is None:
        SearchWord.objects.all().delete()
        _add_words([model.objects.published_or_scheduled() for model in searchable_models()])
        return
    by_model: dict = {}
    for entry in entries:
        by_model.setdefault(type(entry), []).append(entry.pk)
    searchable = searchable_models()
    _add_words(
        [
            model.objects.published_or_scheduled().filter(pk__in=pks)
            for model, pks in by_model.items()
            if model in searchable
        ]
    )


def _add_words(querysets: list) -> None:
    """Add the words of the entries of `querysets` to the word list, in one statement."""
    sources, params = [], []
    for queryset in querysets:
        sql, query_params = queryset.order_by().values(TEXT).query.sql_with_params()
        sources.append(f"({sql})")
        params += query_params
    if not sources:
        return
    with connection.cursor() as cursor:
        cursor.execute(
            f"INSERT INTO {SearchWord._meta.db_table} (word) SELECT DISTINCT word FROM ("
            f"SELECT regexp_split_to_table({TEXT}, '[^[:alpha:]]+') AS word FROM ({' UNION ALL '.join(sources)}) AS t"
            f") AS words WHERE length(word) BETWEEN {MIN_WORD_LENGTH} AND {MAX_WORD_LENGTH} ON CONFLICT DO NOTHING",
            params,
        )


def rebuild() -> None:
    """Rebuild every entry's `search_related` and `facet_options`, and the word list."""
    for model in searchable_models():
        refresh_related(model)
    refresh_words()


@contextmanager
def tags_changing(tag_ids: Iterable[int]):
    """Refresh the entries carrying these tags before or after the block, which changes who carries them in bulk
    (merging tags in the tag admin moves their rows with querysets, which send no signal)."""
    from taggit.models import TaggedItem

    tag_ids = list(tag_ids)

    def tagged() -> set[tuple[int, int]]:
        return set(TaggedItem.objects.filter(tag_id__in=tag_ids).values_list("content_type_id", "object_id"))

    before = tagged()
    yield
    concerned = before | tagged()
    for model in searchable_models():
        content_type = ContentType.objects.get_for_model(model)
        refresh_related(model, [pk for type_id, pk in concerned if type_id == content_type.pk])


# --- The receivers -------------------------------------------------------------------------------------------------


def _entries_related_to(model, relation: str, instance) -> list[int]:
    return list(model._base_manager.filter(**{relation: instance}).values_list("pk", flat=True))


def connect_signals() -> None:
    for model in searchable_models():
        for relation in _watched(model):
            field = model._meta.get_field(relation)
            _connect_relation(model, relation, field.remote_field.through, field.related_model)


def _connect_relation(model, relation: str, through, related) -> None:
    uid = f"search-{model._meta.label_lower}-{relation}"
    before = f"_{uid}"  # where a related row keeps its entries from pre_delete to post_delete

    def relation_changed(sender, instance, action, **kwargs):
        # The entry's own side (entry.themes.add(theme)); the history of the relations (django-simple-history)
        # refuses changes made from the other side.
        if isinstance(instance, model) and action.startswith("post_"):
            refresh_entry(instance)

    def renamed(sender, instance, created, raw=False, **kwargs):
        if not created and not raw:
            refresh_related(model, _entries_related_to(model, relation, instance))

    def deleting(sender, instance, **kwargs):
        setattr(instance, before, _entries_related_to(model, relation, instance))

    def deleted(sender, instance, **kwargs):
        refresh_related(model, getattr(instance, before, ()))

    m2m_changed.connect(relation_changed, sender=through, weak=False, dispatch_uid=f"{uid}-m2m")
    post_save.connect(renamed, sender=related, weak=False, dispatch_uid=f"{uid}-saved")
    pre_delete.connect(deleting, sender=related, weak=False, dispatch_uid=f"{uid}-deleting")
    post_delete.connect(deleted, sender=related, weak=False, dispatch_uid=f"{uid}-deleted")
