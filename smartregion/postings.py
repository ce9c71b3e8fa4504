"""Posting lists: a search's matches and their ranks without reading the matching rows (PostgreSQL).

A word found in half of a catalogue of 100,000 projects makes the search read and rank 50,000 rows: with the GIN
indexes and `ts_rank` that took 250 to 500 ms on two cores, mostly in fetching the rows. A table with posting
lists (`search_postings`, for models whose `SearchDocument` says `postings=True`) holds instead, for each term
and rank, the bit set of the entries having it (bit n for id n, as the catalogue's facet index numbers them):

- `en:pilot`, `fi:pilo`, `sv:pilot`: a lexeme of a language's search vector, once for each value of
  `ts_rank(RANK_WEIGHTS, vector, lexeme)` among the entries having it (the weight and number of its occurrences);
- `=pilotointi`: a word of the entry's plain text (four letters or more), for the infix matches, rank 0.

A search reads the rows of its words' terms (two small queries), and combines the bit sets in Python into
groups of entries of equal rank, best first (`posting_ranking`). The rank is the one `search.rank_sql` computes:
for each word the best language's `ts_rank`, summed over the words, in single precision as PostgreSQL adds
`real`s. So the catalogue lists the same entries in the same order as the SQL search that the API, feeds and
exports run.

A trigger keeps the lists up to date when an entry's search columns change (by any statement: a save, an
update of many rows, the tags' copy), and forgets them all when the table is truncated. Bulk loads pause it
(`postings_paused`) and rebuild the lists once after (`rebuild_postings`), which takes about 30 s on 100,000
projects.

What the lists do not answer, the SQL search does: a word with other characters than letters (digits, a hyphen,
an apostrophe), one that a language's parser splits into several lexemes, or an improbably long query.
"""

import contextlib
import re
import struct
from collections import defaultdict
from collections.abc import Iterator

from django.conf import settings
from django.db import DatabaseError, connection, migrations, transaction

from .search import CONFIGS, MIN_INFIX_LENGTH, RANK_WEIGHTS, _escape_like, search_words

# A word of the plain text longer than this is not listed for the infix matches (a key must fit the index).
MAX_WORD_LENGTH = 200
# A search whose words combine into more groups of equal rank than this is left to the SQL search.
MAX_GROUPS = 1000
# The setting that pauses the trigger for this connection while a bulk load runs.
PAUSE_SETTING = "smartregion.postings"


def postings_table(table: str) -> str:
    return f"{table}_searchposting"


def _terms_sql(table: str) -> str:
    """SQL of a function giving the (term, rank) pairs of one row of `table`. (In PL/pgSQL: PostgreSQL 15 fails
    to plan the same body as an inlined SQL function beside the table.)"""
    lexemes = [
        f"SELECT '{code}:' || lexeme, ts_rank('{RANK_WEIGHTS}', entry.search_{code}, "
        f"('''' || replace(replace(lexeme, '\\', '\\\\'), '''', '''''') || '''')::tsquery) "
        f"FROM unnest(entry.search_{code})"
        for code in CONFIGS
    ]
    words = (
        "SELECT DISTINCT '=' || word, 0::real FROM regexp_split_to_table(entry.search_text, '[^[:alpha:]]+') AS word "
        f"WHERE length(word) BETWEEN {MIN_INFIX_LENGTH} AND {MAX_WORD_LENGTH}"
    )
    body = " UNION ALL ".join([*lexemes, words])
    return (
        f"CREATE FUNCTION {table}_search_terms(entry {table}) RETURNS TABLE (term text, score real) "
        f"LANGUAGE plpgsql STABLE AS $$ BEGIN RETURN QUERY {body}; END $$"
    )


def _bits_sql(table: str) -> str:
    """SQL of a function setting the bits numbered `came` and clearing those numbered `gone` in a bit set."""
    return f"""
CREATE FUNCTION {table}_posting_bits(bits bytea, came bigint[], gone bigint[]) RETURNS bytea
LANGUAGE plpgsql IMMUTABLE AS $$
DECLARE
    entry bigint;
    size int := coalesce((SELECT max(came_id) FROM unnest(came) AS came_id) / 8 + 1, 0)::int;
BEGIN
    IF size > length(bits) THEN
        bits := bits || decode(repeat('00', size - length(bits)), 'hex');
    END IF;
    FOREACH entry IN ARRAY coalesce(gone, '{{}}') LOOP
        IF entry < length(bits) * 8 THEN
            bits := set_bit(bits, entry, 0);
        END IF;
    END LOOP;
    FOREACH entry IN ARRAY coalesce(came, '{{}}') LOOP
        bits := set_bit(bits, entry, 1);
    END LOOP;
    RETURN bits;
END $$"""


