"""The open data API: read-only lists and entries of everything public, filtered with the catalogue's own filters."""

from django.conf import settings
from django.urls import reverse
from django.utils import translation
from django.utils.cache import patch_vary_headers
from django.utils.translation import gettext_lazy as _
from django_filters.rest_framework import DjangoFilterBackend
from drf_spectacular.openapi import AutoSchema
from drf_spectacular.types import OpenApiTypes
from drf_spectacular.utils import (
    OpenApiParameter,
    OpenApiResponse,
    extend_schema,
    extend_schema_view,
    inline_serializer,
)
from drf_spectacular.views import SpectacularSwaggerSplitView
from rest_framework import pagination, routers, viewsets
from rest_framework.fields import CharField
from rest_framework.response import Response

from companies.filters import CompanyFilter
from companies.models import Company
from core.links import absolute_url, licence_link
from partners.filters import PartnerFilter
from partners.models import Partner
from projects.figures import catalogue_figures
from projects.filters import SORTS, ProjectFilter
from projects.models import Fund, Project
from strategy.models import FIRST_GOAL, LAST_GOAL, Area, Municipality, Priority, SustainableDevelopmentGoal, Theme

from . import serializers
from .language import response_language

LANG_PARAMETER = OpenApiParameter(
    "lang",
    OpenApiTypes.STR,
    enum=[code for code, _name in settings.LANGUAGES],  # what response_language() serves
    description=_(
        "The language of translated text: en, fi or sv. Without it the Accept-Language header decides, "
        "else English. A missing translation falls back to English, then Finnish."
    ),
)


# django-filter maps `area` through a yes/no column (towns or not); the parameter itself takes these two words.
AREA_PARAMETER = OpenApiParameter(
    "area",
    OpenApiTypes.STR,
    many=True,
    explode=True,
    style="form",
    enum=[area.value for area in Area],
    description=_("Smart City (city: towns) or Smart Countryside (countryside: rural municipalities)."),
)


# The catalogue's filters say their bounds in words; the schema says them as numbers.
YEAR = ProjectFilter.base_filters["year"].extra
YEAR_PARAMETER = OpenApiParameter(
    "year",
    {"type": "integer", "minimum": YEAR["min_value"], "maximum": YEAR["max_value"]},
    description=_("Projects running in this year: from 1990 to 2100."),
)
SDG_PARAMETER = OpenApiParameter(
    "sdg",
    {"type": "array", "items": {"type": "integer", "minimum": FIRST_GOAL, "maximum": LAST_GOAL}},
    explode=True,
    style="form",
    description=_("Sustainable Development Goal, by its number from 1 to 17."),
)
NOT_FOUND = OpenApiResponse(
    response=inline_serializer("NotFound", {"detail": CharField()}),
    description=_("No public entry has this identifier, or the page is past the last one."),
)


class OpenDataSchema(AutoSchema):
    """The schema of an endpoint, with the 404 every one of them can answer."""

    def get_response_serializers(self):
        return {200: super().get_response_serializers(), 404: NOT_FOUND}


class OpenDataRootView(routers.APIRootView):
    """The API's entry point: its endpoints, its documentation and schema, and the data's licence, in the body and
    in Link headers (RFC 8631), so a client or a person opening /api/v1/ finds them."""

    def get(self, request, *args, **kwargs):
        response = super().get(request, *args, **kwargs)
        docs, schema = absolute_url(request, reverse("api:docs")), absolute_url(request, reverse("api:schema"))
        response.data = {"docs": docs, "schema": schema, "licence": settings.OPEN_DATA_LICENCE, **response.data}
        response["Link"] = f'<{docs}>; rel="service-doc", <{schema}>; rel="service-desc", {licence_link()}'
        return response


class PageNumberPagination(pagination.PageNumberPagination):
    page_size = 20
    page_size_query_param = "page_size"
    max_page_size = 100


class LenientFilterBackend(DjangoFilterBackend):
    """The catalogue's filters as the HTML pages apply them: a value that does not validate is ignored."""

    raise_exception = False


def projects_for_api():
    """Published projects in the catalogue's default order, with everything the project serializer reads."""
    return (
        Project.objects.published()
        .order_by(*SORTS["newest"])
        .with_details()
        .prefetch_related("priorities", "municipalities")
    )


class TranslatedResponses:
    """A view whose translated text is in the language the request asks for, under the data's licence."""

    def dispatch(self, request, *args, **kwargs):
        language = response_language(request)
        with translation.override(language):
            response = super().dispatch(request, *args, **kwargs)
        response["Content-Language"] = language
        response["Link"] = licence_link()
        patch_vary_headers(response, ["Accept-Language"])
        return response


