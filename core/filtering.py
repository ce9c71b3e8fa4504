"""Building blocks of the public lists: filters whose query parameters form a stable vocabulary.

Several values of one parameter widen the result (OR); different parameters narrow it (AND).
Values that do not validate are ignored and explained on the page, never a server error.
"""

from collections.abc import Collection
from dataclasses import dataclass, field

from django import forms
from django.conf import settings
from django.contrib.postgres.aggregates import ArrayAgg
from django.contrib.postgres.fields import ArrayField
from django.core.exceptions import ImproperlyConfigured
from django.core.paginator import Paginator
from django.core.validators import validate_unicode_slug
from django.db import connection
from django.db.models import BigIntegerField, BooleanField, ExpressionWrapper, F, Lookup, Q, QuerySet, TextField, Value
from django.db.models.constants import LOOKUP_SEP
from django.db.models.functions import Cast
from django.utils.translation import get_language
from django.utils.translation import gettext_lazy as _
from django_filters import CharFilter, Filter, MultipleChoiceFilter
from django_filters.views import FilterView

from search.fields import FACET_OPTIONS, facet_option
from search.queries import matching, rank, ranked

from .caching import cached, keep_with_query


class AnyOfField(forms.MultipleChoiceField):
    """Several values from repeated query parameters; empty ones (`?sdg=`) are simply not there."""

    def to_python(self, value):
        return [v for v in super().to_python(value) if v.strip()]


class FacetCheckboxes(forms.CheckboxSelectMultiple):
    """Checkboxes that show beside each option how many results it gives (`counts` and the words for them,
    `count_words`, set by a FacetedListView); an option that gives nothing is muted but can still be ticked. The
    options are written in the widget's own template, not through a template each, and their words are made here:
    the catalogue has dozens of them."""

    template_name = "includes/facet_checkboxes.html"
    counts: dict[str, int] | None = None

    @staticmethod
    def count_words(count: int) -> str:
        return ""

    def create_option(self, name, value, label, selected, index, subindex=None, attrs=None):
        option = super().create_option(name, value, label, selected, index, subindex=subindex, attrs=attrs)
        option["count"] = None if self.counts is None else self.counts.get(str(value), 0)
        if option["count"] is not None:
            option["count_words"] = self.count_words(option["count"])
        return option


class AnyOfFilter(MultipleChoiceFilter):
    """Match any of the chosen values (across a to-many relation, see `any_of`)."""

    field_class = AnyOfField

    def __init__(self, *args, value_map=None, **kwargs):
        kwargs.setdefault("distinct", False)
        kwargs.setdefault("widget", forms.CheckboxSelectMultiple)
        self.value_map = value_map or {}
        super().__init__(*args, **kwargs)

    @property
    def field(self):
        # Choices drawn from the database are read once per request, not at every use of the field.
        if callable(self.extra.get("choices")):
            self.extra["choices"] = list(self.extra["choices"]())
        return super().field

    def filter(self, qs, value):
        return qs.filter(self.condition(value, qs.model)) if value else qs

    def condition(self, value: list, model) -> Q:
        """The entries of `model` having any of the chosen values."""
        return any_of(model, self.field_name, [self.value_map.get(v, v) for v in value])


def any_of(model, lookup: str, values: list) -> Q:
    """The rows of `model` whose `lookup` is one of `values`.

    A lookup of the model's `facet_lookups` is read from its `facet_options` (`&&`, any in common), as the counts
    read it. Across another to-many relation (a project's tags), the ids come from a subquery
    (`pk IN (SELECT ...)`), which PostgreSQL answers with a semi-join, so that no entry is listed twice.
    """
    if is_facet_option(model, lookup):
        return Q(**{f"{FACET_OPTIONS}__overlap": [facet_option(lookup, value) for value in values]})
    if is_to_many(model, lookup):
        return Q(pk__in=model._base_manager.filter(**{f"{lookup}__in": values}).values("pk"))
    return Q(**{f"{lookup}__in": values})


def is_facet_option(model, lookup) -> bool:
    """Whether `model` keeps the values of `lookup` in its `facet_options` (search.fields)."""
    return isinstance(lookup, str) and lookup in getattr(model, "facet_lookups", ())


def is_to_many(model, lookup: str) -> bool:
    """Whether `lookup` goes across a to-many relation of `model`, where an entry may have several values."""
    field = model._meta.get_field(lookup.split(LOOKUP_SEP, 1)[0])
    return field.many_to_many or field.one_to_many


