"""Full-text search over everything public, in English, Finnish and Swedish.

Each searchable table carries stored, GIN-indexed columns made by its migration (not in the model
state, so the history tables never see them):

- `search_en`, `search_fi`, `search_sv`: generated tsvectors, one per language configuration,
  weighted A (title), B (summary, tags) and C (body, rich text stripped of its tags);
- `search_text`: the lower-cased plain text in every language, indexed with pg_trgm, so a word of
  four letters or more is also found inside a longer one (the Finnish compound "kehittämishanke"
  for "hanke", which the Finnish stemmer does not split);
- `search_tags`: the names of the entry's tags, copied by `refresh_search_tags` whenever they change
  (a generated column cannot read another table).

A search word matches when any language's stem matches or, failing that, as an infix; results are
ranked by the weighted frequency (ts_rank) of each word in its best language, summed over the words, so a title hit
ranks above a body hit. The catalogue answers the same search from posting lists (smartregion.postings).
`smartregion_searchword` holds the words of the public texts for "did you mean" (pg_trgm similarity).
"""

import html
import re
from collections.abc import Iterable, Sequence
from contextlib import contextmanager
from dataclasses import dataclass, field

from django.conf import settings
from django.db import connection, migrations
from django.db.models import BooleanField, F, FloatField, QuerySet, TextField, Value
from django.db.models.expressions import RawSQL
from django.dispatch import Signal
from django.utils.html import escape
from django.utils.safestring import SafeString, mark_safe

# The text search configuration of each language of the site.
CONFIGS = {"en": "english", "fi": "finnish", "sv": "swedish"}
MAX_WORDS = 10
# Shorter words would match inside far too many others.
MIN_INFIX_LENGTH = 4
# Weights of D, C, B, A for ts_rank: a title hit outweighs several body hits. (ts_rank_cd, which also weighs how
# close the words stand, took three times as long: 70 ms against 25 ms for a word in 50,000 projects.)
RANK_WEIGHTS = "{0.05, 0.1, 0.4, 1.0}"
# Markers of a highlighted word in ts_headline's output: private-use characters, removed from the text first,
# so nothing a curator wrote can pose as one; the text is escaped before the markers become <mark>.
START, STOP = "\ue000", "\ue001"
HEADLINE_OPTIONS = (
    f'StartSel={START}, StopSel={STOP}, MaxWords=35, MinWords=15, MaxFragments=2, FragmentDelimiter=" … "'
)
# Letters and digits (not the underscore), with inner hyphens and apostrophes: "e-bus", "children's".
WORD = re.compile(r"[^\W_]+(?:[-'][^\W_]+)*")


@dataclass(frozen=True)
class SearchDocument:
    """Which columns of a model make its search document, by weight; translated ones exist once per language."""

    title: Sequence[str]
    summary: Sequence[str] = ()
    body: Sequence[str] = ()
    translated: frozenset[str] = field(default_factory=frozenset)
    tags: str = ""  # the TaggableManager whose names are searched with the summary
    postings: bool = False  # whether the table keeps posting lists (`search_postings`), for a large catalogue

    def columns(self, names: Iterable[str], language: str) -> list[str]:
        return [f"{name}_{language}" if name in self.translated else name for name in names]

    def all_columns(self, names: Iterable[str]) -> list[str]:
        return list(dict.fromkeys(column for language in CONFIGS for column in self.columns(names, language)))


def search_words(query: str) -> list[str]:
    """The words of a visitor's query, lower-cased, at most MAX_WORDS of them."""
    return [word.lower() for word in WORD.findall(query.replace("\x00", ""))][:MAX_WORDS]


# Sent (with the model as sender) when the search columns of some entries changed without saving them, so that
# what keeps search results (the catalogue's facet index) forgets them.
search_documents_changed = Signal()


# --- The stored columns (used by the migrations) -------------------------------------------------------------------


def _joined(expressions: list[str]) -> str:
    return " || ' ' || ".join(expressions) if expressions else "''"


def _plain(column: str) -> str:
    """SQL for the text of a rich-text column without its tags and entities."""
    untagged = f"regexp_replace(coalesce({column}, ''), '<[^>]*>', ' ', 'g')"
    return f"regexp_replace({untagged}, '&(#[0-9]+|[a-z]+);', ' ', 'g')"


