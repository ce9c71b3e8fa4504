"""One search for every place that searches: the catalogue, /search/, the API, the feeds and the exports.

A query is read in websearch syntax ("quoted phrase", -excluded, or) in English, Finnish and Swedish at once,
against each language's weighted vector (search.fields), so an inflected word of any language finds its other
forms on every language's pages. Failing that, an entry holding every word of four letters or more inside a
longer one (the parts of a Finnish compound) matches too: the words of the public texts that hold it, found
through the word list's trigram index, are looked up in the same vectors. Ranks are the best of the three
languages' `ts_rank`, so a title hit ranks above a summary hit, and both above a body hit.
"""

import html
import operator
import re
from functools import reduce

from django.contrib.postgres.search import SearchHeadline, SearchQuery, SearchRank
from django.db import connection
from django.db.models import Exists, F, Func, Q, QuerySet, TextField, Value
from django.db.models.expressions import RawSQL
from django.db.models.functions import Coalesce, Greatest
from django.utils.html import escape
from django.utils.safestring import SafeString, mark_safe

from .documents import MIN_WORD_LENGTH, searchable_models
from .fields import CONFIGS, TEXT
from .models import SearchWord

MAX_WORDS = 10
# Weights of D, C, B, A: a title hit outweighs several body hits.
RANK_WEIGHTS = [0.05, 0.1, 0.4, 1.0]
# Markers of a highlighted word in ts_headline's output: private-use characters, removed from the text first,
# so nothing a curator wrote can pose as one; the text is escaped before the markers become <mark>.
START, STOP = "\ue000", "\ue001"
# Letters and digits (not the underscore), with inner hyphens and apostrophes: "e-bus", "children's".
WORD = re.compile(r"[^\W_]+(?:[-'][^\W_]+)*")


def search_words(query: str) -> list[str]:
    """The words of a visitor's query, lower-cased, at most MAX_WORDS of them."""
    return [word.lower() for word in WORD.findall(query.replace("\x00", ""))][:MAX_WORDS]


def _queries(query: str) -> dict[str, SearchQuery]:
    query = query.replace("\x00", "")  # PostgreSQL refuses text with a NUL character
    return {code: SearchQuery(query, config=config, search_type="websearch") for code, config in CONFIGS.items()}


def _inside_longer_words(query: str) -> Q | None:
    """Entries holding every long word of the query inside a word of their text, and none of those it excludes
    ("-word") in any language: for each wanted word, any of the public texts' words that hold it (read through
    the word list's trigram index), looked up in the vectors' own indexes.

    None for a query with a quoted phrase, which only its words in that order match.
    """
    if '"' in query:
        return None
    excluded = {word.lower() for word in re.findall(r"(?:^|\s)-(\S+)", query)}
    words = [word for word in search_words(query) if len(word) >= MIN_WORD_LENGTH]
    wanted = [word for word in words if word not in excluded]
    if not wanted:
        return None
    # A tsquery's text: NULL, so matching nothing, when a wanted word is inside none of the words.
    holding = f"(SELECT string_agg(quote_literal(word), ' | ') FROM {SearchWord._meta.db_table} WHERE word LIKE %s)"
    text = RawSQL(
        " || ' & ' || ".join(f"'(' || {holding} || ')'" for _word in wanted),
        [f"%{word}%" for word in wanted],
        output_field=TextField(),
    )
    inside, left_out = Q(), Q()
    for code, config in CONFIGS.items():
        inside |= Q(**{f"search_{code}": SearchQuery(text, config=config, search_type="raw")})
        for word in excluded.intersection(words):
            left_out |= Q(**{f"search_{code}": SearchQuery(word, config=config)})
    return inside & ~left_out if left_out else inside


def matching(queryset: QuerySet, query: str) -> QuerySet:
    """The entries of `queryset` matching `query`, unordered and unranked."""
    if not search_words(query):  # only punctuation: nothing to look for
        return queryset.none()
    matches = Q()
    for code, search_query in _queries(query).items():
        matches |= Q(**{f"search_{code}": search_query})
    inside = _inside_longer_words(query)
    return queryset.filter(matches if inside is None else matches | inside)


def rank(query: str) -> Greatest:
    """How well an entry matches `query`: the best of its three languages' ranks (higher is better)."""
    return Greatest(
        *(
            SearchRank(F(f"search_{code}"), search_query, weights=RANK_WEIGHTS)
            for code, search_query in _queries(query).items()
        )
    )


def search(queryset: QuerySet, query: str) -> QuerySet:
    """The entries of `queryset` matching `query`, annotated with `search_rank` (higher is better)."""
    return matching(queryset, query).annotate(search_rank=rank(query))


def ranked(queryset: QuerySet) -> QuerySet:
    """Order searched entries best first, then as their model orders them."""
    return queryset.order_by("-search_rank", *queryset.model._meta.ordering, "pk")


def with_snippets(queryset: QuerySet, query: str, *, language: str) -> QuerySet:
    """Annotate `search_snippet`: the passage of the entry's summary and body in `language` around the words."""
    code = language if language in CONFIGS else "en"
    text = queryset.model.searched.snippet_text(code)
    # Markers already in the text are removed so that only ours become <mark>.
    headline = SearchHeadline(
        Func(text, Value(START + STOP), Value(""), function="translate", output_field=TextField()),
        _queries(query)[code],
        config=CONFIGS[code],
        start_sel=START,
        stop_sel=STOP,
        max_words=35,
        min_words=15,
        max_fragments=2,
        fragment_delimiter=" … ",
    )
    return queryset.annotate(search_snippet=Coalesce(headline, Value(""), output_field=TextField()))


def snippet(text: str) -> SafeString:
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
            f"SELECT (SELECT candidate.word FROM {SearchWord._meta.db_table} candidate "
            "WHERE candidate.word %% asked.word ORDER BY similarity(candidate.word, asked.word) DESC, candidate.word "
            "LIMIT 1) FROM unnest(%s::text[]) WITH ORDINALITY AS asked(word, position) ORDER BY position",
            [words],
        )
        closest = [row[0] for row in cursor.fetchall()]
    still_public = _in_public_texts({found for found in closest if found})
    suggestion = [found if found in still_public else word for word, found in zip(words, closest, strict=True)]
    return " ".join(suggestion) if suggestion != words else ""


def _in_public_texts(words: set[str]) -> set[str]:
    """The words that some public text still holds (the word list keeps a retired one until it is rebuilt): one
    query a word, each read from the trigram indexes."""
    found = set()
    for word in words:
        public = [
            Exists(model.objects.published().filter(**{f"{TEXT}__contains": word})) for model in searchable_models()
        ]
        if SearchWord.objects.filter(reduce(operator.or_, public), pk=word).exists():
            found.add(word)
    return found
