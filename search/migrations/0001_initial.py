import django.contrib.postgres.indexes
from django.contrib.postgres.operations import TrigramExtension
from django.db import migrations, models


class Migration(migrations.Migration):
    initial = True

    dependencies = []

    operations = [
        TrigramExtension(),
        # The word list of before, kept by hand in SQL.
        migrations.RunSQL("DROP TABLE IF EXISTS smartregion_searchword", migrations.RunSQL.noop),
        migrations.CreateModel(
            name="SearchWord",
            fields=[
                ("word", models.TextField(primary_key=True, serialize=False)),
            ],
            options={
                "indexes": [
                    django.contrib.postgres.indexes.GinIndex(
                        django.contrib.postgres.indexes.OpClass("word", name="gin_trgm_ops"), name="searchword_trigrams"
                    )
                ],
            },
        ),
    ]
