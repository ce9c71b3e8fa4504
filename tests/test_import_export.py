"""Spreadsheets in the admin: CSV and Excel export, CSV import with a dry run, and the workflow rule for imports."""

import csv
import datetime
import io
import re
from decimal import Decimal

import openpyxl
import pytest
from django.contrib.auth.models import Permission
from django.core.cache import cache
from django.core.files.uploadedfile import SimpleUploadedFile
from django.db import connection
from django.test import Client
from django.test.utils import CaptureQueriesContext
from django.utils import timezone

from companies.models import Company
from core.publishing import Status
from projects.models import Fund, Project
from strategy.models import Municipality, Priority, SustainableDevelopmentGoal, Theme
from tests.conftest import signed_in
from tests.factories import CompanyFactory, ProjectFactory, valid_business_id
from tests.html import html, text

pytestmark = pytest.mark.django_db

PROJECT_COLUMNS = [
    "slug",
    *[
        f"{name}_{code}"
        for name in ("title", "acronym", "summary", "description", "results")
        for code in ("en", "fi", "sv")
    ],
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
    "partners_sought_en",
    "partners_sought_fi",
    "partners_sought_sv",
    "is_featured",
    "status",
    "published_at",
]
COMPANY_COLUMNS = [
    "slug",
    "name",
    "business_id",
    "kind",
    "sector",
    "municipality",
    "founded_year",
    "summary_en",
    "summary_fi",
    "summary_sv",
    "description_en",
    "description_fi",
    "description_sv",
    "website",
    "priorities",
    "capabilities",
    "is_open_to_cooperation",
    "status",
    "published_at",
]
CSV_FORMAT, XLSX_FORMAT = "0", "1"


def admin_url(model, view: str = "") -> str:
    return f"/admin/{model._meta.app_label}/{model._meta.model_name}/{view}"


def export(client, model, file_format=CSV_FORMAT, query: str = ""):
    return client.post(f"{admin_url(model, 'export/')}{query}", {"format": file_format})


def csv_rows(response) -> list[dict[str, str]]:
    assert response.status_code == 200, response.status_code
    assert response["Content-Type"].startswith("text/csv")
    assert response.content.startswith(b"\xef\xbb\xbf"), "the CSV starts with a byte order mark for Excel"
    return list(csv.DictReader(io.StringIO(response.content.decode("utf-8-sig"))))


def csv_text(rows: list[dict[str, str]]) -> str:
    out = io.StringIO()
    writer = csv.DictWriter(out, fieldnames=list(rows[0]))
    writer.writeheader()
    writer.writerows(rows)
    return out.getvalue()


def dry_run(client, model, content, name: str = "entries.csv"):
    """Upload a file on the import page: the dry run, which checks every row and saves nothing."""
    data = content.encode() if isinstance(content, str) else content
    return client.post(
        admin_url(model, "import/"),
        {"format": CSV_FORMAT, "resource": "0", "import_file": SimpleUploadedFile(name, data)},
    )


def confirm(client, model, dry_run_response):
    """Confirm the import the dry run previewed, as its Confirm import button does."""
    assert "Confirm import" in text(dry_run_response), "the dry run found errors"
    fields = dict(re.findall(r'<input type="hidden" name="(\w+)" value="([^"]*)"', html(dry_run_response)))
    return client.post(admin_url(model, "process_import/"), fields, follow=True)


def import_csv(client, model, content):
    return confirm(client, model, dry_run(client, model, content))


def project_row(**values) -> dict[str, str]:
    row = dict.fromkeys(PROJECT_COLUMNS, "")
    row.update(
        slug="hydrogen-valley",
        title_en="Hydrogen Valley",
        title_fi="Vetylaakso",
        summary_en="Green hydrogen for the region's industry.",
        state="ongoing",
        start_date="2025-01-01",
        end_date="2027-12-31",
        priorities="climate-neutrality",
        is_looking_for_partners="no",
        is_featured="no",
        status="draft",
    )
    row.update(values)
    return row


