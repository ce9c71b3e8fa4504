import django.contrib.postgres.fields
import django.contrib.postgres.indexes
from django.db import migrations, models


class Migration(migrations.Migration):

    dependencies = [
        ('companies', '0004_search'),
        ('strategy', '0005_municipality_centres'),
        ('taggit', '0006_rename_taggeditem_content_type_object_id_taggit_tagg_content_8fc721_idx'),
    ]

    operations = [
        migrations.AddField(
            model_name='company',
            name='facet_options',
            field=django.contrib.postgres.fields.ArrayField(base_field=models.TextField(), blank=True, default=list, editable=False),
        ),
        # In the row rather than the TOAST table beside it (PostgreSQL moves a long row's larger values there): a
        # count reads the options of thousands of entries at once.
        migrations.RunSQL(
            "ALTER TABLE companies_company ALTER COLUMN facet_options SET STORAGE MAIN", migrations.RunSQL.noop
        ),
        # The options of the existing entries, as search.documents.facet_options writes them, before they are indexed.
        migrations.RunSQL(
            """
UPDATE companies_company e SET facet_options =
    ARRAY(SELECT DISTINCT 'priorities__slug=' || t.slug::text FROM companies_company_priorities r JOIN strategy_priority t ON t.id = r.priority_id WHERE r.company_id = e.id)
""",
            migrations.RunSQL.noop,
        ),
        migrations.AddIndex(
            model_name='company',
            index=django.contrib.postgres.indexes.GinIndex(fields=['facet_options'], name='company_facet_options'),
        ),
    ]
