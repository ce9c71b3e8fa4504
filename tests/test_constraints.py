"""Every rule is kept twice: the database refuses bad rows, and model validation explains them in words."""

import datetime
from decimal import Decimal

import pytest
from django.core.exceptions import ValidationError
from django.db import IntegrityError, transaction
from django.utils import timezone

from companies.validators import business_id_check_digit
from core.publishing import Status
from partners.models import JoinRequest, JoinRequestStatus, OrganisationType
from projects.models import ParticipantRole, Participation, ProjectImage, ProjectState
from strategy.models import Municipality, StrategyPage, SubRegion, SustainableDevelopmentGoal
from tests.factories import (
    CompanyFactory,
    ParticipationFactory,
    PartnerFactory,
    ProjectFactory,
    ProjectImageFactory,
    StrategyPageFactory,
)

pytestmark = pytest.mark.django_db


def refused_by_database(create, constraint):
    """Run `create` and expect the database to refuse it by `constraint` (its name or its column)."""
    with pytest.raises(IntegrityError) as caught, transaction.atomic():
        create()
    assert constraint in str(caught.value)


def validation_errors(instance) -> dict[str, list[str]]:
    with pytest.raises(ValidationError) as caught:
        instance.full_clean()
    return caught.value.message_dict


def all_messages(instance) -> list[str]:
    return [message for messages in validation_errors(instance).values() for message in messages]


# Unique slugs


@pytest.mark.parametrize("factory", [ProjectFactory, CompanyFactory, PartnerFactory, StrategyPageFactory])
def test_two_entries_cannot_share_a_slug(factory):
    factory(slug="same-address")

    refused_by_database(lambda: factory(slug="same-address"), "slug")
    errors = validation_errors(factory.build(slug="same-address"))
    assert "already exists" in errors["slug"][0]


def test_entries_of_different_kinds_may_share_a_slug():
    ProjectFactory(slug="vety")
    CompanyFactory(slug="vety")
    PartnerFactory(slug="vety")


# Participation


def test_participation_with_both_a_company_and_a_partner_is_refused():
    project, company, partner = ProjectFactory(), CompanyFactory(), PartnerFactory()

    refused_by_database(
        lambda: Participation.objects.create(project=project, company=company, partner=partner),
        "participation_exactly_one_participant",
    )
    participation = Participation(project=project, company=company, partner=partner)
    assert "Choose exactly one participant: a company or a partner organisation." in all_messages(participation)


def test_participation_with_neither_a_company_nor_a_partner_is_refused():
    project = ProjectFactory()

    refused_by_database(lambda: Participation.objects.create(project=project), "participation_exactly_one_participant")
    messages = all_messages(Participation(project=project))
    assert "Choose exactly one participant: a company or a partner organisation." in messages


def test_participation_with_exactly_one_participant_is_accepted():
    project = ProjectFactory()
    Participation(project=project, company=CompanyFactory()).full_clean()
    Participation(project=project, partner=PartnerFactory()).full_clean()


def test_project_has_only_one_lead_partner():
    project = ProjectFactory()
    ParticipationFactory(project=project, role=ParticipantRole.LEAD)

    refused_by_database(lambda: ParticipationFactory(project=project, role=ParticipantRole.LEAD), "project_id")
    second_lead = Participation(project=project, company=CompanyFactory(), role=ParticipantRole.LEAD)
    assert "A project has only one lead partner." in all_messages(second_lead)


def test_each_project_may_have_its_own_lead_and_many_partners():
    for project in [ProjectFactory(), ProjectFactory()]:
        ParticipationFactory(project=project, role=ParticipantRole.LEAD)
        ParticipationFactory(project=project, role=ParticipantRole.PARTNER)
        ParticipationFactory(project=project, role=ParticipantRole.PARTNER)

    assert Participation.objects.filter(role=ParticipantRole.LEAD).count() == 2


def test_company_takes_part_in_a_project_only_once():
    participation = ParticipationFactory()

    refused_by_database(
        lambda: ParticipationFactory(project=participation.project, company=participation.company),
        "company_id",
    )
    again = Participation(project=participation.project, company=participation.company)
    assert "This company already takes part in the project." in all_messages(again)


# Project dates and money


def test_project_cannot_end_before_it_starts():
    dates = {"start_date": datetime.date(2025, 6, 1), "end_date": datetime.date(2025, 5, 31)}

    refused_by_database(lambda: ProjectFactory(**dates), "project_end_not_before_start")
    assert "The end date cannot be before the start date." in all_messages(ProjectFactory.build(**dates))