def company_row(**values) -> dict[str, str]:
    row = dict.fromkeys(COMPANY_COLUMNS, "")
    row.update(
        slug="solar-roofs",
        name="Solar Roofs Oy",
        business_id=valid_business_id(900),
        kind="startup",
        sector="D",
        municipality="049",
        summary_en="Solar panels for every roof in Uusimaa.",
        is_open_to_cooperation="yes",
        status="draft",
    )
    row.update(values)
    return row


def stored(model) -> list[dict]:
    """Everything stored about each entry, its lists included, to compare before and after."""
    return [
        {
            **model.objects.filter(pk=entry.pk).values().get(),
            **{
                field.name: {str(related) for related in getattr(entry, field.name).all()}
                for field in model._meta.many_to_many
            },
        }
        for entry in model.objects.order_by("pk")
    ]


def project_relations(project) -> dict[str, set]:
    return {
        "priorities": {p.slug for p in project.priorities.all()},
        "themes": {t.slug for t in project.themes.all()},
        "sdgs": {s.number for s in project.sdgs.all()},
        "municipalities": {m.code for m in project.municipalities.all()},
        "funds": {f.slug for f in project.funds.all()},
        "tags": {t.name for t in project.tags.all()},
    }


@pytest.fixture
def projects():
    """Three projects with every kind of column filled in."""
    helsinki, espoo = Municipality.objects.get(code="091"), Municipality.objects.get(code="049")
    return [
        ProjectFactory(
            title="Smart Grid",
            title_fi="Älykäs sähköverkko",
            acronym="SG",
            description="<p>Grids that <strong>learn</strong>.</p>",
            priorities=list(Priority.objects.filter(slug__in=["climate-neutrality", "citizens-city"])),
            themes=[Theme.objects.get(slug="smart-mobility")],
            sdgs=list(SustainableDevelopmentGoal.objects.filter(number__in=[7, 11])),
            municipalities=[helsinki, espoo],
            funds=[Fund.objects.get(slug="erdf")],
            tags=["energy", "heat pumps"],
            total_budget=Decimal("2500000.50"),
            eu_contribution=Decimal("1000000.00"),
            website="https://smartgrid.example.fi/",
            eura_code="A70202",
            is_looking_for_partners=True,
            partners_sought="Universities with battery research.",
        ),
        ProjectFactory(
            draft=True, title="Circular Construction", end_date=None, total_budget=None, eu_contribution=None
        ),
        ProjectFactory(in_review=True, title="Night Trains", is_featured=True),
    ]


# Export


def test_the_csv_export_holds_every_project_in_the_documented_columns(publisher_client, projects):
    rows = csv_rows(export(publisher_client, Project))

    assert list(rows[0]) == PROJECT_COLUMNS
    assert {row["slug"] for row in rows} == {project.slug for project in projects}
    smart_grid = next(row for row in rows if row["title_en"] == "Smart Grid")
    assert smart_grid["title_fi"] == "Älykäs sähköverkko"
    assert smart_grid["description_en"] == "<p>Grids that <strong>learn</strong>.</p>"
    assert set(smart_grid["priorities"].split("|")) == {"climate-neutrality", "citizens-city"}
    assert smart_grid["themes"] == "smart-mobility"
    assert set(smart_grid["sdgs"].split("|")) == {"7", "11"}
    assert set(smart_grid["municipalities"].split("|")) == {"091", "049"}
    assert smart_grid["funds"] == "erdf"
    assert set(smart_grid["tags"].split("|")) == {"energy", "heat pumps"}
    assert (smart_grid["total_budget"], smart_grid["eu_contribution"]) == ("2500000.50", "1000000.00")
    assert (smart_grid["start_date"], smart_grid["end_date"]) == ("2023-01-01", "2026-12-31")
    assert (smart_grid["is_looking_for_partners"], smart_grid["is_featured"]) == ("yes", "no")
    assert smart_grid["status"] == "published"
    assert datetime.datetime.fromisoformat(smart_grid["published_at"]) == projects[0].published_at
    circular = next(row for row in rows if row["title_en"] == "Circular Construction")
    assert (circular["status"], circular["published_at"], circular["end_date"], circular["total_budget"]) == (
        "draft",
        "",
        "",
        "",
    )