def _apply_sql(table: str, changes: str) -> str:
    """SQL applying `changes` (rows of term, score, id, and whether the entry came or went) to the lists."""
    postings = postings_table(table)
    return f"""
        WITH changes AS ({changes}),
        grouped AS (
            SELECT term, score, array_agg(id) FILTER (WHERE came) AS came, array_agg(id) FILTER (WHERE NOT came) AS gone
            FROM changes GROUP BY term, score
        ),
        updated AS (
            UPDATE {postings} AS posting SET bits = {table}_posting_bits(posting.bits, grouped.came, grouped.gone)
            FROM grouped WHERE posting.term = grouped.term AND posting.score = grouped.score
            RETURNING posting.term, posting.score
        )
        INSERT INTO {postings} (term, score, bits)
        SELECT term, score, {table}_posting_bits(''::bytea, came, NULL) FROM grouped
        WHERE came IS NOT NULL
        AND NOT EXISTS (SELECT FROM updated WHERE updated.term = grouped.term AND updated.score = grouped.score)"""


def _trigger_sql(table: str) -> str:
    """SQL of the trigger function, run once per statement: the entries' bits are cleared in the lists they left
    and set in those they joined. One statement at a time changes the lists (an advisory lock), so two editors
    neither deadlock nor both add the same list."""
    postings = postings_table(table)
    terms = f"{table}_search_terms"
    columns = [*(f"search_{code}" for code in CONFIGS), "search_text"]
    changed = " OR ".join(f"before_row.{column} IS DISTINCT FROM after_row.{column}" for column in columns)
    inserted = f"SELECT t.term, t.score, after_row.id, true AS came FROM new_rows AS after_row, {terms}(after_row) AS t"
    deleted = (
        f"SELECT t.term, t.score, before_row.id, false AS came FROM old_rows AS before_row, {terms}(before_row) AS t"
    )
    updated = f"""
            WITH moved AS (
                SELECT after_row.id FROM new_rows AS after_row
                JOIN old_rows AS before_row ON before_row.id = after_row.id WHERE {changed}
            ),
            before AS (SELECT t.term, t.score, before_row.id FROM old_rows AS before_row, {terms}(before_row) AS t
                       WHERE before_row.id IN (SELECT id FROM moved)),
            after AS (SELECT t.term, t.score, after_row.id FROM new_rows AS after_row, {terms}(after_row) AS t
                      WHERE after_row.id IN (SELECT id FROM moved))
            SELECT *, true AS came FROM (SELECT * FROM after EXCEPT SELECT * FROM before) AS joined
            UNION ALL SELECT *, false FROM (SELECT * FROM before EXCEPT SELECT * FROM after) AS left_"""
    return f"""
CREATE FUNCTION {table}_search_postings() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    IF current_setting('{PAUSE_SETTING}', true) = 'off' THEN
        RETURN NULL;
    END IF;
    IF TG_OP = 'TRUNCATE' THEN
        TRUNCATE {postings};
        RETURN NULL;
    END IF;
    IF TG_OP = 'UPDATE' THEN  -- (nested: an INSERT has no old_rows to plan the test with)
        IF NOT EXISTS (
            SELECT FROM new_rows AS after_row JOIN old_rows AS before_row ON before_row.id = after_row.id
            WHERE {changed}
        ) THEN
            RETURN NULL;  -- no search column changed: neither the lists nor their lock are touched
        END IF;
    END IF;
    PERFORM pg_advisory_xact_lock(hashtext('{postings}'));
    IF TG_OP = 'INSERT' THEN {_apply_sql(table, inserted)};
    ELSIF TG_OP = 'DELETE' THEN {_apply_sql(table, deleted)};
    ELSE {_apply_sql(table, updated)};
    END IF;
    RETURN NULL;
END $$"""


