"""Stored, GIN-indexed search vectors and plain text of partners, on PostgreSQL (see smartregion.search)."""

from django.db import migrations

from smartregion.search import SearchDocument, search_columns

# The document as it was when the columns were made: a later change to the model needs a migration of its own.
DOCUMENT = SearchDocument(
    title=["name"],
    summary=["summary", "city"],
    body=["description"],
    translated=frozenset({"summary", "description"}),
)


class Migration(migrations.Migration):
    dependencies = [("partners", "0008_logo_renditions")]

    operations = [search_columns("partners_partner", DOCUMENT)]