def test_project_may_start_and_end_on_the_same_day():
    ProjectFactory.build(start_date=datetime.date(2025, 6, 1), end_date=datetime.date(2025, 6, 1)).full_clean()


def test_eu_contribution_cannot_exceed_the_total_budget():
    money = {"total_budget": Decimal("100000.00"), "eu_contribution": Decimal("100000.01")}

    refused_by_database(lambda: ProjectFactory(**money), "project_eu_contribution_within_budget")
    assert "The EU contribution cannot be more than the total budget." in all_messages(ProjectFactory.build(**money))


def test_eu_contribution_needs_a_total_budget():
    money = {"total_budget": None, "eu_contribution": Decimal("5000.00")}

    refused_by_database(lambda: ProjectFactory(**money), "project_eu_contribution_needs_budget")
    assert "Enter the total budget when you give an EU contribution." in all_messages(ProjectFactory.build(**money))


def test_eu_contribution_may_equal_the_total_budget():
    ProjectFactory.build(total_budget=Decimal("100000.00"), eu_contribution=Decimal("100000.00")).full_clean()


def test_total_budget_cannot_be_negative():
    refused_by_database(
        lambda: ProjectFactory(total_budget=Decimal("-1.00"), eu_contribution=None), "project_budget_not_negative"
    )
    errors = validation_errors(ProjectFactory.build(total_budget=Decimal("-1.00"), eu_contribution=None))
    assert "total_budget" in errors


def test_completed_project_needs_an_end_date():
    completed = {"state": ProjectState.COMPLETED, "end_date": None}

    refused_by_database(lambda: ProjectFactory(**completed), "project_completed_has_end")
    assert "A completed project needs an end date." in all_messages(ProjectFactory.build(**completed))


# Finnish business IDs


@pytest.mark.parametrize("business_id", ["0112038-9", "2336509-6"])
def test_valid_business_id_is_accepted(business_id):
    CompanyFactory.build(business_id=business_id).full_clean()
    CompanyFactory(business_id=business_id)


def test_business_id_check_digit_is_computed_as_the_tax_administration_does():
    assert business_id_check_digit("0112038") == 9
    assert business_id_check_digit("2336509") == 6
    assert business_id_check_digit("1000008") is None  # a remainder of 1: no valid ID starts so


@pytest.mark.parametrize("business_id", ["1234567", "12345678", "123456-78", "1234567-", "abcdefg-h", "1234567 8"])
def test_business_id_in_the_wrong_format_is_refused(business_id):
    refused_by_database(lambda: CompanyFactory(business_id=business_id), "company_business_id_valid")
    errors = validation_errors(CompanyFactory.build(business_id=business_id))
    assert any("seven digits, a hyphen and a check digit" in message for message in errors["business_id"])


@pytest.mark.parametrize("business_id", ["0112038-8", "2336509-7", "0112038-0"])
def test_business_id_with_a_wrong_check_digit_is_refused(business_id):
    refused_by_database(lambda: CompanyFactory(business_id=business_id), "company_business_id_valid")
    errors = validation_errors(CompanyFactory.build(business_id=business_id))
    assert "The check digit of this business ID does not match; please check the number." in errors["business_id"]


@pytest.mark.parametrize("check_digit", range(10))
def test_business_id_whose_digits_allow_no_check_digit_is_refused(check_digit):
    business_id = f"1000008-{check_digit}"

    refused_by_database(lambda: CompanyFactory(business_id=business_id), "company_business_id_valid")
    assert "business_id" in validation_errors(CompanyFactory.build(business_id=business_id))


def test_company_without_a_business_id_is_accepted():
    CompanyFactory(business_id=None)
    CompanyFactory(business_id=None)


def test_two_companies_cannot_share_a_business_id():
    CompanyFactory(business_id="0112038-9")

    refused_by_database(lambda: CompanyFactory(business_id="0112038-9"), "business_id")


def test_company_founding_year_must_be_plausible():
    refused_by_database(lambda: CompanyFactory(founded_year=1066), "company_founded_year_plausible")
    assert "The founding year must be between 1600 and 2100." in all_messages(CompanyFactory.build(founded_year=1066))


# Publication


