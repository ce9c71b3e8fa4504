"""The words of the public texts, for "did you mean", on PostgreSQL (see smartregion.search)."""

from django.db import migrations

from smartregion.search import postgresql_only


class Migration(migrations.Migration):
    dependencies = [("smartregion", "0001_roles")]

    operations = [
        postgresql_only(
            [
                "CREATE EXTENSION IF NOT EXISTS pg_trgm",
                "CREATE TABLE smartregion_searchword (word text PRIMARY KEY)",
                "CREATE INDEX smartregion_searchword_trigrams ON smartregion_searchword USING gin (word gin_trgm_ops)",
            ],
            ["DROP TABLE IF EXISTS smartregion_searchword"],
        )
    ]
