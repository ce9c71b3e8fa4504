"""The words of the public texts, for "did you mean" (see smartregion.search)."""

from django.db import migrations


class Migration(migrations.Migration):
    dependencies = [("smartregion", "0001_roles")]

    operations = [
        migrations.RunSQL(
            [
                "CREATE EXTENSION IF NOT EXISTS pg_trgm",
                "CREATE TABLE smartregion_searchword (word text PRIMARY KEY)",
                "CREATE INDEX smartregion_searchword_trigrams ON smartregion_searchword USING gin (word gin_trgm_ops)",
            ],
            ["DROP TABLE IF EXISTS smartregion_searchword"],
        )
    ]
