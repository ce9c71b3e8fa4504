"""The database cache's table, so that `migrate` alone prepares a site without Redis (the catalogue's facet
index and the join form's rate limit keep their state in the cache). Nothing happens when the cache is Redis."""

from django.core.management import call_command
from django.db import migrations


def create_cache_table(apps, schema_editor):
    call_command("createcachetable", database=schema_editor.connection.alias, verbosity=0)


class Migration(migrations.Migration):
    dependencies = [("core", "0001_roles")]

    operations = [migrations.RunPython(create_cache_table, migrations.RunPython.noop, elidable=False)]
