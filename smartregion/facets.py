"""Facet counts: beside each option of a list's filters, how many results choosing it would give.

The rule, for an option of parameter P (several values of P widen the result, different
parameters narrow it):

- an option not chosen yet counts the result with every other parameter as it is and P's chosen
  values plus this option: |others AND (P in chosen OR option)|;
- an option already chosen counts the result with this option alone in P: how many of the
  current results it brings (unticking the others of P gives exactly that many);
- a yes/no filter (partners_wanted) counts the result with it ticked.

All counts come from one SQL query whatever the number of rows or parameters: the rows matching
the parameters that are not facets (the search, the year, tags, participants) are computed once,
as a materialised common table expression carrying, per project, whether it matches each facet's
chosen values; each facet is then one GROUP BY over that table joined to the facet's relation
table, restricted to the rows that match every other facet, and the facets are glued by UNION ALL.
"""

from dataclasses import dataclass

from django.core.exceptions import EmptyResultSet
from django.db import connection
from django.db.models import BooleanField, ExpressionWrapper, F, Q
from django.db.models.constants import LOOKUP_SEP
from django_filters import FilterSet

from .filtering import AnyOfFilter, OnlyIfTrueFilter, flat_choices

Counts = dict[str, dict[str, int]]


@dataclass(frozen=True)
class _Facet:
    name: str
    chosen: list[str]
    select: str  # the SQL of one facet's GROUP BY, with "{where}" left open
    params: list


def facet_counts(filterset: FilterSet, names: list[str], result_count: int) -> Counts:
    """Count, for each option of the filters `names`, the results choosing it would give, in one query."""
    form = filterset.form
    cleaned = _valid_values(form)
    chosen = {name: _chosen(filterset.filters[name], cleaned.get(name)) for name in names}

    base = filterset.queryset.all()
    for name, value in cleaned.items():
        if name not in names and name != "sort":
            base = filterset.filters[name].filter(base, value)
    model = base.model
    flags = {f"facet_in_{name}": _matching(filterset.filters[name], model, chosen[name]) for name in names}
    columns = {"facet_pk": F("pk")}
    for name in names:
        lookup = filterset.filters[name].field_name
        if LOOKUP_SEP not in lookup:
            columns[f"facet_col_{name}"] = F(lookup)
    flags = {alias: ExpressionWrapper(q, output_field=BooleanField()) for alias, q in flags.items() if q is not None}
    rows = base.order_by().annotate(**columns, **flags).values(*columns, *flags)
    try:
        base_sql, base_params = rows.query.sql_with_params()
    except EmptyResultSet:
        return {name: dict.fromkeys(_option_values(form.fields[name]), 0) for name in names}

    facets = [_facet(filterset.filters[name], name, model, chosen[name]) for name in names]
    parts, params = [], list(base_params)
    for facet in facets:
        others = [f"s.facet_in_{other.name}" for other in facets if other is not facet and other.chosen]
        parts.append(facet.select.format(where=" AND ".join(others) or "1 = 1"))
        params += facet.params
    sql = f"WITH s AS MATERIALIZED ({base_sql}) " + " UNION ALL ".join(parts)
    with connection.cursor() as cursor:
        cursor.execute(sql, params)
        fetched = cursor.fetchall()

    # An option found in no row adds nothing: the result stays as it is if its filter has choices, else it is empty.
    counts: Counts = {
        name: dict.fromkeys(_option_values(form.fields[name]), result_count if chosen[name] else 0) for name in names
    }
    by_name = {facet.name: facet for facet in facets}
    for name, value, total, outside in fetched:
        if value is None:
            continue
        facet = by_name[name]
        if not facet.chosen or value in facet.chosen or isinstance(filterset.filters[name], OnlyIfTrueFilter):
            counts[name][value] = total
        else:
            counts[name][value] = result_count + outside
    return counts


def _option_values(field) -> list[str]:
    if not hasattr(field, "choices"):
        return ["on"]
    return [key for key, _label in flat_choices(field)]


def _valid_values(form) -> dict:
    """The values that validated: the list ignores the others, and so do the counts."""
    if not form.is_bound:
        return {}
    if not hasattr(form, "cleaned_data"):
        form.full_clean()
    return form.cleaned_data


