"""Stored, GIN-indexed search vectors and plain text of projects, on PostgreSQL (see smartregion.search)."""

from django.db import migrations

from smartregion.search import SearchDocument, search_columns

# The document as it was when the columns were made: a later change to the model needs a migration of its own.
DOCUMENT = SearchDocument(
    title=["title"],
    summary=["acronym", "summary"],
    body=["description", "results", "partners_sought"],
    translated=frozenset({"title", "acronym", "summary", "description", "results", "partners_sought"}),
    tags="tags",
)


class Migration(migrations.Migration):
    dependencies = [("projects", "0004_image_renditions")]

    operations = [search_columns("projects_project", DOCUMENT)]