class EqualsAny(Lookup):
    """`field = ANY(array)`: one array parameter, however many values, whose length the planner reads, so it
    estimates how many rows match (for `field IN (SELECT unnest(array))` it assumes 200, whatever the array)."""

    def as_sql(self, compiler, connection):
        lhs, lhs_params = self.process_lhs(compiler, connection)
        rhs, rhs_params = self.process_rhs(compiler, connection)
        return f"{lhs} = ANY({rhs})", (*lhs_params, *rhs_params)


def id_array(entries: QuerySet) -> str:
    """The ids of `entries` as PostgreSQL writes an array of them ("{4,8,15}"), made by the database as one value
    rather than read row by row."""
    return entries.aggregate(ids=Cast(ArrayAgg("pk"), TextField()))["ids"] or "{}"


def in_array(field: str, array: str) -> Q:
    """The rows whose `field` is one of the ids of `array` (as `id_array` writes them), however many: a single
    text parameter, which neither Django nor the driver goes through value by value."""
    return Q(EqualsAny(F(field), Cast(Value(array), ArrayField(BigIntegerField()))))


class SlugListField(forms.Field):
    """Several slugs from repeated query parameters, checked for form but not against a list."""

    widget = forms.MultipleHiddenInput

    def to_python(self, value):
        return [v.strip().lower() for v in value or [] if v.strip()]

    def validate(self, value):
        super().validate(value)
        if len(value) > 20:
            raise forms.ValidationError(_("Choose at most 20 values."), code="too_many")
        for item in value:
            if len(item) > 100:
                raise forms.ValidationError(_("A value is too long."), code="too_long")
            validate_unicode_slug(item)


class AnySlugFilter(AnyOfFilter):
    """Any of several slugs (tags, companies), carried in the form as hidden fields rather than offered as choices."""

    field_class = SlugListField

    def __init__(self, *args, **kwargs):
        kwargs.setdefault("widget", forms.MultipleHiddenInput)
        super().__init__(*args, **kwargs)


class SearchFilter(CharFilter):
    """A list's `q`: the portal's one search (search.queries), best matches first unless the visitor chose a `sort`.

    The public entries that match are searched once and kept until the content changes, so the page, each of its
    facet counts and every visitor who narrows the same search down read them rather than search again."""

    def __init__(self, *args, **kwargs):
        kwargs.setdefault("label", _("Search"))
        kwargs.setdefault("max_length", 200)
        super().__init__(*args, **kwargs)
        self.hits: dict[str, str] = {}

    def filter(self, qs, value):
        if not value:
            return qs
        found = qs.filter(in_array("pk", self.search_hits(qs.model, value))).annotate(search_rank=rank(value))
        # The order as validated: an unknown `sort` is ignored, so the results stay ranked.
        return found if self.parent.form.cleaned_data.get("sort") else ranked(found)

    def search_hits(self, model, query: str) -> str:
        """The ids of the public entries matching `query`, as an `id_array`."""
        if query not in self.hits:
            self.hits[query] = cached(
                f"{model._meta.app_label}:search-hits:{query}",
                lambda: id_array(matching(model.objects.published(), query)),
            )
        return self.hits[query]


class IntegerFilter(Filter):
    field_class = forms.IntegerField


def is_ticked(value) -> bool:
    return value is True or str(value).strip().lower() in {"1", "on", "true"}


class OnlyIfTrueCheckbox(forms.CheckboxInput):
    """A checkbox that hands over what the address says, so the field alone decides what counts as ticked."""

    def __init__(self, attrs=None):
        super().__init__(attrs, check_test=is_ticked)

    def value_from_datadict(self, data, files, name):
        return data.get(name)


class OnlyIfTrueField(forms.BooleanField):
    """A checkbox filter: ticked (`1`, `on` or `true`) narrows the list; anything else leaves it alone."""

    widget = OnlyIfTrueCheckbox

    def __init__(self, *args, **kwargs):
        kwargs["required"] = False
        super().__init__(*args, **kwargs)

    def to_python(self, value):
        return is_ticked(value)


class OnlyIfTrueFilter(Filter):
    field_class = OnlyIfTrueField

    def filter(self, qs, value):
        return qs.filter(self.condition(value, qs.model)) if value else qs

    def condition(self, value: bool, model) -> Q:
        """The entries the ticked checkbox keeps."""
        return Q(**{self.field_name: True})