@pytest.mark.parametrize("factory", [ProjectFactory, CompanyFactory, PartnerFactory, StrategyPageFactory])
def test_published_entry_needs_a_publication_time_which_validation_fills_in_as_now(factory):
    refused_by_database(lambda: factory(status=Status.PUBLISHED, published_at=None), "published_has_time")
    entry = factory.build(status=Status.PUBLISHED, published_at=None)
    before = timezone.now()

    entry.clean()

    assert before <= entry.published_at <= timezone.now()


@pytest.mark.parametrize("factory", [ProjectFactory, CompanyFactory, PartnerFactory, StrategyPageFactory])
def test_draft_needs_no_publication_time(factory):
    factory(status=Status.DRAFT, published_at=None)


def test_publishing_fills_in_the_time_and_keeps_a_scheduled_one():
    draft = ProjectFactory(draft=True)
    draft.publish()
    draft.save()
    assert draft.published_at is not None

    later = timezone.now() + datetime.timedelta(days=3)
    scheduled = ProjectFactory(draft=True, published_at=later)
    scheduled.publish()
    assert scheduled.published_at == later


# Strategy and reference data


@pytest.mark.parametrize("slug", ["projects", "companies", "partners", "strategy", "search", "admin"])
def test_strategy_page_cannot_take_an_address_the_site_uses(slug):
    refused_by_database(lambda: StrategyPageFactory(slug=slug), "strategypage_slug_not_reserved")
    errors = all_messages(StrategyPageFactory.build(slug=slug))
    assert "That address is used by the site itself; choose another slug." in errors


def test_strategy_page_may_take_an_ordinary_address():
    StrategyPageFactory.build(slug="research-and-innovation").full_clean()
    assert StrategyPage.objects.count() == 0


@pytest.mark.parametrize("number", [0, 18])
def test_sustainable_development_goal_is_numbered_1_to_17(number):
    goal = {"number": number, "name": "Goal", "colour": "#123456"}

    refused_by_database(lambda: SustainableDevelopmentGoal.objects.create(**goal), "sdg_number_1_to_17")
    assert "The UN goals are numbered 1 to 17." in all_messages(SustainableDevelopmentGoal(**goal))


def test_sustainable_development_goal_colour_is_a_hex_code():
    goal = SustainableDevelopmentGoal.objects.get(number=13)
    goal.colour = "green"

    refused_by_database(goal.save, "sdg_colour_is_hex")
    assert "Write the colour as # and six hexadecimal digits, e.g. #3F7E44." in all_messages(goal)


def test_reference_data_is_complete():
    assert SustainableDevelopmentGoal.objects.count() == 17
    assert Municipality.objects.count() == 26


@pytest.mark.parametrize("code", ["91", "9a1", "ABC", "  1"])
def test_municipality_code_has_three_digits(code):
    municipality = {
        "code": code,
        "name_fi": "Uusikunta",
        "name_sv": "Nykommun",
        "sub_region": SubRegion.HELSINKI,
        "is_town": False,
    }

    refused_by_database(lambda: Municipality.objects.create(**municipality), "municipality_code_three_digits")
    assert "The official code has three digits, e.g. 091." in all_messages(Municipality(**municipality))


# Images


def test_project_image_needs_alt_text():
    refused_by_database(lambda: ProjectImageFactory(alt_text=""), "projectimage_has_alt_text")
    errors = validation_errors(ProjectImageFactory.build(alt_text="", project=ProjectFactory()))
    assert "alt_text" in errors


def test_project_image_with_alt_text_is_accepted():
    image = ProjectImageFactory(alt_text="A tram in Jätkäsaari")

    assert ProjectImage.objects.get().alt_text == "A tram in Jätkäsaari"
    assert (image.width, image.height) == (60, 40)


# Join requests


def test_decided_join_request_needs_the_time_of_its_decision():
    request = {
        "organisation": "Tallinn University",
        "organisation_type": OrganisationType.UNIVERSITY,
        "country": "EE",
        "city": "Tallinn",
        "contact_name": "Mari Maasikas",
        "email": "mari@example.ee",
        "message": "We would like to join.",
        "status": JoinRequestStatus.APPROVED,
    }

    refused_by_database(lambda: JoinRequest.objects.create(**request), "joinrequest_decision_has_time")
    assert "A decided request needs the time of its decision." in all_messages(JoinRequest(**request))
    JoinRequest.objects.create(**request, decided_at=timezone.now())