def search_postings(table: str) -> list[migrations.RunSQL | migrations.RunPython]:
    """The migration operations adding the posting lists of `table` (which has the search columns),"""
    postings = postings_table(table)
    forward = [
        f"CREATE TABLE {postings} (term text NOT NULL, score real NOT NULL, bits bytea NOT NULL, "
        "PRIMARY KEY (term, score))",
        # For the infix matches only: for a term asked by name the primary key is far quicker.
        f"CREATE INDEX {postings}_words ON {postings} USING gin (term gin_trgm_ops) WHERE term LIKE '=%%'",
        _terms_sql(table),
        _bits_sql(table),
        _trigger_sql(table),
        # Once per statement (a bulk insert or update changes each list once), with the rows before and after.
        f"CREATE TRIGGER {table}_search_postings_insert AFTER INSERT ON {table} "
        f"REFERENCING NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION {table}_search_postings()",
        f"CREATE TRIGGER {table}_search_postings_update AFTER UPDATE ON {table} "
        "REFERENCING OLD TABLE AS old_rows NEW TABLE AS new_rows "
        f"FOR EACH STATEMENT EXECUTE FUNCTION {table}_search_postings()",
        f"CREATE TRIGGER {table}_search_postings_delete AFTER DELETE ON {table} "
        f"REFERENCING OLD TABLE AS old_rows FOR EACH STATEMENT EXECUTE FUNCTION {table}_search_postings()",
        f"CREATE TRIGGER {table}_search_postings_truncate AFTER TRUNCATE ON {table} "
        f"FOR EACH STATEMENT EXECUTE FUNCTION {table}_search_postings()",
    ]
    backward = [
        *(
            f"DROP TRIGGER IF EXISTS {table}_search_postings_{event} ON {table}"
            for event in ("insert", "update", "delete", "truncate")
        ),
        f"DROP FUNCTION IF EXISTS {table}_search_postings()",
        f"DROP FUNCTION IF EXISTS {table}_posting_bits(bytea, bigint[], bigint[])",
        f"DROP FUNCTION IF EXISTS {table}_search_terms({table})",
        f"DROP TABLE IF EXISTS {postings}",
    ]

    def rebuild(apps, schema_editor):
        rebuild_table(table, schema_editor.connection)

    return [migrations.RunSQL(forward, backward), migrations.RunPython(rebuild, migrations.RunPython.noop)]


# --- Rebuilding --------------------------------------------------------------------------------------------------