def _chosen(filter_, value) -> list[str]:
    if isinstance(filter_, OnlyIfTrueFilter):
        return ["on"] if value else []
    return [str(v) for v in value or []]


def _matching(filter_, model, chosen: list[str]) -> Q | None:
    if not chosen:
        return None
    if isinstance(filter_, OnlyIfTrueFilter):
        return Q(**{filter_.field_name: True})
    return filter_.matching(model, chosen)


def _facet(filter_, name: str, model, chosen: list[str]) -> _Facet:
    """The GROUP BY that counts one filter's options among the rows of `s` that match the other filters."""
    quote = connection.ops.quote_name
    outside = f"CASE WHEN NOT s.facet_in_{name} THEN s.facet_pk END" if chosen else "NULL"
    if isinstance(filter_, OnlyIfTrueFilter):
        if LOOKUP_SEP in filter_.field_name:
            raise TypeError(f"{name}: only a yes/no filter on a plain field can be counted")
        select = f"SELECT %s, %s, COUNT(*), 0 FROM s WHERE {{where}} AND s.facet_col_{name} = %s"
        return _Facet(name, chosen, select, [name, "on", True])
    if not isinstance(filter_, AnyOfFilter):
        raise TypeError(f"{name} is not a filter of options")
    value_sql, value_params = _as_choice(filter_)
    first, _, rest = filter_.field_name.partition(LOOKUP_SEP)
    if not rest:
        value = value_sql.format(column=f"s.facet_col_{name}")
        select = f"SELECT %s, {value}, COUNT(*), COUNT({outside}) FROM s WHERE {{where}} GROUP BY s.facet_col_{name}"
        return _Facet(name, chosen, select, [name, *value_params])
    field = model._meta.get_field(first)
    through = field.remote_field.through
    if not (field.many_to_many and through._meta.auto_created) or LOOKUP_SEP in rest:
        raise TypeError(f"{name}: only a plain field or a column of a many-to-many relation can be counted")
    target = field.related_model
    column = target._meta.get_field(rest)
    own = through._meta.get_field(field.m2m_field_name()).column
    other = through._meta.get_field(field.m2m_reverse_field_name()).column
    relation = f"{quote(through._meta.db_table)} t ON t.{quote(own)} = s.facet_pk"
    related = f"{quote(target._meta.db_table)} r ON r.{quote(target._meta.pk.column)}"
    if column.unique or column.primary_key:
        # Count on the relation table alone, then name the few groups: far less to join than every row.
        value = value_sql.format(column=f"r.{quote(column.column)}")
        select = (
            f"SELECT %s, {value}, c.total, c.outside FROM ("
            f"SELECT t.{quote(other)} AS target, COUNT(*) AS total, COUNT({outside}) AS outside "
            f"FROM s JOIN {relation} WHERE {{where}} GROUP BY t.{quote(other)}"
            f") c JOIN {related} = c.target"
        )
    else:
        # Several related rows share a value (two towns of one project): count each project once per value.
        value = value_sql.format(column="c.value")
        flag = f", s.facet_in_{name}" if chosen else ""
        select = (
            f"SELECT %s, {value}, COUNT(*), COUNT({outside.replace('s.', 'c.')}) FROM ("
            f"SELECT DISTINCT s.facet_pk{flag}, r.{quote(column.column)} AS value "
            f"FROM s JOIN {relation} JOIN {related} = t.{quote(other)} WHERE {{where}}"
            f") c GROUP BY c.value"
        )
    return _Facet(name, chosen, select, [name, *value_params])


def _as_choice(filter_: AnyOfFilter) -> tuple[str, list]:
    """The SQL that turns a column's value into the option's value in the address (e.g. true into "city")."""
    if not filter_.value_map:
        return "CAST({column} AS TEXT)", []
    cases = " ".join("WHEN {column} = %s THEN %s" for _ in filter_.value_map)
    params = [item for choice, stored in filter_.value_map.items() for item in (stored, str(choice))]
    return f"CASE {cases} END", params