def test_the_csv_export_is_the_same_in_every_admin_language(publisher_client, projects):
    english = csv_rows(export(publisher_client, Project))
    publisher_client.cookies["django_language"] = "fi"

    finnish = csv_rows(export(publisher_client, Project))

    # The rows follow the list's order, which sorts by the title in the admin's language.
    assert sorted(finnish, key=lambda row: row["slug"]) == sorted(english, key=lambda row: row["slug"])


def test_the_xlsx_export_holds_every_project_with_dates_and_amounts_as_numbers(publisher_client, projects):
    response = export(publisher_client, Project, XLSX_FORMAT)

    assert response.status_code == 200
    assert response["Content-Type"] == "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"
    sheet = openpyxl.load_workbook(io.BytesIO(response.content)).active
    header, *rows = [[cell.value for cell in row] for row in sheet.iter_rows()]
    assert header == PROJECT_COLUMNS
    assert len(rows) == len(projects)
    smart_grid = dict(zip(header, next(row for row in rows if row[1] == "Smart Grid"), strict=True))
    assert smart_grid["start_date"].date() == datetime.date(2023, 1, 1)
    assert Decimal(str(smart_grid["total_budget"])) == Decimal("2500000.50")
    assert smart_grid["status"] == "published"


@pytest.mark.parametrize(("model", "factory"), [(Project, ProjectFactory), (Company, CompanyFactory)])
def test_the_export_takes_as_many_queries_for_many_rows_as_for_few(publisher_client, model, factory):
    def queries_for_export() -> int:
        with CaptureQueriesContext(connection) as queries:
            assert export(publisher_client, model).status_code == 200
        return len(queries)

    lists = {"tags": ["energy"]} if model is Project else {"capabilities": ["solar"]}
    factory(priorities=[Priority.objects.get(slug="citizens-city")], **lists)
    few = queries_for_export()
    for _ in range(5):
        factory(priorities=[Priority.objects.get(slug="citizens-city")], **lists)

    assert queries_for_export() == few


def test_the_export_holds_only_the_filtered_list(publisher_client, projects):
    rows = csv_rows(export(publisher_client, Project, query="?status__exact=draft"))

    assert [row["title_en"] for row in rows] == ["Circular Construction"]


def test_the_export_action_exports_the_selected_projects(publisher_client, projects):
    chosen = projects[:2]
    page = publisher_client.post(
        admin_url(Project), {"action": "export_selected", "_selected_action": [p.pk for p in chosen]}
    )
    assert page.status_code == 200
    assert "Export 2 selected items." in text(page)
    items = re.findall(r'name="export_items" value="(\d+)"', html(page))

    rows = csv_rows(publisher_client.post(admin_url(Project, "export/"), {"format": CSV_FORMAT, "export_items": items}))

    assert {row["slug"] for row in rows} == {p.slug for p in chosen}


def test_the_company_export_names_the_municipality_by_code_and_keeps_the_business_id(publisher_client):
    company = CompanyFactory(
        name="Solar Roofs Oy",
        founded_year=2015,
        priorities=[Priority.objects.get(slug="climate-neutrality")],
        capabilities=["solar", "batteries"],
        is_open_to_cooperation=True,
    )

    rows = csv_rows(export(publisher_client, Company))

    assert list(rows[0]) == COMPANY_COLUMNS
    assert rows[0]["slug"] == company.slug
    assert (rows[0]["business_id"], rows[0]["municipality"], rows[0]["founded_year"]) == (
        company.business_id,
        "091",
        "2015",
    )
    assert set(rows[0]["capabilities"].split("|")) == {"solar", "batteries"}
    assert (rows[0]["priorities"], rows[0]["is_open_to_cooperation"]) == ("climate-neutrality", "yes")


