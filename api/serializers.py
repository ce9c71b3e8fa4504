"""What the open data API publishes of each entry: public content and stable identifiers, never personal data.

Relations are given by their stable identifiers (slugs, municipality codes, goal numbers), so a client can
join them to the lists of /api/v1/priorities/, /api/v1/municipalities/ and so on. The streamed exports of
the catalogue use the project serializer too, so a download and the API always say the same.
"""

from django.utils.translation import gettext_lazy as _
from drf_spectacular.types import OpenApiTypes
from drf_spectacular.utils import extend_schema_field, extend_schema_serializer
from rest_framework import serializers

from companies.models import Company
from core.links import absolute_url
from partners.models import Partner
from projects.models import Fund, Participation, Project
from strategy.models import Municipality, Priority, SustainableDevelopmentGoal, Theme


@extend_schema_field(OpenApiTypes.URI)
class PageUrlField(serializers.ReadOnlyField):
    """The entry's public page on the site, in the language of the response (the serializer's context holds the
    request, which gives the site's address)."""

    def __init__(self, **kwargs):
        kwargs["source"] = "get_absolute_url"
        super().__init__(**kwargs)

    def to_representation(self, value):
        return absolute_url(self.context["request"], value)


def slugs(**kwargs) -> serializers.SlugRelatedField:
    return serializers.SlugRelatedField(many=True, read_only=True, slug_field="slug", **kwargs)


class TagNamesField(serializers.ListField):
    """The names of an entry's free tags, read from the prefetched rows (`tags.names()` would query again)."""

    child = serializers.CharField()

    def __init__(self, **kwargs):
        kwargs["read_only"] = True
        super().__init__(**kwargs)

    def get_attribute(self, instance):
        return [tag.name for tag in getattr(instance, self.source).all()]


class ParticipantSerializer(serializers.ModelSerializer):
    type = serializers.SerializerMethodField()
    slug = serializers.SerializerMethodField()
    name = serializers.SerializerMethodField()

    class Meta:
        model = Participation
        fields = ["type", "slug", "name", "role"]

    def get_type(self, participation) -> str:
        return "company" if participation.company_id else "partner"

    def get_slug(self, participation) -> str:
        return participation.participant.slug

    def get_name(self, participation) -> str:
        return participation.participant.name


class ProjectSerializer(serializers.ModelSerializer):
    url = PageUrlField()
    priorities = slugs()
    themes = slugs()
    sdgs = serializers.SlugRelatedField(many=True, read_only=True, slug_field="number")
    municipalities = serializers.SlugRelatedField(many=True, read_only=True, slug_field="code")
    funds = slugs()
    tags = TagNamesField()
    participants = ParticipantSerializer(many=True, read_only=True, source="participations")

    class Meta:
        model = Project
        fields = [
            "slug",
            "url",
            "title",
            "acronym",
            "summary",
            "description",
            "results",
            "state",
            "start_date",
            "end_date",
            "priorities",
            "themes",
            "sdgs",
            "municipalities",
            "funds",
            "tags",
            "total_budget",
            "eu_contribution",
            "website",
            "eura_code",
            "kohesio_id",
            "keep_eu_id",
            "cordis_id",
            "is_looking_for_partners",
            "partners_sought",
            "participants",
            "published_at",
            "updated_at",
        ]


class CompanySerializer(serializers.ModelSerializer):
    url = PageUrlField()
    municipality = serializers.SlugRelatedField(read_only=True, slug_field="code")
    priorities = slugs()
    capabilities = TagNamesField()

    class Meta:
        model = Company
        fields = [
            "slug",
            "url",
            "name",
            "business_id",
            "kind",
            "sector",
            "municipality",
            "founded_year",
            "summary",
            "description",
            "website",
            "priorities",
            "capabilities",
            "is_open_to_cooperation",
            "published_at",
            "updated_at",
        ]


class PartnerSerializer(serializers.ModelSerializer):
    url = PageUrlField()
    country = serializers.CharField(source="country.code", read_only=True, help_text=_("ISO 3166-1 alpha-2 code."))
    priorities = slugs()

    class Meta:
        model = Partner
        # Never the join request it came from: that holds a person's name, email and phone.
        fields = [
            "slug",
            "url",
            "name",
            "organisation_type",
            "country",
            "city",
            "summary",
            "description",
            "website",
            "priorities",
            "published_at",
            "updated_at",
        ]


class PrioritySerializer(serializers.ModelSerializer):
    url = PageUrlField()
    themes = slugs()

    class Meta:
        model = Priority
        fields = ["slug", "url", "name", "tagline", "description", "order", "themes"]


class ThemeSerializer(serializers.ModelSerializer):
    priority = serializers.SlugRelatedField(read_only=True, slug_field="slug")

    class Meta:
        model = Theme
        fields = ["slug", "name", "description", "priority", "order"]


class MunicipalitySerializer(serializers.ModelSerializer):
    area = serializers.CharField(read_only=True, help_text=_("city (a town) or countryside (a rural municipality)."))

    class Meta:
        model = Municipality
        fields = ["code", "name_fi", "name_sv", "sub_region", "is_town", "area", "latitude", "longitude"]


class SustainableDevelopmentGoalSerializer(serializers.ModelSerializer):
    class Meta:
        model = SustainableDevelopmentGoal
        fields = ["number", "name", "colour"]


class FundSerializer(serializers.ModelSerializer):
    class Meta:
        model = Fund
        fields = ["slug", "name", "acronym", "kind"]


class BarSerializer(serializers.Serializer):
    value = serializers.CharField(help_text=_("The option, as the list's query parameter names it."))
    label = serializers.CharField()
    count = serializers.IntegerField(help_text=_("The projects (or partners, or companies) the list shows for it."))
    eu_funding = serializers.DecimalField(max_digits=14, decimal_places=2)
    total_budget = serializers.DecimalField(max_digits=14, decimal_places=2)
    started = serializers.IntegerField(help_text=_("On the timeline: the projects that started in the year."))
    completed = serializers.IntegerField(help_text=_("On the timeline: the projects completed in the year."))
    url = serializers.SerializerMethodField(help_text=_("The list, filtered to this option."))

    def get_url(self, bar) -> str:
        return absolute_url(self.context["request"], bar.url)


class ChartSerializer(serializers.Serializer):
    name = serializers.CharField(help_text=_("The list's filter the chart counts by, or `year`."))
    label = serializers.CharField()
    title = serializers.CharField()
    caption = serializers.CharField()
    counted = serializers.ChoiceField(choices=["projects", "partners", "companies"])
    bars = BarSerializer(many=True)


@extend_schema_serializer(many=False)  # one object, although the router names its view a list
class FiguresSerializer(serializers.Serializer):
    projects = serializers.IntegerField(help_text=_("The projects the filters find."))
    eu_funding = serializers.DecimalField(max_digits=14, decimal_places=2)
    total_budget = serializers.DecimalField(max_digits=14, decimal_places=2)
    charts = ChartSerializer(many=True, help_text=_("Of the projects the filters find."))
    network = ChartSerializer(many=True, help_text=_("Of every published partner and company."))
