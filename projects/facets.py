"""Facet counts of the project catalogue: beside every filter option, how many results choosing it gives.

The counts follow the catalogue's rule: several values of one filter widen (OR), filters combine (AND). An
option's count is the number of projects matching everything else the visitor chose (the search, the other
filters) and that option: for a filter already in use, as if that option were its only choice.

Counting with SQL means grouping every matching project by each facet through the relation tables, which
takes half a second on 100,000 projects. Instead each process keeps a `CatalogueIndex`: for every option, the
set of public projects having it, as a bit set (a Python int, one bit per project). The counts are then a few
hundred AND and bit_count operations on 12.5 KB integers, under a millisecond whatever the filters. The
filters that are not facets (tags, participants, year) are answered by the database, which returns the ids
in the list's order; they become a bit set of the same kind, and the page is cut from them (a year's projects
are read once per index, as a set, for the searches narrowed to that year). A search comes
instead from the posting lists (smartregion.postings) as groups of equal rank, best first (one group when a
sort is chosen), each listed in the catalogue's order that breaks the ties (a `ListOrder`: the public projects
in that order, read once per index, language and order).

The index is rebuilt when the catalogue's version changes: a token in the shared cache that every change to
a project, its relations, the taxonomies, participants or tags replaces (see `catalogue_changed`), and when a
scheduled project, company or partner falls due. Each request reads the token once; the rebuild (about 1 s
on 100,000 projects) happens in the first request after a change. The index also keeps the ordered ids of
recent lists, so a list asked again (the next page, another facet, the next visitor) is neither searched nor
sorted again until the catalogue changes.
"""

import array
import contextvars
import datetime
import functools
import logging
import threading
import time
import uuid
from collections import OrderedDict
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field

from django.core.cache import cache
from django.core.exceptions import EmptyResultSet
from django.db import connection, transaction
from django.db.models import Min, StringAgg, TextField, Value
from django.db.models.functions import Cast
from django.utils import timezone
from django.utils.translation import get_language

from companies.models import Company
from core.publishing import Status
from partners.models import Partner
from portal.pagecache import CACHE_ERRORS
from strategy.models import Area, Municipality

from .models import Project

logger = logging.getLogger(__name__)

VERSION_KEY = "projects:catalogue-version"

# The catalogue's filters that are facets, in the order of the form; `partners_wanted` has the one option "on".
FACETS = ("priority", "theme", "state", "area", "subregion", "municipality", "fund", "sdg", "partners_wanted")
TICKED = "on"
# What each process keeps of recent searches (and other narrowings), with the index that they belong to: at most
# this many, in at most this many bytes (their ids and bit sets); the most recent are kept, and a change to the
# catalogue retires them all.
NARROWED_ENTRIES = 256
# The longest an index is used, in case a change did not replace the version token (a bulk SQL update, say).
MAX_AGE = datetime.timedelta(minutes=10)
NARROWED_BYTES = 32 * 1024 * 1024
# The order of a narrowing read only as a set (a search's other filters): the database need not sort it.
UNORDERED = "unordered"