def _field_text(document: SearchDocument, names: Sequence[str], language: str, *, with_tags: bool = False) -> str:
    parts = [_plain(column) for column in document.columns(names, language)]
    if with_tags and document.tags:
        parts.append("search_tags")
    return _joined(parts)


def vector_sql(document: SearchDocument, language: str) -> str:
    """SQL for the weighted tsvector of a row in `language`."""
    config = f"'{CONFIGS[language]}'::regconfig"
    weighted = [
        (document.title, "A", False),
        (document.summary, "B", True),
        (document.body, "C", False),
    ]
    return " || ".join(
        f"setweight(to_tsvector({config}, {_field_text(document, names, language, with_tags=tags)}), '{weight}')"
        for names, weight, tags in weighted
        if names or tags
    )


def text_sql(document: SearchDocument) -> str:
    """SQL for the lower-cased plain text of a row in every language, for infix matches and the word list."""
    names = [*document.title, *document.summary, *document.body]
    parts = [_plain(column) for column in document.all_columns(names)]
    if document.tags:
        parts.append("search_tags")
    return f"lower({_joined(parts)})"


def search_columns(table: str, document: SearchDocument) -> migrations.RunSQL:
    """A migration operation adding the search columns and their indexes to `table`."""
    forward = ["CREATE EXTENSION IF NOT EXISTS pg_trgm"]
    if document.tags:
        forward.append(f"ALTER TABLE {table} ADD COLUMN search_tags text NOT NULL DEFAULT ''")
    for language in CONFIGS:
        forward += [
            f"ALTER TABLE {table} ADD COLUMN search_{language} tsvector "
            f"GENERATED ALWAYS AS ({vector_sql(document, language)}) STORED",
            f"CREATE INDEX {table}_search_{language} ON {table} USING gin (search_{language})",
        ]
    forward += [
        f"ALTER TABLE {table} ADD COLUMN search_text text GENERATED ALWAYS AS ({text_sql(document)}) STORED",
        f"CREATE INDEX {table}_search_text ON {table} USING gin (search_text gin_trgm_ops)",
    ]
    columns = [f"search_{language}" for language in CONFIGS] + ["search_text"]
    backward = [f"ALTER TABLE {table} DROP COLUMN IF EXISTS {column}" for column in columns]
    if document.tags:
        backward.append(f"ALTER TABLE {table} DROP COLUMN IF EXISTS search_tags")
    return migrations.RunSQL(forward, backward)


# --- Keeping what a generated column cannot see up to date ----------------------------------------------------------


def _tagged(model) -> tuple[str, str] | None:
    document = getattr(model, "search_document", None)
    if not document or not document.tags:
        return None
    return model._meta.db_table, document.tags


def refresh_search_tags(model, pks: Iterable[int] | None = None) -> None:
    """Copy the tag names of these entries (all when `pks` is None) into their search documents."""
    tagged = _tagged(model)
    if tagged is None:
        return
    from django.contrib.contenttypes.models import ContentType

    table = tagged[0]
    content_type = ContentType.objects.get_for_model(model)
    sql = (
        f"UPDATE {table} SET search_tags = coalesce(("
        "SELECT string_agg(tag.name, ' ' ORDER BY tag.name) FROM taggit_taggeditem item "
        "JOIN taggit_tag tag ON tag.id = item.tag_id "
        f"WHERE item.content_type_id = %s AND item.object_id = {table}.id), '')"
    )
    params: list = [content_type.pk]
    if pks is not None:
        pks = list(pks)
        if not pks:
            return
        sql += f" WHERE {table}.id = ANY(%s)"
        params.append(pks)
    with connection.cursor() as cursor:
        cursor.execute(sql, params)
    search_documents_changed.send(sender=model)


def searchable_models() -> list:
    from django.apps import apps

    return [model for model in apps.get_models() if getattr(model, "search_document", None)]


def _public_condition() -> tuple[str, list]:
    """Say in SQL what visitors may see, by the app's clock as `published_q` does (the database's now() is the start
    of its transaction, inside which the admin publishes an entry and then adds its words)."""
    from django.utils import timezone

    from .publishing import Status

    return f"status = '{Status.PUBLISHED}' AND published_at <= %s", [timezone.now()]


