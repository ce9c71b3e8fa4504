"""Building blocks of the public lists: filters whose query parameters form a stable vocabulary.

Several values of one parameter widen the result (OR); different parameters narrow it (AND).
Values that do not validate are ignored and explained on the page, never a server error.
"""

from django import forms
from django.conf import settings
from django.core.validators import validate_unicode_slug
from django.db.models import Q
from django.db.models.constants import LOOKUP_SEP
from django.db.models.expressions import RawSQL
from django.utils.translation import gettext_lazy as _
from django.utils.translation import npgettext
from django_filters import Filter, MultipleChoiceFilter
from django_filters.views import FilterView

from .caching import keep_with_query


class AnyOfField(forms.MultipleChoiceField):
    """Several values from repeated query parameters; empty ones (`?sdg=`) are simply not there."""

    def to_python(self, value):
        return [v for v in super().to_python(value) if v.strip()]


class FacetCheckboxes(forms.CheckboxSelectMultiple):
    """Checkboxes that show beside each option how many results it gives (`counts`, set by the view); an option
    that gives nothing is muted but can still be ticked. The options are written in the widget's own template,
    not through a template each, and their words are made here: the catalogue has dozens of them."""

    template_name = "includes/facet_checkboxes.html"
    counts: dict[str, int] | None = None

    def create_option(self, name, value, label, selected, index, subindex=None, attrs=None):
        option = super().create_option(name, value, label, selected, index, subindex=subindex, attrs=attrs)
        option["count"] = None if self.counts is None else self.counts.get(str(value), 0)
        if option["count"] is not None:
            option["count_words"] = npgettext("beside a filter option", "project", "projects", option["count"])
        return option


class AnyOfFilter(MultipleChoiceFilter):
    """Match any of the chosen values; a to-many relation is matched through a subquery, so no row repeats."""

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
        if not value:
            return qs
        return qs.filter(any_of(qs.model, self.field_name, [self.value_map.get(v, v) for v in value]))


def any_of(model, lookup: str, values: list) -> Q:
    """The rows of `model` whose `lookup` is one of `values`.

    Across a many-to-many or reverse relation, the ids come from the relation's own table
    (`pk IN (SELECT project_id FROM projects_project_priorities WHERE ...)`), which PostgreSQL
    answers with a semi-join instead of joining, and then de-duplicating, the whole list.
    """
    first, _, rest = lookup.partition(LOOKUP_SEP)
    field = model._meta.get_field(first)
    if not rest or not (field.many_to_many or field.one_to_many):
        return Q(**{f"{lookup}__in": values})
    through = getattr(field.remote_field, "through", None)
    if field.many_to_many and not field.auto_created and through._meta.auto_created:
        ids = through.objects.filter(**{f"{field.m2m_reverse_field_name()}__{rest}__in": values})
        return Q(pk__in=ids.values(field.m2m_field_name()))
    if field.one_to_many:
        ids = field.related_model._base_manager.filter(**{f"{rest}__in": values})
        return Q(pk__in=ids.values(field.field.name))
    return Q(pk__in=model._base_manager.filter(**{f"{lookup}__in": values}).values("pk"))


def in_array(field: str, values: list[int]) -> Q:
    """`field IN (SELECT unnest(values))`: thousands of ids sent as one array, which PostgreSQL joins as a set,
    where `field__in` would send a parameter for each and `field = ANY(array)` would have the planner weigh every
    element."""
    array = "{" + ",".join(str(int(value)) for value in values) + "}"
    return Q(**{f"{field}__in": RawSQL("SELECT unnest(%s::bigint[])", [array])})


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
        return qs.filter(**{self.field_name: True}) if value else qs


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
        context["ignored_filters"] = [
            (form.fields[name].label, errors) for name, errors in form.errors.items() if name in form.fields
        ]
        context["active_filters"] = active_filters(self.request, form)
        if is_as_validated(self.request, form, context["page_obj"]):
            keep_with_query(self.request)
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
        labels = dict(_flat_choices(field)) if hasattr(field, "choices") else {}
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


def _flat_choices(field):
    for key, label in field.choices:
        if isinstance(label, (list, tuple)):
            yield from ((str(k), v) for k, v in label)
        else:
            yield str(key), label