def test_values_that_start_like_a_formula_are_neutralised_in_csv_and_xlsx(publisher_client):
    ProjectFactory(
        title='=HYPERLINK("https://evil.example","Click")',
        acronym="+SUM(1)",
        summary="-2+3 tonnes of CO2",
        partners_sought="@cmd",
        tags=["=1+1"],
    )

    row = csv_rows(export(publisher_client, Project))[0]
    sheet = openpyxl.load_workbook(io.BytesIO(export(publisher_client, Project, XLSX_FORMAT).content)).active

    assert row["title_en"] == '\'=HYPERLINK("https://evil.example","Click")'
    assert (row["acronym_en"], row["summary_en"], row["partners_sought_en"], row["tags"]) == (
        "'+SUM(1)",
        "'-2+3 tonnes of CO2",
        "'@cmd",
        "'=1+1",
    )
    cells = [cell for row in sheet.iter_rows() for cell in row]
    assert not [cell.coordinate for cell in cells if cell.data_type == "f"], "no cell is a formula"
    assert '\'=HYPERLINK("https://evil.example","Click")' in [cell.value for cell in cells]


def test_staff_who_may_only_view_export_but_are_offered_no_import(db, django_user_model, projects):
    viewer = django_user_model.objects.create_user("ville.viewer", password="a-long-test-password", is_staff=True)
    viewer.user_permissions.add(Permission.objects.get(codename="view_project"))
    client = signed_in(viewer)

    changelist = text(client.get(admin_url(Project)))

    assert ">Export<" in changelist and ">Import<" not in changelist
    assert len(csv_rows(export(client, Project))) == len(projects)
    assert client.get(admin_url(Project, "import/")).status_code == 403
    assert dry_run(client, Project, csv_text([project_row()])).status_code == 403
    assert not Project.objects.filter(slug="hydrogen-valley").exists()


def test_staff_without_permissions_can_neither_export_nor_import(staff_client):
    assert staff_client.get(admin_url(Project, "export/")).status_code == 403
    assert export(staff_client, Project).status_code == 403
    assert staff_client.get(admin_url(Company, "import/")).status_code == 403


# Import: the dry run, and a file imported whole or not at all


def test_an_export_imported_back_changes_nothing(publisher_client, projects):
    CompanyFactory(capabilities=["solar"], priorities=[Priority.objects.get(slug="citizens-city")])
    # A translation never given is None, one cleared in the admin "": the file writes both as an empty cell.
    ProjectFactory(partners_sought="", title_sv=None, description_fi="")
    CompanyFactory(business_id=None, summary_sv="", description_fi=None)
    before = {model: stored(model) for model in (Project, Company)}
    history = {model: model.history.count() for model in (Project, Company)}

    for model in (Project, Company):
        content = export(publisher_client, model).content
        preview = dry_run(publisher_client, model, content)
        assert "0 new, 0 changed," in text(preview)
        response = confirm(publisher_client, model, preview)
        assert "0 new, 0 updated, 0 deleted and" in text(response)

    assert {model: stored(model) for model in (Project, Company)} == before
    assert {model: model.history.count() for model in (Project, Company)} == history


def test_an_edited_export_imports_its_changes(publisher_client, projects):
    rows = csv_rows(export(publisher_client, Project))
    row = next(row for row in rows if row["title_en"] == "Smart Grid")
    row.update(title_sv="Smart elnät", sdgs="7|13", tags="energy|storage", total_budget="3000000.00")

    preview = dry_run(publisher_client, Project, csv_text(rows))
    response = confirm(publisher_client, Project, preview)

    assert "0 new, 1 changed, 2 unchanged." in text(preview)
    assert text(preview).count('<td class="import-type">') == 1, "the preview lists the changed row only"

    assert "0 new, 1 updated" in text(response)
    project = Project.objects.get(slug=row["slug"])
    assert project.title_sv == "Smart elnät"
    assert project.total_budget == Decimal("3000000.00")
    assert project_relations(project)["sdgs"] == {7, 13}
    assert project_relations(project)["tags"] == {"energy", "storage"}


