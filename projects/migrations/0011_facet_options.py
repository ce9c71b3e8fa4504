import django.contrib.postgres.fields
import django.contrib.postgres.indexes
from django.db import migrations, models


class Migration(migrations.Migration):

    dependencies = [
        ('projects', '0010_project_hits_index'),
        ('strategy', '0005_municipality_centres'),
        ('taggit', '0006_rename_taggeditem_content_type_object_id_taggit_tagg_content_8fc721_idx'),
    ]

    operations = [
        migrations.RemoveIndex(
            model_name='project',
            name='project_hits',
        ),
        migrations.AddField(
            model_name='project',
            name='facet_options',
            field=django.contrib.postgres.fields.ArrayField(base_field=models.TextField(), blank=True, default=list, editable=False),
        ),
        # In the row rather than the TOAST table beside it (PostgreSQL moves a long row's larger values there): a
        # count reads the options of thousands of entries at once.
        migrations.RunSQL(
            "ALTER TABLE projects_project ALTER COLUMN facet_options SET STORAGE MAIN", migrations.RunSQL.noop
        ),
        # The options of the existing entries, as search.documents.facet_options writes them, before they are indexed.
        migrations.RunSQL(
            """
UPDATE projects_project e SET facet_options =
    ARRAY(SELECT DISTINCT 'priorities__slug=' || t.slug::text FROM projects_project_priorities r JOIN strategy_priority t ON t.id = r.priority_id WHERE r.project_id = e.id)
    || ARRAY(SELECT DISTINCT 'themes__slug=' || t.slug::text FROM projects_project_themes r JOIN strategy_theme t ON t.id = r.theme_id WHERE r.project_id = e.id)
    || ARRAY(SELECT DISTINCT 'municipalities__is_town=' || t.is_town::text FROM projects_project_municipalities r JOIN strategy_municipality t ON t.id = r.municipality_id WHERE r.project_id = e.id)
    || ARRAY(SELECT DISTINCT 'municipalities__sub_region=' || t.sub_region::text FROM projects_project_municipalities r JOIN strategy_municipality t ON t.id = r.municipality_id WHERE r.project_id = e.id)
    || ARRAY(SELECT DISTINCT 'municipalities__code=' || t.code::text FROM projects_project_municipalities r JOIN strategy_municipality t ON t.id = r.municipality_id WHERE r.project_id = e.id)
    || ARRAY(SELECT DISTINCT 'funds__slug=' || t.slug::text FROM projects_project_funds r JOIN projects_fund t ON t.id = r.fund_id WHERE r.project_id = e.id)
    || ARRAY(SELECT DISTINCT 'sdgs__number=' || t.number::text FROM projects_project_sdgs r JOIN strategy_sustainabledevelopmentgoal t ON t.id = r.sustainabledevelopmentgoal_id WHERE r.project_id = e.id)
""",
            migrations.RunSQL.noop,
        ),
        migrations.AddIndex(
            model_name='project',
            index=models.Index(fields=['status'], include=('published_at', 'id', 'state', 'is_looking_for_partners', 'facet_options'), name='project_hits'),
        ),
        migrations.AddIndex(
            model_name='project',
            index=django.contrib.postgres.indexes.GinIndex(fields=['facet_options'], name='project_facet_options'),
        ),
        migrations.AddIndex(
            model_name='project',
            index=models.Index(fields=['id'], include=('status', 'published_at'), name='project_public_by_id'),
        ),
    ]