class FilteredListView(FilterView):
    """A public list: filters from the query string, invalid values ignored and explained, robust paging."""

    strict = False
    paginate_by = settings.PAGE_SIZE

    def paginate_queryset(self, queryset, page_size):
        paginator = self.get_paginator(queryset, page_size)
        page = paginator.get_page(self.request.GET.get("page"))
        return paginator, page, page.object_list, page.has_other_pages()

    def get_context_data(self, **kwargs):
        context = super().get_context_data(**kwargs)
        form = self.filterset.form
        context["ignored_filters"] = ignored_filters(form)
        context["active_filters"] = active_filters(self.request, form)
        if is_as_validated(self.request, form, context["page_obj"]):
            keep_with_query(self.request)
        return context


@dataclass(frozen=True)
class Facet:
    """How a list counts the options of one of its filters (the filter of the same name, which says through its
    `condition` which entries pass it): by the value `option` takes for each entry (a field of the entry or across
    to-one relations; across a to-many relation, a lookup of the model's `facet_lookups`), among the entries `only`
    keeps (a checkbox filter counts those it would keep, under one option of its own); `names` says how an option's
    SQL text reads in the address."""

    option: str | Value
    only: Q | None = None
    names: dict[str, str] = field(default_factory=dict)


@dataclass
class FacetCounts:
    total: int  # entries matching everything chosen
    counts: dict[str, dict[str, int]]  # facet -> option value -> results if that option is chosen (absent: none)


TOTAL = ""  # the row of the number of results


def facet_counts(filterset, public, facets: dict[str, Facet]) -> FacetCounts:
    """The counts of a list of `public` entries as `filterset` (validated) filters it, kept until the content
    changes under the values that validated (an ignored value counts as absent).

    The rule is the lists' own: several values of one filter widen (OR), filters combine (AND). An option's count
    is the number of entries matching everything else chosen and that option: for a filter already in use, as if
    that option were its only choice (`tally`).
    """
    chosen = chosen_values(filterset)
    name = f"{public.model._meta.app_label}:facet-counts:{get_language()}:{sorted(chosen.items())!r}"
    return cached(name, lambda: count_facets(filterset, public, facets))


def chosen_values(filterset) -> dict[str, tuple]:
    """What each filter in use filters by, as validated; the order of the list does not change a count."""
    chosen = {}
    for name, value in validated(filterset).items():
        values = value if isinstance(value, list) else [value]
        values = sorted({str(item) for item in values if item not in (None, "", False)})
        if values and name != "sort":
            chosen[name] = tuple(values)
    return chosen


def validated(filterset) -> dict:
    """The filters' values that validated (none when the address has no query); the others are ignored."""
    filterset.is_valid()
    return getattr(filterset.form, "cleaned_data", {})


def narrowed(filterset, public, *, but: Collection[str] = ()):
    """The `public` entries passing every filter in use except those named in `but`, unordered."""
    for name, value in validated(filterset).items():
        if name not in but and name != "sort":
            public = filterset.filters[name].filter(public, value)
    return public.order_by()


def count_facets(filterset, public, facets: dict[str, Facet]) -> FacetCounts:
    """Count every option of every facet, and the results, in one query."""
    total, counts = 0, {name: {} for name in facets}
    for name, option, number in tally(filterset, public, facets):
        if name == TOTAL:
            total = number
        elif option is not None:  # None: entries whose field of the option is empty
            counts[name][facets[name].names.get(option, option)] = number
    return FacetCounts(total=total, counts=counts)


def facet_sums(filterset, public, facets: dict[str, Facet], fields: list[str]) -> dict[str, dict[str, dict]]:
    """For the results (under TOTAL) and each option of each facet, the number of entries (`"entries"`) and the sums
    of their `fields`, counted as `facet_counts` counts (so each number is the result count of choosing that
    option), kept until the content changes; one query. An entry is summed once for each option it has, however
    many of its rows lead to that option (two towns of one project count once for "city")."""
    chosen = chosen_values(filterset)
    name = f"{public.model._meta.app_label}:facet-sums:{fields}:{sorted(chosen.items())!r}"
    return cached(name, lambda: sum_facets(filterset, public, facets, fields))


def sum_facets(filterset, public, facets: dict[str, Facet], fields: list[str]) -> dict[str, dict[str, dict]]:
    totals = {TOTAL: {}, **{name: {} for name in facets}}
    for facet, option, number, *summed in tally(filterset, public, facets, fields):
        if option is not None:  # None: entries whose field of the option is empty
            option = facets[facet].names.get(option, option) if facet in facets else option
            totals[facet][option] = {"entries": number, **dict(zip(fields, summed, strict=True))}
    return totals