def test_the_dry_run_previews_and_writes_nothing_until_confirmed(publisher_client):
    content = csv_text([project_row(), project_row(slug="wind-harbour", title_en="Wind Harbour", funds="erdf|jtf")])

    preview = dry_run(publisher_client, Project, content)

    assert preview.status_code == 200
    assert "Dry run: nothing has been saved yet." in text(preview)
    assert "2 new, 0 changed, 0 unchanged." in text(preview)
    assert not Project.objects.exists()

    response = confirm(publisher_client, Project, preview)

    assert "Import finished: 2 new, 0 updated" in text(response)
    wind = Project.objects.get(slug="wind-harbour")
    assert (wind.title_en, wind.status) == ("Wind Harbour", Status.DRAFT)
    assert project_relations(wind)["funds"] == {"erdf", "jtf"}
    assert project_relations(wind)["priorities"] == {"climate-neutrality"}


def test_the_dry_run_lists_each_rows_errors_by_row_number_and_writes_nothing(publisher_client):
    rows = [
        project_row(slug="fine"),
        project_row(slug="not a slug!"),
        project_row(slug="unknown-priority", priorities="climate-neutrality|world-peace"),
        project_row(slug="ends-early", start_date="2025-06-01", end_date="2025-01-01"),
        project_row(slug="over-budget", total_budget="100.00", eu_contribution="200.00"),
        project_row(slug="no-summary", summary_en=""),
        project_row(slug="bad-date", start_date="31.12.2025"),
        project_row(slug="bad-amount", total_budget="1 000,50"),
        project_row(slug="no-title", title_en="", title_fi=""),
        project_row(slug="no-priority", priorities=""),
        project_row(slug="bad-sdg", sdgs="7|18|x"),
    ]

    page = dry_run(publisher_client, Project, csv_text(rows))
    listed = text(page)

    assert page.status_code == 200
    assert "Some rows have errors" in listed and "Nothing was saved." in listed
    assert "Confirm import" not in listed
    row_errors = dict(re.findall(r"<strong>Row (\d+)</strong>\s*<ul>(.*?)</ul>", text(page), re.S))
    assert "2" not in row_errors  # the header is row 1, the fine row is row 2
    assert "Enter a valid “slug”" in row_errors["3"]
    assert "Unknown priorities: world-peace." in row_errors["4"]
    assert "The end date cannot be before the start date." in row_errors["5"]
    assert "The EU contribution cannot be more than the total budget." in row_errors["6"]
    assert "<code>summary_en</code>: This field cannot be blank." in row_errors["7"]
    assert "<code>start_date</code>: Enter a date as YYYY-MM-DD, e.g. 2025-03-31." in row_errors["8"]
    assert "<code>total_budget</code>: Enter a number with a point for decimals" in row_errors["9"]
    assert "<code>title_en</code>: This field cannot be blank." in row_errors["10"]
    assert "<code>priorities</code>: Give at least one" in row_errors["11"]
    assert "Unknown sustainable development goals: 18, x." in row_errors["12"]
    assert not Project.objects.exists()


def test_the_dry_run_refuses_invalid_company_rows(publisher_client):
    CompanyFactory(business_id="0112038-9", slug="taken")
    rows = [
        company_row(slug="bad-id", business_id="1234567-8"),
        company_row(slug="same-id", business_id="0112038-9"),
        company_row(slug="nowhere", municipality="999"),
        company_row(slug="odd-kind", kind="giant", founded_year="long ago"),
    ]

    row_errors = dict(
        re.findall(
            r"<strong>Row (\d+)</strong>\s*<ul>(.*?)</ul>",
            text(dry_run(publisher_client, Company, csv_text(rows))),
            re.S,
        )
    )

    assert "<code>business_id</code>: The check digit of this business ID does not match" in row_errors["2"]
    assert "Company with this Business ID already exists." in row_errors["3"]
    assert "Unknown municipality: 999." in row_errors["4"]
    assert "<code>kind</code>: Value 'giant' is not a valid choice." in row_errors["5"]
    assert "<code>founded_year</code>: Enter a whole number, e.g. 2015." in row_errors["5"]
    assert Company.objects.count() == 1


def test_a_file_that_gives_an_entry_twice_is_refused(publisher_client):
    rows = [project_row(), project_row(title_en="Hydrogen Valley, again")]

    listed = text(dry_run(publisher_client, Project, csv_text(rows)))

    assert "Row 3" in listed and "Row 2 already gives this entry; give each entry once." in listed
    assert not Project.objects.exists()


