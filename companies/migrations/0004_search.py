"""Stored, GIN-indexed search vectors and plain text of companies, on PostgreSQL (see smartregion.search)."""

from django.db import migrations

from smartregion.search import SearchDocument, search_columns

# The document as it was when the columns were made: a later change to the model needs a migration of its own.
DOCUMENT = SearchDocument(
    title=["name"],
    summary=["summary"],
    body=["description"],
    translated=frozenset({"summary", "description"}),
    tags="capabilities",
)


class Migration(migrations.Migration):
    dependencies = [("companies", "0003_logo_renditions")]

    operations = [search_columns("companies_company", DOCUMENT)]