def tally(filterset, public, facets: dict[str, Facet], fields: Collection[str] = ()) -> list[tuple]:
    """(facet, option, number of entries, sums of `fields`) for the results (facet and option TOTAL) and each
    option of each facet, in one query.

    The entries passing every filter but the facets in use, and all but one of those, are read once (a
    materialized common table expression), with a column for each facet in use saying whether the entry passes
    it. The results are those passing them all; each facet's options are counted over those passing every other
    facet in use, and among them what a checkbox facet keeps. The options an entry has across its to-many
    relations come from its `facet_options`, which holds each once: they are counted together, in one pass over
    the entries' arrays.
    """
    model = public.model
    values = validated(filterset)
    in_use = [name for name in chosen_values(filterset) if name in facets]
    quote = connection.ops.quote_name
    array_facets = {facet.option: name for name, facet in facets.items() if is_facet_option(model, facet.option)}
    columns = {}
    for name, facet in facets.items():
        if name in in_use:
            condition = filterset.filters[name].condition(values[name], model)
            columns[f"chosen_{name}"] = ExpressionWrapper(condition, output_field=BooleanField())
        if facet.only is not None:
            columns[f"only_{name}"] = ExpressionWrapper(facet.only, output_field=BooleanField())
        if name in array_facets.values():
            continue
        if isinstance(facet.option, str) and is_to_many(model, facet.option):
            raise ImproperlyConfigured(f"{model.__name__}.facet_lookups should name {facet.option}, which it counts.")
        option = F(facet.option) if isinstance(facet.option, str) else facet.option
        columns[f"option_{name}"] = Cast(option, TextField())
    # The SQL below names these columns as `values()` writes them: "pk", the `fields` and the `columns`.
    entries = narrowed(filterset, public, but=in_use).values(
        "pk", *fields, *([FACET_OPTIONS] if array_facets else []), **columns
    )

    def passing(facet: str) -> str:
        """The SQL condition on an entry `e` of being counted for `facet`."""
        conditions = [f"e.{quote(f'chosen_{other}')}" for other in in_use if other != facet]
        if facet in facets and facets[facet].only is not None:
            conditions.append(f"e.{quote(f'only_{facet}')}")
        return " AND ".join(conditions) or "TRUE"

    sums = "".join(f", sum({quote(field)})" for field in fields)
    sql, params = entries.query.sql_with_params()
    if len(in_use) > 1:
        # An entry failing two of the facets in use is counted for none of them: it is not kept.
        failed = " + ".join(f"(e.{quote(f'chosen_{name}')} IS NOT TRUE)::int" for name in in_use)
        sql = f"SELECT * FROM ({sql}) AS e WHERE {failed} <= 1"
    parts = [f"SELECT %s, %s, count(*){sums} FROM entries e WHERE {passing(TOTAL)}"]
    params = [*params, TOTAL, TOTAL]
    for name in facets:
        if name not in array_facets.values():
            option = f"e.{quote(f'option_{name}')}"
            parts.append(f"SELECT %s, {option}, count(*){sums} FROM entries e WHERE {passing(name)} GROUP BY 2")
            params.append(name)
    if array_facets:
        # Each option "lookup=value" of the entries' arrays, counted over the entries passing for its facet: those
        # passing every facet in use, or, for a facet in use, every other one. An entry passing for no facet is
        # left before its array is read.
        array_facets_in_use = [(lookup, name) for lookup, name in array_facets.items() if name in in_use]
        cases = "".join(f"WHEN starts_with(option, %s) THEN {passing(name)} " for _lookup, name in array_facets_in_use)
        counted = f"CASE {cases}ELSE {passing(TOTAL)} END" if cases else passing(TOTAL)
        entry_counted = " OR ".join(f"({passing(name)})" for _lookup, name in array_facets_in_use) or passing(TOTAL)
        # unnest() in the select list rather than joined: PostgreSQL then spreads the arrays without a function scan
        # for each entry.
        parts.append(
            f"SELECT NULL, option, count(*){sums} FROM (SELECT e.*, unnest(e.{quote(FACET_OPTIONS)}) AS option "
            f"FROM entries e WHERE {entry_counted}) AS e WHERE {counted} GROUP BY option"
        )
        params += [facet_option(lookup, "") for lookup, _name in array_facets_in_use]
    with connection.cursor() as cursor:
        cursor.execute(f"WITH entries AS MATERIALIZED ({sql}) {' UNION ALL '.join(parts)}", params)
        rows = []
        for name, option, *numbers in cursor.fetchall():
            if name is None:  # an option of the arrays, as facet_option writes it; those of other facets are left
                lookup, option = option.split("=", 1)
                if lookup not in array_facets:
                    continue
                name = array_facets[lookup]
            rows.append((name, option, *numbers))
        return rows