def test_a_confirmed_import_that_fails_after_the_dry_run_writes_nothing(publisher_client):
    content = csv_text([company_row(slug="first"), company_row(slug="second", business_id=valid_business_id(901))])
    preview = dry_run(publisher_client, Company, content)
    # Between the dry run and the confirmation, someone else takes the second row's business ID.
    CompanyFactory(business_id=valid_business_id(901))

    response = confirm(publisher_client, Company, preview)

    assert "Some rows have errors" in text(response) and "Row 3" in text(response)
    assert not Company.objects.filter(slug__in=["first", "second"]).exists()


def test_a_confirmation_whose_file_has_expired_asks_for_the_file_again(publisher_client):
    preview = dry_run(publisher_client, Project, csv_text([project_row()]))
    cache.clear()

    response = confirm(publisher_client, Project, preview)

    assert "The checked file has expired. Upload it again." in text(response)
    assert not Project.objects.exists()


def test_a_semicolon_separated_file_from_a_finnish_spreadsheet_imports(publisher_client):
    out = io.StringIO()
    writer = csv.DictWriter(out, fieldnames=PROJECT_COLUMNS, delimiter=";")
    writer.writeheader()
    writer.writerow(project_row(total_budget="1000.00"))

    import_csv(publisher_client, Project, "\ufeff" + out.getvalue())

    assert Project.objects.get(slug="hydrogen-valley").total_budget == Decimal("1000.00")


def test_a_file_with_only_some_columns_changes_only_those(publisher_client):
    project = ProjectFactory(draft=True, slug="smart-grid", title="Smart Grid", summary="Grids that learn.")

    import_csv(publisher_client, Project, "slug,title_sv\nsmart-grid,Smart elnät\n")

    project.refresh_from_db()
    assert (project.title_en, project.title_sv, project.summary_en) == (
        "Smart Grid",
        "Smart elnät",
        "Grids that learn.",
    )


def test_an_imported_formula_keeps_its_text(publisher_client):
    content = csv_text([project_row(title_en="'=1+1", acronym_en="=2+2")])

    import_csv(publisher_client, Project, content)

    project = Project.objects.get(slug="hydrogen-valley")
    assert (project.title_en, project.acronym_en) == ("=1+1", "=2+2")


def test_imported_rich_text_is_sanitised(publisher_client):
    import_csv(
        publisher_client,
        Project,
        csv_text([project_row(description_en='<p onclick="steal()">Hi<script>alert(1)</script></p>')]),
    )

    assert Project.objects.get(slug="hydrogen-valley").description_en == "<p>Hi</p>"


# The workflow: an import never publishes for an editor


def test_an_editors_import_creates_drafts_whatever_the_status_column_says(editor_client, client):
    later = (timezone.now() - datetime.timedelta(days=1)).isoformat()
    content = csv_text([project_row(status="published", published_at=later, is_featured="yes")])

    preview = dry_run(editor_client, Project, content)
    response = confirm(editor_client, Project, preview)

    assert "You may not publish:" in text(preview)
    assert "Imported entries are drafts" in text(response)
    project = Project.objects.get(slug="hydrogen-valley")
    assert (project.status, project.published_at, project.is_featured) == (Status.DRAFT, None, False)
    assert client.get(project.get_absolute_url()).status_code == 404


def test_an_editors_import_refuses_to_change_an_entry_that_is_not_a_draft(editor_client):
    published = ProjectFactory(slug="published", title="Published")
    in_review = CompanyFactory(in_review=True, slug="in-review", name="In Review Oy")

    project_page = text(dry_run(editor_client, Project, csv_text([project_row(slug="published", title_en="Changed")])))
    company_page = text(dry_run(editor_client, Company, "slug,name\nin-review,Changed Oy\n"))

    assert "Only a publisher may change “Published”: it is published, not a draft." in project_page
    assert "Only a publisher may change “In Review Oy”: it is in review, not a draft." in company_page
    assert Project.objects.get(pk=published.pk).title == "Published"
    assert Company.objects.get(pk=in_review.pk).name == "In Review Oy"