def bit_bytes(ids) -> bytes:
    """The little-endian bytes whose bits numbered `ids` are set (PostgreSQL's `set_bit` numbering of a bytea)."""
    ids = list(ids)
    bits = bytearray(max(ids, default=0) // 8 + 1)
    for pk in ids:
        bits[pk >> 3] |= 1 << (pk & 7)
    return bytes(bits)


def rebuild_table(table: str, db=connection) -> None:
    """Rebuild the posting lists of `table` from its rows at once (after a bulk load, or to compact them).

    In one transaction, holding the trigger's lock: searches meanwhile read the lists as they were."""
    postings = postings_table(table)
    with transaction.atomic(using=db.alias), db.cursor() as cursor:
        cursor.execute("SELECT pg_advisory_xact_lock(hashtext(%s))", [postings])
        cursor.execute(f"DELETE FROM {postings}")
        cursor.execute(
            f"SELECT term, score, array_agg(id) FROM {table} AS entry, {table}_search_terms(entry) GROUP BY term, score"
        )
        rows = [(term, score, bit_bytes(ids)) for term, score, ids in cursor.fetchall()]
        with cursor.copy(f"COPY {postings} (term, score, bits) FROM STDIN") as copy:
            for row in rows:
                copy.write_row(row)
    with db.cursor() as cursor:
        cursor.execute(f"ANALYZE {postings}")


def posting_models() -> list:
    from .search import searchable_models

    return [model for model in searchable_models() if model.search_document.postings]


def rebuild_postings() -> None:
    for model in posting_models():
        rebuild_table(model._meta.db_table)


@contextlib.contextmanager
def postings_paused() -> Iterator[None]:
    """Leave the posting lists alone while a bulk load runs on this connection, and rebuild them once after.

    The catalogue is marked changed once they are rebuilt, so that no process keeps a search of the lists as
    they were. (Rebuilding holds the trigger's lock: other writers to the table wait for it.)"""
    with connection.cursor() as cursor:
        cursor.execute(f"SET {PAUSE_SETTING} = 'off'")
    try:
        yield
    except BaseException:
        # The load failed: what it committed still gets its lists, where the connection can still work.
        with contextlib.suppress(DatabaseError):
            _resume()
        raise
    _resume()


def _resume() -> None:
    from .search import search_documents_changed

    with connection.cursor() as cursor:
        cursor.execute(f"RESET {PAUSE_SETTING}")
    rebuild_postings()
    for model in posting_models():
        search_documents_changed.send(sender=model)


# --- Ranking from the lists --------------------------------------------------------------------------------------


def single(value: float) -> float:
    """`value` rounded to single precision, as PostgreSQL stores a `real`."""
    return struct.unpack("f", struct.pack("f", value))[0]


_LEXEME = re.compile(r"^'((?:[^'\\]|'')+)'$")


def posting_ranking(model, query: str, *, language: str, everything: int) -> list[tuple[float, int]] | None:
    """The entries of `model` matching `query` as the SQL search matches them, as groups of equal rank, best first:
    (rank, bit set), drawn from `everything` (the entries that may be found); None when the search must run in SQL."""
    if not model.search_document.postings:
        return None
    words = search_words(query)
    if not words or any(not word.isalpha() or len(word) > MAX_WORD_LENGTH for word in words):
        return None
    configs = list(CONFIGS.items())
    with connection.cursor() as cursor:
        columns = ", ".join(f"plainto_tsquery('{config}', word)::text" for _code, config in configs)
        cursor.execute(
            f"SELECT {columns} FROM unnest(%s::text[]) WITH ORDINALITY AS asked(word, position) ORDER BY position",
            [words],
        )
        stems = []  # for each word: language code -> lexeme, or None where it is a stop word
        for row in cursor.fetchall():
            found = {}
            for (code, _config), text in zip(configs, row, strict=True):
                if not text:
                    found[code] = None
                    continue
                match = _LEXEME.match(text)
                if not match:  # several lexemes ("e-mail"), or one the lists may spell differently
                    return None
                found[code] = match.group(1).replace("''", "'")
            stems.append(found)
        terms = sorted({f"{code}:{lexeme}" for found in stems for code, lexeme in found.items() if lexeme})
        table = postings_table(model._meta.db_table)
        sql = [f"SELECT term, score, bits FROM {table} WHERE term = ANY(%s)"]
        params: list = [terms]
        for word in words:
            if len(word) >= MIN_INFIX_LENGTH:
                sql.append(f"SELECT %s, 0, bits FROM {table} WHERE term LIKE '=%%' AND term LIKE %s")
                params += [f"~{word}", f"=%{_escape_like(word)}%"]
        cursor.execute(" UNION ALL ".join(sql), params)
        lists: dict[str, list[tuple[float, int]]] = defaultdict(list)
        for term, score, bits in cursor.fetchall():
            # The driver reads a `real` as the shortest decimal that names it: back to that single-precision value.
            lists[term].append((single(score), int.from_bytes(bits, "little") & everything))

    visitor = language if language in CONFIGS else settings.LANGUAGE_CODE
    # A stop word of the visitor's language narrows nothing, unless the query has nothing else.
    query_has_words = any(found[visitor] for found in stems)
    groups: dict[float, int] = {0.0: everything}
    for word, found in zip(words, stems, strict=True):
        by_rank: dict[float, int] = defaultdict(int)
        matched = 0
        for code, lexeme in found.items():
            for score, bits in lists.get(f"{code}:{lexeme}", []) if lexeme else []:
                by_rank[score] |= bits
                matched |= bits
        for _score, bits in lists.get(f"~{word}", []):
            matched |= bits
        if found[visitor] is None and query_has_words:
            matched = everything
        # Each entry's rank for this word is its best language's: the highest rank it has.
        word_groups: dict[float, int] = {}
        placed = 0
        for score in sorted(by_rank, reverse=True):
            bits = by_rank[score] & ~placed
            if bits:
                word_groups[score] = bits
                placed |= bits
        if matched & ~placed:
            word_groups[0.0] = word_groups.get(0.0, 0) | (matched & ~placed)
        combined: dict[float, int] = defaultdict(int)
        for total, bits in groups.items():
            for score, word_bits in word_groups.items():
                both = bits & word_bits
                if both:
                    combined[single(total + score)] |= both
        if len(combined) > MAX_GROUPS:
            return None
        groups = combined
    return sorted(groups.items(), reverse=True)