class CountedPaginator(Paginator):
    """A paginator whose number of results is already known (it comes with the facet counts)."""

    def __init__(self, object_list, per_page, *, count: int, **kwargs):
        super().__init__(object_list, per_page, **kwargs)
        self.count = count


class FacetedListView(FilteredListView):
    """A public list whose filters show beside each option how many results choosing it gives (`facets`), counted
    in one query with the number of results, which the paginator then uses rather than counting again."""

    facets: dict[str, Facet] = {}

    @staticmethod
    def count_words(count: int) -> str:
        """What is counted, for screen readers: "projects" in "12 projects"."""
        raise NotImplementedError

    def paginate_queryset(self, queryset, page_size):
        self.facet_counts = facet_counts(self.filterset, queryset.model.objects.published(), self.facets)
        for name, counts in self.facet_counts.counts.items():
            widget = self.filterset.form.fields[name].widget
            if isinstance(widget, FacetCheckboxes):
                widget.counts, widget.count_words = counts, self.count_words
        paginator = CountedPaginator(queryset, page_size, count=self.facet_counts.total)
        page = paginator.get_page(self.request.GET.get("page"))
        return paginator, page, page.object_list, page.has_other_pages()

    def get_context_data(self, **kwargs):
        """The counts, and those of the checkbox filters (one option each) with their words, for the template."""
        context = super().get_context_data(**kwargs)
        context["facet_counts"] = self.facet_counts.counts
        context["checkbox_counts"] = {}
        for name, facet in self.facets.items():
            if facet.only is not None:
                count = sum(self.facet_counts.counts[name].values())
                context["checkbox_counts"][name] = {"count": count, "words": self.count_words(count)}
        return context


def is_as_validated(request, form, page) -> bool:
    """Whether each parameter of the address is a filter's value exactly as it validated, or the page shown, and
    given once: then the page may be kept under its address. An ignored, repeated or empty value never is."""
    if form.errors:
        return False
    for name, values in request.GET.lists():
        if len(set(values)) != len(values):
            return False
        if name == "page":
            valid = page is not None and values == [str(page.number)]
        elif name not in form.cleaned_data:
            valid = False
        else:
            value = form.cleaned_data[name]
            if value is True:
                valid = values[0] in {"1", "on", "true"}
            else:
                valid = [str(item) for item in (value if isinstance(value, list) else [value])] == values
            valid = valid and value not in (None, "", False, [])
        if not valid:
            return False
    return True


def ignored_filters(form) -> list[tuple[str, list]]:
    """(label, what was wrong) of each filter whose value in the address was ignored."""
    return [(form.fields[name].label, errors) for name, errors in form.errors.items() if name in form.fields]


def active_filters(request, form) -> list[dict]:
    """Each value in use, with its label and the URL of the same list without it."""
    if not form.is_bound or not hasattr(form, "cleaned_data"):
        return []
    chips = []
    for name, value in form.cleaned_data.items():
        field = form.fields[name]
        values = [item for item in (value if isinstance(value, list) else [value]) if item not in (None, "", False)]
        if not values or name == "sort":
            continue
        # Only now: a field's choices may cost a query, which a filter not in use should not.
        labels = dict(flat_choices(field)) if hasattr(field, "choices") else {}
        for item in values:
            query = request.GET.copy()
            query.pop("page", None)
            remaining = [v for v in query.getlist(name) if v.strip().lower() != str(item).lower()]
            if isinstance(value, list):
                query.setlist(name, remaining)
            else:
                query.pop(name, None)
            chips.append(
                {
                    "name": name,
                    "label": field.label,
                    "value": labels.get(str(item), _("yes") if item is True else item),
                    "remove_url": f"?{query.urlencode()}" if query else "?",
                }
            )
    return chips


def flat_choices(field):
    for key, label in field.choices:
        if isinstance(label, (list, tuple)):
            yield from ((str(k), v) for k, v in label)
        else:
            yield str(key), label
