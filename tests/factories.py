import datetime
from decimal import Decimal

import factory
from django.utils import timezone
from taggit.models import Tag, TaggedItem

from companies.models import Company, CompanyKind, Sector
from companies.validators import business_id_check_digit
from core.images import make_renditions
from core.publishing import Status
from partners.models import OrganisationType, Partner
from projects.models import ParticipantRole, Participation, Project, ProjectImage, ProjectState
from search.documents import refresh_entry
from strategy.models import Municipality, Priority, StrategyPage


def valid_business_id(n: int) -> str:
    """The n-th valid Finnish business ID (skipping prefixes that have no valid check digit)."""
    number = 1000000 + n * 13
    while business_id_check_digit(f"{number:07d}") is None:
        number += 1
    return f"{number:07d}-{business_id_check_digit(f'{number:07d}')}"


def set_many(field_name):
    """A post-generation hook that sets a many-to-many field when the test passes values for it.

    The rows go straight into the relation's table, as a bulk import writes them: no signal, so no version of
    the history and no refresh of the entry's copies of its relations. `related_copies_refreshed`, the factories'
    last hook, refreshes those once. Tests of what a change to a relation does change it themselves.
    """

    def hook(obj, create, extracted, **kwargs):
        if create and extracted:
            add_rows(obj, field_name, extracted)

    hook.__name__ = field_name
    return factory.post_generation(hook)


def add_rows(obj, field_name: str, targets) -> None:
    field = obj._meta.get_field(field_name)
    through = field.remote_field.through
    source, target = f"{field.m2m_field_name()}_id", f"{field.m2m_reverse_field_name()}_id"
    through.objects.bulk_create(
        [through(**{source: obj.pk, target: getattr(item, "pk", item)}) for item in targets], ignore_conflicts=True
    )


def set_tags(field_name):
    """A post-generation hook that tags the entry with the names the test passes, written as rows like
    `set_many`'s: no signal, so no refresh of the searched names per tag (`related_copies_refreshed` does it)."""

    def hook(obj, create, extracted, **kwargs):
        if create and extracted:
            tags = [Tag.objects.get_or_create(name=name)[0] for name in extracted]
            TaggedItem.objects.bulk_create([TaggedItem(content_object=obj, tag=tag) for tag in tags])

    hook.__name__ = field_name
    return factory.post_generation(hook)


def refresh_related_copies():
    """The factories' last hook: the entry's copies of the relations the hooks above wrote (its searched names and
    facet options, search.documents), refreshed once."""

    def hook(obj, create, extracted, **kwargs):
        if create:
            refresh_entry(obj)

    return factory.post_generation(hook)


class PublishedFactory(factory.django.DjangoModelFactory):
    status = Status.PUBLISHED
    published_at = factory.LazyFunction(lambda: timezone.now() - datetime.timedelta(days=1))

    class Meta:
        abstract = True

    class Params:
        # The states visitors must never see; staff may preview each of them.
        draft = factory.Trait(status=Status.DRAFT, published_at=None)
        in_review = factory.Trait(status=Status.IN_REVIEW, published_at=None)
        archived = factory.Trait(status=Status.ARCHIVED)
        scheduled = factory.Trait(
            published_at=factory.LazyFunction(lambda: timezone.now() + datetime.timedelta(days=7))
        )


class ProjectFactory(PublishedFactory):
    title = factory.Sequence(lambda n: f"Project {n:04d}")
    slug = factory.Sequence(lambda n: f"project-{n:04d}")
    summary = "A project of the Helsinki-Uusimaa region."
    state = ProjectState.ONGOING
    start_date = datetime.date(2023, 1, 1)
    end_date = datetime.date(2026, 12, 31)
    total_budget = Decimal("1000000.00")
    eu_contribution = Decimal("400000.00")

    class Meta:
        model = Project
        skip_postgeneration_save = True

    @factory.post_generation
    def priorities(self, create, extracted, **kwargs):
        if create:
            add_rows(
                self, "priorities", extracted if extracted is not None else [Priority.objects.order_by("order").first()]
            )

    municipalities = set_many("municipalities")
    themes = set_many("themes")
    sdgs = set_many("sdgs")
    funds = set_many("funds")

    tags = set_tags("tags")

    related_copies_refreshed = refresh_related_copies()


class ProjectImageFactory(factory.django.DjangoModelFactory):
    project = factory.SubFactory(ProjectFactory)
    image = factory.django.ImageField(width=60, height=40, color="green", format="PNG")
    alt_text = factory.Sequence(lambda n: f"Photo {n} of the project site")
    caption = ""
    credit = ""

    class Meta:
        model = ProjectImage
        skip_postgeneration_save = True

    @factory.post_generation
    def with_renditions(self, create, extracted, **kwargs):
        """ProjectImageFactory(with_renditions=True) also draws its renditions, as saving it in the admin does."""
        if create and extracted and make_renditions(self, "image"):
            self.save(update_fields=["renditions"])


class CompanyFactory(PublishedFactory):
    name = factory.Sequence(lambda n: f"Company {n:04d} Oy")
    slug = factory.Sequence(lambda n: f"company-{n:04d}")
    business_id = factory.Sequence(valid_business_id)
    kind = CompanyKind.SME
    sector = Sector.J
    municipality = factory.LazyFunction(lambda: Municipality.objects.get(code="091"))
    summary = "A company of the Helsinki-Uusimaa region."

    class Meta:
        model = Company
        skip_postgeneration_save = True

    priorities = set_many("priorities")

    capabilities = set_tags("capabilities")

    related_copies_refreshed = refresh_related_copies()


class PartnerFactory(PublishedFactory):
    name = factory.Sequence(lambda n: f"Partner {n:04d}")
    slug = factory.Sequence(lambda n: f"partner-{n:04d}")
    organisation_type = OrganisationType.UNIVERSITY
    country = "SE"
    city = "Stockholm"
    summary = "A partner organisation."

    class Meta:
        model = Partner
        skip_postgeneration_save = True

    priorities = set_many("priorities")
    related_copies_refreshed = refresh_related_copies()


class ParticipationFactory(factory.django.DjangoModelFactory):
    project = factory.SubFactory(ProjectFactory)
    company = factory.SubFactory(CompanyFactory)
    partner = None
    role = ParticipantRole.PARTNER

    class Meta:
        model = Participation

    class Params:
        # A partner organisation takes part instead of a company.
        of_partner = factory.Trait(company=None, partner=factory.SubFactory(PartnerFactory))


class StrategyPageFactory(PublishedFactory):
    title = factory.Sequence(lambda n: f"Page {n}")
    slug = factory.Sequence(lambda n: f"page-{n}")
    body = "<h2>Section</h2><p>Text.</p>"

    class Meta:
        model = StrategyPage