def test_an_editors_import_changes_a_draft_and_leaves_it_a_draft(editor_client):
    ProjectFactory(draft=True, slug="hydrogen-valley", title="Hydrogen")

    import_csv(editor_client, Project, csv_text([project_row(title_en="Hydrogen Valley", status="published")]))

    project = Project.objects.get(slug="hydrogen-valley")
    assert (project.title_en, project.status) == ("Hydrogen Valley", Status.DRAFT)


def test_an_editor_may_import_back_an_export_with_published_entries_unchanged(editor_client, projects):
    rows = csv_rows(export(editor_client, Project))
    draft_row = next(row for row in rows if row["status"] == "draft")
    draft_row["title_fi"] = "Kiertotalousrakentaminen"

    response = import_csv(editor_client, Project, csv_text(rows))

    assert "0 new, 1 updated" in text(response)
    assert Project.objects.get(slug=draft_row["slug"]).title_fi == "Kiertotalousrakentaminen"
    assert Project.objects.get(pk=projects[0].pk).status == Status.PUBLISHED


def test_a_publishers_import_publishes(publisher_client, client):
    content = csv_text([project_row(status="published", is_featured="yes")])

    import_csv(publisher_client, Project, content)

    project = Project.objects.get(slug="hydrogen-valley")
    assert project.status == Status.PUBLISHED and project.is_featured
    assert project.is_public  # an empty published_at means now, as in the admin's form
    assert client.get(project.get_absolute_url()).status_code == 200


def test_a_publishers_import_schedules_and_unpublishes(publisher_client):
    ProjectFactory(slug="to-unpublish")
    later = timezone.now() + datetime.timedelta(days=3)
    content = csv_text(
        [
            project_row(status="published", published_at=later.isoformat()),
            project_row(slug="to-unpublish", status="draft"),
        ]
    )

    import_csv(publisher_client, Project, content)

    scheduled = Project.objects.get(slug="hydrogen-valley")
    assert (scheduled.status, scheduled.published_at, scheduled.is_public) == (Status.PUBLISHED, later, False)
    assert Project.objects.get(slug="to-unpublish").status == Status.DRAFT


def test_an_import_is_kept_in_the_history_with_who_imported_it(editor_client):
    import_csv(editor_client, Project, csv_text([project_row()]))

    version = Project.objects.get(slug="hydrogen-valley").history.latest("history_date")
    assert version.history_user.username == "eeva.editor"
    assert version.history_change_reason == "Imported from entries.csv"


# The pages, under the Content-Security-Policy


@pytest.mark.parametrize("model", [Project, Company])
def test_the_import_and_export_pages_render_without_inline_code(editor_client, publisher_client, model, projects):
    CompanyFactory()
    pages = {
        "change list": editor_client.get(admin_url(model)),
        "import": editor_client.get(admin_url(model, "import/")),
        "export": editor_client.get(admin_url(model, "export/")),
        "export action": publisher_client.post(
            admin_url(model), {"action": "export_selected", "_selected_action": [model.objects.first().pk]}
        ),
        "dry run": dry_run(publisher_client, model, export(publisher_client, model).content),
        "dry run with errors": dry_run(publisher_client, model, "slug\nNot A Slug\n"),
    }

    for name, page in pages.items():
        assert page.status_code == 200, name
        assert "nonce-" in page["Content-Security-Policy"], name
        markup = html(page)
        assert not re.search(r"<script(?![^>]*\bsrc=)[^>]*>", markup), f"inline script on the {name} page"
        assert not re.search(r"\sstyle=", markup), f"inline style on the {name} page"
        assert not re.search(r"\son[a-z]+=", markup), f"inline event handler on the {name} page"
    assert re.search(
        r"""href=["']/admin/[a-z]+/[a-z]+/import/["'] class="import_link">Import</a>""", html(pages["change list"])
    )
    assert re.search(
        r"""href=["']/admin/[a-z]+/[a-z]+/export/[^"']*["'] class="export_link">Export</a>""",
        html(pages["change list"]),
    )