def refresh_search_words(entries: Iterable | None = None) -> None:
    """Rebuild the "did you mean" word list from every public text, or add the words of these saved `entries`."""
    public, public_params = _public_condition()
    if entries is None:
        tables = [model._meta.db_table for model in searchable_models()]
        sources = [f"SELECT search_text FROM {table} WHERE {public}" for table in tables]
        statements = [("TRUNCATE smartregion_searchword", [])]
        params_for_source = public_params * len(tables)
    else:
        by_table: dict[str, list[int]] = {}
        for entry in entries:
            if getattr(entry, "search_document", None):
                by_table.setdefault(entry._meta.db_table, []).append(entry.pk)
        sources = [f"SELECT search_text FROM {table} WHERE {public} AND id = ANY(%s)" for table in by_table]
        statements = []
        params_for_source = [param for pks in by_table.values() for param in (*public_params, pks)]
    if not sources:
        return
    union = " UNION ALL ".join(sources)
    statements.append(
        (
            "INSERT INTO smartregion_searchword (word) "
            f"SELECT DISTINCT word FROM (SELECT regexp_split_to_table(search_text, '[^[:alpha:]]+') AS word "
            f"FROM ({union}) AS source) AS words "
            f"WHERE length(word) BETWEEN {MIN_INFIX_LENGTH} AND 40 ON CONFLICT DO NOTHING",
            params_for_source,
        )
    )
    with connection.cursor() as cursor:
        for sql, params in statements:
            cursor.execute(sql, params)


def refresh_search_documents() -> None:
    """Rebuild what the search reads beside the generated columns: every entry's tags, the word list, and the
    posting lists."""
    from .postings import postings_paused

    with postings_paused():  # rebuilt once after, not row by row
        for model in searchable_models():
            refresh_search_tags(model)
    refresh_search_words()


def refresh_search(entries: Iterable) -> None:
    """Bring the search documents of these saved entries up to date: their tags and their words."""
    entries = [entry for entry in entries if getattr(entry, "search_document", None)]
    by_model: dict = {}
    for entry in entries:
        by_model.setdefault(type(entry), []).append(entry.pk)
    for model, pks in by_model.items():
        refresh_search_tags(model, pks)
    refresh_search_words(entries)


@contextmanager
def tags_changing(tag_ids: Iterable[int]):
    """Refresh the search of the entries carrying these tags before or after the block (a tag renamed, re-assigned,
    merged or deleted in the tag admin)."""
    from django.contrib.contenttypes.models import ContentType
    from taggit.models import TaggedItem

    tag_ids = list(tag_ids)

    def tagged() -> set[tuple[int, int]]:
        return set(TaggedItem.objects.filter(tag_id__in=tag_ids).values_list("content_type_id", "object_id"))

    before = tagged()
    yield
    by_type: dict[int, list[int]] = {}
    for content_type_id, object_id in before | tagged():
        by_type.setdefault(content_type_id, []).append(object_id)
    entries = []
    for model in searchable_models():
        pks = by_type.get(ContentType.objects.get_for_model(model).pk)
        if pks:
            entries += model._base_manager.filter(pk__in=pks).only("pk")
    refresh_search(entries)


# --- Searching ------------------------------------------------------------------------------------------------------


def _escape_like(word: str) -> str:
    return word.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_")


def _word_condition(table: str, word: str, language: str, query: str) -> tuple[str, list]:
    """SQL true for a row matching `word`: by a stem in any language, as an infix, or when it is a stop word."""
    parts, params = [], []
    for code, config in CONFIGS.items():
        parts.append(f"{table}.search_{code} @@ plainto_tsquery('{config}', %s)")
        params.append(word)
    if len(word) >= MIN_INFIX_LENGTH:
        parts.append(f"{table}.search_text LIKE %s")
        params.append(f"%{_escape_like(word)}%")
    # A stop word of the visitor's language ("the", "och", "ja") narrows nothing, unless the query has nothing else.
    config = CONFIGS[language]
    parts.append(f"(numnode(plainto_tsquery('{config}', %s)) = 0 AND numnode(plainto_tsquery('{config}', %s)) > 0)")
    params += [word, query]
    return "(" + " OR ".join(parts) + ")", params


def _any_word_query(config: str, words: list[str]) -> tuple[str, list]:
    return "(" + " || ".join(f"plainto_tsquery('{config}', %s)" for _word in words) + ")", list(words)


