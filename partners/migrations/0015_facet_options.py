import django.contrib.postgres.fields
import django.contrib.postgres.indexes
from django.db import migrations, models


class Migration(migrations.Migration):

    dependencies = [
        ('partners', '0014_joinrequest_compared_email_and_organisation'),
        ('strategy', '0005_municipality_centres'),
    ]

    operations = [
        migrations.AddField(
            model_name='partner',
            name='facet_options',
            field=django.contrib.postgres.fields.ArrayField(base_field=models.TextField(), blank=True, default=list, editable=False),
        ),
        # In the row rather than the TOAST table beside it (PostgreSQL moves a long row's larger values there): a
        # count reads the options of thousands of entries at once.
        migrations.RunSQL(
            "ALTER TABLE partners_partner ALTER COLUMN facet_options SET STORAGE MAIN", migrations.RunSQL.noop
        ),
        # The options of the existing entries, as search.documents.facet_options writes them, before they are indexed.
        migrations.RunSQL(
            """
UPDATE partners_partner e SET facet_options =
    ARRAY(SELECT DISTINCT 'priorities__slug=' || t.slug::text FROM partners_partner_priorities r JOIN strategy_priority t ON t.id = r.priority_id WHERE r.partner_id = e.id)
""",
            migrations.RunSQL.noop,
        ),
        migrations.AddIndex(
            model_name='partner',
            index=django.contrib.postgres.indexes.GinIndex(fields=['facet_options'], name='partner_facet_options'),
        ),
    ]