# Hostile and mistaken files get a clear answer, never a server error


def xlsx_bytes() -> bytes:
    workbook = openpyxl.Workbook()
    workbook.active.append(["slug", "title_en"])
    workbook.active.append(["hydrogen-valley", "Hydrogen Valley"])
    out = io.BytesIO()
    workbook.save(out)
    return out.getvalue()


@pytest.mark.parametrize(
    ("content", "message"),
    [
        (b"", "The submitted file is empty."),
        (b"\xef\xbb\xbf \r\n\r\n", "The file is empty."),
        ("slug,title_en\nj\xe4rvenp\xe4\xe4,J\xe4rvenp\xe4\xe4\n".encode("latin-1"), "The file is not UTF-8 text."),
        (xlsx_bytes(), "This is a spreadsheet workbook (such as .xlsx), not a CSV file."),
        (b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR", "The file is not UTF-8 text."),
        (b"slug\x00\x01\x02\n\x00\x00", "The file holds binary data, not text: it is not a CSV file."),
        (b"Title,Summary\nHydrogen Valley,Green hydrogen\n", "Unknown columns: Title, Summary."),
        (b"title_en,summary_en\nHydrogen Valley,Green hydrogen\n", "The file has no column slug"),
        (b"slug,title_en,title_en\nx,a,b\n", "These columns appear more than once: title_en."),
        (b"slug,title_en\n", "The file has a header row but no entries."),
        (b"slug,title_en\nx,a,b,c\n", "Row 2 has more cells than the header row has columns."),
        (b"slug,title_en\nx," + b"a" * 200_000 + b"\n", "Row 2 has a value longer than 131072 characters."),
        (b'slug,title_en\nx,"never closed\n', "Row 2 cannot be read as CSV"),
    ],
    ids=[
        "empty",
        "blank",
        "latin-1",
        "xlsx",
        "png",
        "binary",
        "wrong headers",
        "no slug column",
        "repeated column",
        "header only",
        "too many cells",
        "huge line",
        "broken quoting",
    ],
)
def test_a_file_that_cannot_be_read_is_refused_with_a_clear_reason(publisher_client, content, message):
    response = dry_run(publisher_client, Project, content, name="upload.csv")

    assert response.status_code == 200
    assert message in text(response)
    assert "Confirm import" not in text(response)
    assert not Project.objects.exists()


def test_a_file_over_the_size_limit_is_refused_before_it_is_read(publisher_client, monkeypatch):
    monkeypatch.setattr("core.importexport.MAX_IMPORT_BYTES", 1024)

    response = dry_run(publisher_client, Project, csv_text([project_row(summary_en="x" * 2000)]))

    assert "The file is larger than 1.0 KB. Split it into smaller files." in text(response)
    assert not Project.objects.exists()


@pytest.mark.parametrize(
    "fields",
    [
        {"import_file_name": "../../etc/passwd", "original_file_name": "x.csv", "format": "0", "resource": "0"},
        {"import_file_name": "nothing-here", "original_file_name": "x.csv", "format": "7", "resource": "0"},
        {},
    ],
)
def test_a_forged_confirmation_is_answered_without_an_error(publisher_client, fields):
    response = publisher_client.post(admin_url(Project, "process_import/"), fields, follow=True)

    assert response.status_code == 200
    assert "The checked file has expired. Upload it again." in text(response)


def test_a_confirmation_naming_another_resource_imports_the_checked_file(publisher_client):
    preview = dry_run(publisher_client, Project, csv_text([project_row()]))
    fields = dict(re.findall(r'<input type="hidden" name="(\w+)" value="([^"]*)"', html(preview)))

    response = publisher_client.post(admin_url(Project, "process_import/"), {**fields, "resource": "9"}, follow=True)

    assert response.status_code == 200
    assert Project.objects.filter(slug="hydrogen-valley").exists()


def test_the_confirmation_is_only_for_those_who_may_import(staff_client):
    assert Client().post(admin_url(Project, "process_import/"), {}).status_code == 302  # to the login page
    assert staff_client.post(admin_url(Project, "process_import/"), {}).status_code == 403
