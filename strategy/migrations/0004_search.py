"""Stored, GIN-indexed search vectors and plain text of strategy pages, on PostgreSQL (see smartregion.search)."""

from django.db import migrations

from smartregion.search import SearchDocument, search_columns

# The document as it was when the columns were made: a later change to the model needs a migration of its own.
DOCUMENT = SearchDocument(
    title=["title"],
    summary=["summary"],
    body=["body"],
    translated=frozenset({"title", "summary", "body"}),
)


class Migration(migrations.Migration):
    dependencies = [("strategy", "0003_history_and_publish_permission")]

    operations = [search_columns("strategy_strategypage", DOCUMENT)]