def bit_set(ids: Iterable[int]) -> int:
    """The int whose bits numbered `ids` are set."""
    ids = list(ids)
    bits = bytearray(max(ids, default=0) // 8 + 1)
    for pk in ids:
        bits[pk >> 3] |= 1 << (pk & 7)
    return int.from_bytes(bits, "little")


def union(bit_sets: Iterable[int]) -> int:
    """The projects in any of `bit_sets`."""
    result = 0
    for bits in bit_sets:
        result |= bits
    return result


def bits_of(flags: bytes, pk: int) -> int:
    return flags[pk >> 3] >> (pk & 7) & 1 if pk >> 3 < len(flags) else 0


@dataclass
class CatalogueIndex:
    """The public projects, and for each option of each facet the bit set of those that have it.

    A project's bit is numbered by its id, so a set of ids from the database needs no translation.
    """

    everything: int  # every public project
    options: dict[str, dict[str, int]]  # facet -> option value -> bit set
    valid_until: datetime.datetime  # when a scheduled entry falls due, or MAX_AGE after it was built
    next_due: datetime.datetime | None = None  # when the next scheduled project, company or partner falls due
    version: str = ""  # the catalogue version it was built for
    # Recent lists of this catalogue: (language, order, filters that are not facets) -> the projects in them.
    narrowed: OrderedDict = field(init=False, default_factory=OrderedDict)
    narrowed_bytes: int = field(init=False, default=0)
    # What searches need of the catalogue as a whole, read when a search first needs it: the orders that their
    # results are listed in (ListOrder, by language and order) and the projects running in a year (by year).
    derived: dict = field(init=False, default_factory=dict)

    def derive(self, key: tuple, read):
        """What is kept under `key`, read by `read()` the first time."""
        with _lock:
            value = self.derived.get(key)
        if value is None:
            value = read()
            with _lock:
                self.derived[key] = value
        return value

    def running_in(self, year: int) -> int:
        """The public projects running at some time in `year`."""

        def read() -> int:
            return bit_set(ids_in_order(Project.objects.published().running_in(year).order_by())) & self.everything

        return self.derive(("year", year), read)

    def keep(self, key, narrowed: "Narrowed") -> None:
        """Keep a narrowing, forgetting the least recently used ones beyond the limits."""
        if key in self.narrowed:
            return
        self.narrowed[key] = narrowed
        self.narrowed_bytes += narrowed.size
        while len(self.narrowed) > NARROWED_ENTRIES or self.narrowed_bytes > NARROWED_BYTES:
            _key, forgotten = self.narrowed.popitem(last=False)
            self.narrowed_bytes -= forgotten.size

    def chosen(self, facet: str, values: Iterable[str]) -> int:
        """The projects having any of these options of `facet`."""
        options = self.options[facet]
        return union(options.get(value, 0) for value in values)


def _members(queryset, *keys: str) -> Iterable[tuple]:
    """(*keys, ids) for each group of `queryset` by `keys`: the database gathers the ids of each group."""
    ids = StringAgg(Cast("project_id" if queryset.model is not Project else "pk", TextField()), Value(","))
    for *values, members in queryset.order_by().values_list(*keys).annotate(members=ids).values_list(*keys, "members"):
        yield *values, map(int, members.split(",")) if members else ()


def build_index() -> CatalogueIndex:
    """Read the public catalogue and its relations, grouped by option: a fixed 10 queries, a few dozen rows."""
    now = timezone.now()
    members: dict[str, dict[str, set[int]]] = {facet: {} for facet in FACETS}

    def add(facet: str, value, ids: Iterable[int]) -> None:
        members[facet].setdefault(str(value), set()).update(ids)

    public: set[int] = set()
    for state, wanted, ids in _members(Project.objects.published(), "state", "is_looking_for_partners"):
        ids = list(ids)
        public.update(ids)
        add("state", state, ids)
        if wanted:
            add("partners_wanted", TICKED, ids)
    for facet, relation, key in [
        ("priority", "priorities", "slug"),
        ("theme", "themes", "slug"),
        ("fund", "funds", "slug"),
        ("sdg", "sdgs", "number"),
        ("municipality", "municipalities", "code"),
    ]:
        field_ = Project._meta.get_field(relation)
        through, target = field_.remote_field.through, field_.m2m_reverse_field_name()
        for value, ids in _members(through.objects.all(), f"{target}__{key}"):
            add(facet, value, ids)
    # A project's sub-regions and areas are those of its municipalities.
    for place in Municipality.objects.all():
        ids = members["municipality"].get(place.code, set())
        add("subregion", place.sub_region, ids)
        add("area", Area.CITY if place.is_town else Area.COUNTRYSIDE, ids)

    everything = bit_set(public)
    options = {
        facet: {value: bit_set(ids) & everything for value, ids in values.items()} for facet, values in members.items()
    }
    # The next project, company or partner (whom the catalogue's filters name) to fall due.
    due = [
        model.objects.filter(status=Status.PUBLISHED, published_at__gt=now).aggregate(next=Min("published_at"))["next"]
        for model in (Project, Company, Partner)
    ]
    # However sure the version token, an index is rebuilt after MAX_AGE: a change the token missed shows then.
    next_due = min(filter(None, due), default=None)
    valid_until = min(next_due or now + MAX_AGE, now + MAX_AGE)
    return CatalogueIndex(everything=everything, options=options, valid_until=valid_until, next_due=next_due)


# --- The index of this process, and when it is out of date -------------------------------------------------------

_lock = threading.Lock()
_current: tuple[str, CatalogueIndex] | None = None
_cache_failed = False


# The version as this request read it (a dict while a request is served): read from the cache once per request.
_this_request: contextvars.ContextVar[dict | None] = contextvars.ContextVar("catalogue_this_request", default=None)


def _request_started(**kwargs) -> None:
    _this_request.set({})


def _request_finished(**kwargs) -> None:
    _this_request.set(None)


def catalogue_version() -> str:
    """The token of the catalogue's current state, read once per request; while the cache cannot be reached,
    one a minute.

    After the cache could not be reached (a change may have gone unmarked, and a process may have kept figures
    of before), the first request that reaches it again marks the catalogue changed.
    """
    this_request = _this_request.get()
    if this_request is not None and "version" in this_request:
        return this_request["version"]
    version = _read_version()
    if this_request is not None:
        this_request["version"] = version
    return version


def _read_version() -> str:
    global _cache_failed
    try:
        if _cache_failed:
            _new_version()
            _cache_failed = False
        version = cache.get(VERSION_KEY)
        if version is None:
            cache.add(VERSION_KEY, uuid.uuid4().hex, timeout=None)
            version = cache.get(VERSION_KEY) or ""
    except CACHE_ERRORS:  # Redis down: answer, with an index at most a minute old, rather than fail
        _cache_failed = True
        logger.warning("The cache cannot be reached: the catalogue's index is rebuilt every minute", exc_info=True)
        return f"without-cache-{int(time.time() // 60)}"
    return version


def catalogue_index() -> CatalogueIndex:
    """This process's index of the catalogue, rebuilt first if the catalogue changed since it was built."""
    global _current
    version = catalogue_version()
    with _lock:
        if _current is not None:
            built_for, index = _current
            if built_for == version and timezone.now() < index.valid_until:
                return index
        index = build_index()
        index.version = version
        _current = (version, index)
        return index


def cached_for_catalogue(name: str, compute):
    """What `compute()` gives, kept in the shared cache for as long as the catalogue stays as it is now."""
    index = catalogue_index()
    key = f"projects:{name}:{index.version}:{index.next_due and index.next_due.timestamp()}"
    try:
        value = cache.get(key)
    except CACHE_ERRORS:
        logger.warning("The cache cannot be reached", exc_info=True)
        return compute()
    if value is None:
        value = compute()
        try:
            cache.set(key, value, timeout=MAX_AGE.total_seconds())
        except CACHE_ERRORS:
            logger.warning("The cache cannot be reached", exc_info=True)
    return value


_kept: dict[tuple, object] = {}


def kept_per_language(compute, *key):
    """What `compute()` gives, kept in this process per language under `key` while the catalogue stays as it is:
    what is made from the catalogue's taxonomies, whose every change marks the catalogue changed."""
    # Also by the time, in MAX_AGE steps: a change that the version token missed shows then, as in the index.
    period = int(time.time() // MAX_AGE.total_seconds())
    key = (catalogue_version(), period, get_language(), *key)
    with _lock:
        if key in _kept:
            return _kept[key]
    value = compute()
    with _lock:
        if any(kept_key[:2] != key[:2] for kept_key in _kept):  # those of an earlier catalogue
            _kept.clear()
        _kept[key] = value
    return value


def kept_choices(choices):
    """`choices` (a function reading a taxonomy's options for a filter), read once per language and process
    while the catalogue stays as it is."""

    @functools.wraps(choices)
    def kept() -> list:
        return kept_per_language(lambda: list(choices()), choices.__module__, choices.__qualname__)

    return kept


def _new_version() -> None:
    this_request = _this_request.get()
    if this_request is not None:  # a request that changes the catalogue sees its own change
        this_request.pop("version", None)
    try:
        cache.set(VERSION_KEY, uuid.uuid4().hex, timeout=None)
    except CACHE_ERRORS:  # the change is saved; marked changed again once the cache answers
        global _cache_failed
        _cache_failed = True
        logger.warning("The cache cannot be reached to mark the catalogue changed", exc_info=True)


def catalogue_changed(**kwargs) -> None:
    """Mark every process's index out of date: now, and again when the change is committed.

    Now, so that this process (and a test inside its transaction) sees the change at once; again on commit,
    so that another process that rebuilt in between, from what was committed before, rebuilds once more.
    """
    _new_version()
    transaction.on_commit(_new_version)


def connect_signals() -> None:
    """Every change that can alter a count or a narrowing: projects, their relations, the entries they point to,
    and the participants and tags that the catalogue filters by."""
    from django.core.signals import request_finished, request_started
    from django.db.models.signals import m2m_changed, post_delete, post_save
    from taggit.models import Tag, TaggedItem

    from strategy.models import Priority, SustainableDevelopmentGoal, Theme

    from .models import Fund, Participation

    for model in (
        Project,
        Municipality,
        Priority,
        Theme,
        SustainableDevelopmentGoal,
        Fund,
        Company,
        Partner,
        Participation,
        Tag,
        TaggedItem,
    ):
        post_save.connect(catalogue_changed, sender=model, dispatch_uid=f"catalogue-save-{model._meta.label}")
        post_delete.connect(catalogue_changed, sender=model, dispatch_uid=f"catalogue-delete-{model._meta.label}")
    for name in ("priorities", "themes", "sdgs", "municipalities", "funds", "tags"):
        through = Project._meta.get_field(name).remote_field.through
        m2m_changed.connect(catalogue_changed, sender=through, dispatch_uid=f"catalogue-m2m-{name}")
    request_started.connect(_request_started, dispatch_uid="catalogue-request-started")
    request_finished.connect(_request_finished, dispatch_uid="catalogue-request-finished")


# --- Counting ------------------------------------------------------------------------------------------------------


@dataclass
class FacetCounts:
    total: int  # projects matching everything chosen
    counts: dict[str, dict[str, int]]  # facet -> option value -> results if that option is chosen too
    matching: int = 0  # the bit set of those projects
    ordered: "OrderedResult | None" = None  # the ids of those projects in the list's order


def count(index: CatalogueIndex, base: int, chosen: dict[str, list[str]]) -> FacetCounts:
    """The counts for a result drawn from `base` (the projects matching the filters that are not facets).

    `chosen` maps each facet in use to its chosen option values. An option of a facet in use counts the
    projects of the other filters having it, as if it were the one choice of its facet.
    """
    selected = {facet: index.chosen(facet, values) for facet, values in chosen.items() if values}
    matching = base
    for bits in selected.values():
        matching &= bits
    counts = {}
    for facet in FACETS:
        others = base
        for other, bits in selected.items():
            if other != facet:
                others &= bits
        counts[facet] = {value: (others & bits).bit_count() for value, bits in index.options[facet].items()}
    return FacetCounts(total=matching.bit_count(), counts=counts, matching=matching)


def facet_counts(filterset) -> FacetCounts:
    """The counts for the catalogue as `filterset` (a bound ProjectFilter) filters it, and its results in order.

    The filters that are not facets narrow the public projects in the database, which returns their ids in the
    list's order (the search's ranking or the chosen sort): one query, and none when the same narrowing was
    asked in the same order since the catalogue last changed (it is kept with the index). The facets then
    count and filter in the index, and the page is cut from the ordered ids (`FacetCounts.ordered`): the
    database neither counts the results nor runs the search or the sort again for another page or filter.
    """
    index = catalogue_index()
    form = filterset.form
    data = form.cleaned_data if form.is_valid() or hasattr(form, "cleaned_data") else {}
    chosen = {facet: _option_values(data.get(facet)) for facet in FACETS}
    narrowing = {
        name: value
        for name, value in data.items()
        if name not in FACETS and name != "sort" and value not in (None, "", [], False)
    }
    order = data.get("sort") or ("relevance" if narrowing.get("q") else "newest")
    narrowed = _narrowed(index, filterset, narrowing, order)
    result = count(index, narrowed.bits, chosen)
    result.ordered = OrderedResult(narrowed, result)
    return result


@dataclass
class Narrowed:
    """The public projects passing some filters: their ids (in the query's order) and their bit set."""

    ids: array.array
    bits: int

    @property
    def size(self) -> int:
        """Roughly the bytes it takes."""
        return self.ids.itemsize * len(self.ids) + self.bits.bit_length() // 8 + 200

    def slice(self, start: int, stop: int, matching: int | None) -> list[int]:
        """The ids at positions start to stop of those in `matching` (None: all of them), in order."""
        if matching is None:
            return list(self.ids[start:stop])
        return walk(self.ids, matching, start, stop - start)


def walk(ids: Iterable[int], bits: int, skip: int, take: int) -> list[int]:
    """Of `ids`, those in `bits`: `take` of them after the first `skip`."""
    flags, chosen, seen = to_flags(bits), [], 0
    for pk in ids:
        if bits_of(flags, pk):
            if seen >= skip:
                chosen.append(pk)
                if len(chosen) == take:
                    break
            seen += 1
    return chosen


@dataclass
class ListOrder:
    """The public projects in one of the catalogue's orders (a sort, or the order that breaks a search's ties),
    read once per index: a search's results are listed in it, not sorted by the database."""

    ids: array.array
    position: array.array  # by id: its place in `ids`
    bits: int  # the bit set of `ids`

    @classmethod
    def read(cls, queryset) -> "ListOrder":
        ids = array.array("q", ids_in_order(queryset))
        position = array.array("q", bytes(8 * (max(ids, default=0) + 1)))
        for place, pk in enumerate(ids):
            position[pk] = place
        return cls(ids=ids, position=position, bits=bit_set(ids))

    def listed(self, bits: int) -> array.array:
        """The ids of `bits` (all of them in this order) in this order."""
        return array.array("q", sorted(ids_of(bits), key=self.position.__getitem__))


@dataclass
class RankedNarrowed:
    """The public projects a search finds, from its posting lists: groups of equal rank, best first (one group when
    a sort is chosen), each listed in `order`."""

    groups: list[tuple[float, int]]
    order: ListOrder
    # The ids of each small group in order, once a page needed them where walking the order would take longer.
    lists: dict[int, array.array] = field(default_factory=dict, repr=False)

    def __post_init__(self):
        self.counts = [bits.bit_count() for _rank, bits in self.groups]
        self.bits = union(bits for _rank, bits in self.groups)  # all of them

    def is_small(self, count: int) -> bool:
        return count * 16 < len(self.order.ids)

    def walk_is_cheaper(self, needed: int, count: int, group_count: int) -> bool:
        """Whether to walk the order to the `needed`th of `count` members of a group of `group_count`, rather than
        list the group (sort its ids, and keep them for the next pages). A large group is always walked; a walk
        passes about needed * all / count ids of the order, a list sorts the group's."""
        return not self.is_small(group_count) or needed * len(self.order.ids) < 4 * count * group_count

    @property
    def size(self) -> int:
        """Roughly the bytes it takes, with the lists of its small groups."""
        listed = sum(8 * count for count in self.counts if self.is_small(count))
        return listed + (len(self.groups) + 1) * (self.bits.bit_length() // 8 + 100)

    def slice(self, start: int, stop: int, matching: int | None) -> list[int]:
        chosen, skip, want = [], start, stop - start
        for number, (_rank, group) in enumerate(self.groups):
            if len(chosen) == want:
                break
            bits = group if matching is None else group & matching
            count = self.counts[number] if matching is None else bits.bit_count()
            if skip >= count:  # the whole group is on earlier pages
                skip -= count
                continue
            take = min(want - len(chosen), count - skip)
            listed = self.lists.get(number)
            if listed is None and self.walk_is_cheaper(skip + take, count, self.counts[number]):
                chosen += walk(self.order.ids, bits, skip, take)
            else:
                if listed is None:
                    listed = self.lists[number] = self.order.listed(group)
                chosen += listed[skip : skip + take] if matching is None else walk(listed, bits, skip, take)
            skip = 0
        return chosen


def to_flags(bits: int) -> bytes:
    return bits.to_bytes(bits.bit_length() // 8 + 1, "little")


# The set bits of each byte value.
_BITS_OF_BYTE = [tuple(bit for bit in range(8) if byte >> bit & 1) for byte in range(256)]


def ids_of(bits: int) -> list[int]:
    """The numbers of the set bits of `bits`, in increasing order."""
    return [place * 8 + bit for place, byte in enumerate(to_flags(bits)) if byte for bit in _BITS_OF_BYTE[byte]]


class OrderedResult(Sequence):
    """The ids of a result in the list's order, read only as far as a page needs."""

    def __init__(self, narrowed: "Narrowed | RankedNarrowed", counts: FacetCounts):
        self.narrowed, self.total = narrowed, counts.total
        # Without a facet in use every narrowed project is in the result: no need to look at each.
        self.matching = None if counts.matching == narrowed.bits else counts.matching

    def __len__(self):
        return self.total

    def __iter__(self):
        return iter(self[0 : self.total])

    def __getitem__(self, item):
        if not isinstance(item, slice):
            return self[item : item + 1][0]
        start, stop, _step = item.indices(self.total)
        return self.narrowed.slice(start, stop, self.matching) if stop > start else []


def _narrowed(index: CatalogueIndex, filterset, narrowing: dict, order: str) -> "Narrowed | RankedNarrowed":
    """The public projects passing the filters in `narrowing`, in `order` (`relevance`, a sort's value, or
    UNORDERED when only the set counts).

    A search is read from its posting lists (smartregion.postings) where they can answer it; anything else is
    one query returning the ids in order."""
    key = _narrowing_key(narrowing, order)
    with _lock:
        if key in index.narrowed:
            index.narrowed.move_to_end(key)
            return index.narrowed[key]
    if True:  # the posting lists are gone: the filters and the search read from SQL, until counts come from SQL
        queryset = Project.objects.published()
        for name, value in narrowing.items():
            queryset = filterset.filters[name].filter(queryset, value)
        if order == UNORDERED:
            queryset = queryset.order_by()
        elif order != "relevance":  # the search ranks its results itself when no sort is chosen
            queryset = filterset.filters["sort"].filter(queryset, order)
        # Only what the index holds as public (a project that fell due a moment ago waits for the next index).
        public = to_flags(index.everything)
        ids = array.array("q", (pk for pk in ids_in_order(queryset) if bits_of(public, pk)))
        narrowed = Narrowed(ids=ids, bits=bit_set(ids))
    with _lock:
        index.keep(key, narrowed)
    return narrowed


def ids_in_order(queryset) -> list[int]:
    """The ids of `queryset` in its order, read without making a model or a dict of each row."""
    try:
        sql, params = queryset.values_list("pk").query.sql_with_params()
    except EmptyResultSet:  # a search of only punctuation, say
        return []
    with connection.cursor() as cursor:
        cursor.execute(sql, params)
        return [row[0] for row in cursor.fetchall()]


def _narrowing_key(narrowing: dict, order: str) -> tuple:
    """The same key for the same list: the search's words, values without repeats or their order; the language
    only where it counts (the search's stemming, titles)."""
    from django.utils.translation import get_language

    from search.queries import search_words

    parts = []
    for name, value in sorted(narrowing.items()):
        if name == "q":
            value = " ".join(search_words(value))
        elif isinstance(value, list):
            value = sorted(set(map(str, value)))
        parts.append((name, repr(value)))
    language = get_language() if order in ("relevance", "title") or "q" in narrowing else ""
    return (language, order, tuple(parts))


def _option_values(value) -> list[str]:
    if value is True:
        return [TICKED]
    if not value:
        return []
    return [str(item) for item in value]