class TranslatedViewSet(TranslatedResponses, viewsets.ReadOnlyModelViewSet):
    """A read-only endpoint of entries (a list and each entry), in the language the request asks for."""

    pagination_class = PageNumberPagination
    schema = OpenDataSchema()
    # Only what a slug can be reaches the database (PostgreSQL refuses text with a NUL character, say).
    lookup_value_regex = "[-a-zA-Z0-9_]+"


def documented(list_description: str, retrieve_description: str, parameters=()):
    return extend_schema_view(
        list=extend_schema(description=list_description, parameters=[LANG_PARAMETER, *parameters]),
        retrieve=extend_schema(description=retrieve_description, parameters=[LANG_PARAMETER]),
    )


@documented(
    _("Published projects, newest first, filtered with the query parameters of the project catalogue."),
    _("One published project, by its slug."),
    parameters=[AREA_PARAMETER, YEAR_PARAMETER, SDG_PARAMETER],
)
class ProjectViewSet(TranslatedViewSet):
    serializer_class = serializers.ProjectSerializer
    filter_backends = [LenientFilterBackend]
    filterset_class = ProjectFilter
    lookup_field = "slug"

    def get_queryset(self):
        return projects_for_api()


@documented(
    _("Published companies by name, filtered with the query parameters of the company list."),
    _("One published company, by its slug."),
)
class CompanyViewSet(TranslatedViewSet):
    serializer_class = serializers.CompanySerializer
    filter_backends = [LenientFilterBackend]
    filterset_class = CompanyFilter
    lookup_field = "slug"

    def get_queryset(self):
        return (
            Company.objects.published()
            .select_related("municipality")
            .prefetch_related("priorities", "capabilities")
            .order_by("name", "pk")
        )


@documented(
    _("Published partner organisations by name, filtered with the query parameters of the partner list."),
    _("One published partner organisation, by its slug."),
)
class PartnerViewSet(TranslatedViewSet):
    serializer_class = serializers.PartnerSerializer
    filter_backends = [LenientFilterBackend]
    filterset_class = PartnerFilter
    lookup_field = "slug"

    def get_queryset(self):
        return Partner.objects.published().prefetch_related("priorities").order_by("name", "pk")


@documented(_("The strategy's priorities, in order."), _("One priority, by its slug."))
class PriorityViewSet(TranslatedViewSet):
    serializer_class = serializers.PrioritySerializer
    queryset = Priority.objects.prefetch_related("themes").order_by("order", "name", "pk")
    lookup_field = "slug"


@documented(_("The spearhead themes under the priorities, in order."), _("One theme, by its slug."))
class ThemeViewSet(TranslatedViewSet):
    serializer_class = serializers.ThemeSerializer
    queryset = Theme.objects.select_related("priority").order_by("priority__order", "order", "name", "pk")
    lookup_field = "slug"


@documented(
    _("The municipalities of Uusimaa, by Finnish name."),
    _("One municipality, by its official three-digit code."),
)
class MunicipalityViewSet(TranslatedViewSet):
    serializer_class = serializers.MunicipalitySerializer
    queryset = Municipality.objects.order_by("name_fi", "pk")
    lookup_field = "code"
    lookup_value_regex = "[0-9]{3}"


@documented(_("The UN Sustainable Development Goals, by number."), _("One goal, by its number (1 to 17)."))
class SustainableDevelopmentGoalViewSet(TranslatedViewSet):
    serializer_class = serializers.SustainableDevelopmentGoalSerializer
    queryset = SustainableDevelopmentGoal.objects.order_by("number")
    lookup_field = "number"
    lookup_value_regex = "[0-9]+"


@documented(_("The funds and programmes that finance projects."), _("One fund, by its slug."))
class FundViewSet(TranslatedViewSet):
    serializer_class = serializers.FundSerializer
    queryset = Fund.objects.order_by("order", "name", "pk")
    lookup_field = "slug"


@extend_schema_view(
    list=extend_schema(
        description=_(
            "The figures page's totals and charts of the projects the catalogue's query parameters find, and of "
            "the network; each bar counts what its list shows for that option, and links there."
        ),
        parameters=[LANG_PARAMETER, AREA_PARAMETER, YEAR_PARAMETER, SDG_PARAMETER],
        responses={200: serializers.FiguresSerializer},
    )
)
class FiguresViewSet(TranslatedResponses, viewsets.GenericViewSet):
    serializer_class = serializers.FiguresSerializer
    filter_backends = [LenientFilterBackend]
    filterset_class = ProjectFilter
    pagination_class = None
    queryset = Project.objects.none()  # for the schema's filter parameters: the figures count the published ones

    def list(self, request, *args, **kwargs):
        filterset = ProjectFilter(request.GET, queryset=Project.objects.published(), request=request)
        figures = catalogue_figures(filterset)
        return Response(self.get_serializer(figures).data)


class DocsView(SpectacularSwaggerSplitView):
    """Swagger UI from our own static files, its start-up script a separate file, so the strict CSP holds."""

    template_name = "api/docs.html"
    url_name = "api:schema"