def rank_sql(table: str, words: list[str]) -> tuple[str, list]:
    """SQL for a row's rank: for each word, its weighted frequency in the row's best-matching language; summed.

    The posting lists (`posting_ranking`) hold the same figure for each word, so both rank alike."""
    parts, params = [], []
    for word in words:
        per_language = []
        for code, config in CONFIGS.items():
            per_language.append(f"ts_rank('{RANK_WEIGHTS}', {table}.search_{code}, plainto_tsquery('{config}', %s))")
            params.append(word)
        parts.append(f"GREATEST({', '.join(per_language)})")
    return " + ".join(parts), params


def search(queryset: QuerySet, query: str, *, language: str) -> QuerySet:
    """The entries of `queryset` matching every word of `query`, annotated with `search_rank` (higher is better)."""
    words = search_words(query)
    if not words:  # only punctuation: nothing to look for
        return queryset.none().annotate(search_rank=Value(0.0, output_field=FloatField()))
    model = queryset.model
    language = language if language in CONFIGS else settings.LANGUAGE_CODE
    table = connection.ops.quote_name(model._meta.db_table)
    for word in words:
        sql, params = _word_condition(table, word, language, " ".join(words))
        queryset = queryset.filter(RawSQL(sql, params, output_field=BooleanField()))
    sql, params = rank_sql(table, words)
    return queryset.annotate(search_rank=RawSQL(sql, params, output_field=FloatField()))


def ranked(queryset: QuerySet) -> QuerySet:
    """Order searched entries best first, then as their model orders them."""
    return queryset.order_by("-search_rank", *queryset.model._meta.ordering, "pk")


def with_snippets(queryset: QuerySet, query: str, *, language: str) -> QuerySet:
    """Annotate `search_snippet`: the passage of the entry's text in `language` around the words, for `snippet()`."""
    document = queryset.model.search_document
    words = search_words(query)
    language = language if language in CONFIGS else settings.LANGUAGE_CODE
    names = [*document.summary, *document.body]
    if not words:
        shown = ["summary"] if "summary" in document.summary else document.summary[:1]
        column = document.columns(shown, language)[0] if shown else None
        return queryset.annotate(search_snippet=F(column) if column else Value(""))
    table = connection.ops.quote_name(queryset.model._meta.db_table)
    text = _joined([_plain(f"{table}.{column}") for column in document.columns(names, language)])
    config = CONFIGS[language]
    query_sql, params = _any_word_query(config, words)
    # Markers already in the text are removed so that only ours become <mark>.
    sql = f"ts_headline('{config}', translate({text}, %s, ''), {query_sql}, %s)"
    return queryset.annotate(
        search_snippet=RawSQL(sql, [START + STOP, *params, HEADLINE_OPTIONS], output_field=TextField())
    )


def snippet(text: str, query: str = "") -> SafeString:
    """Safe HTML of a snippet: the text escaped, the search's words marked."""
    text = " ".join(html.unescape(text or "").split())
    return mark_safe(escape(text).replace(START, "<mark>").replace(STOP, "</mark>"))


def did_you_mean(query: str) -> str:
    """The query with each unknown word replaced by the closest word of the public texts; '' when none is closer."""
    words = search_words(query)
    if not words:
        return ""
    with connection.cursor() as cursor:
        cursor.execute(
            "SELECT (SELECT candidate.word FROM smartregion_searchword candidate "
            "WHERE candidate.word %% asked.word ORDER BY similarity(candidate.word, asked.word) DESC, candidate.word "
            "LIMIT 1) FROM unnest(%s::text[]) WITH ORDINALITY AS asked(word, position) ORDER BY position",
            [words],
        )
        closest = [row[0] for row in cursor.fetchall()]
    still_public = _in_public_texts({found for found in closest if found})
    suggestion = [found if found in still_public else word for word, found in zip(words, closest, strict=True)]
    return " ".join(suggestion) if suggestion != words else ""


def _in_public_texts(words: set[str]) -> set[str]:
    """The words that some public text still holds: the word list keeps a retired one until it is rebuilt."""
    public, public_params = _public_condition()
    tables = [model._meta.db_table for model in searchable_models()]
    found = set()
    with connection.cursor() as cursor:
        for word in words:
            exists = " OR ".join(
                f"EXISTS (SELECT 1 FROM {table} WHERE {public} AND search_text LIKE %s)" for table in tables
            )
            cursor.execute(f"SELECT {exists}", [*public_params, f"%{_escape_like(word)}%"] * len(tables))
            if cursor.fetchone()[0]:
                found.add(word)
    return found
