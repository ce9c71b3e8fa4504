"""Posting lists of the projects' search terms, kept by a trigger, on PostgreSQL (see smartregion.postings)."""

from django.db import migrations

from smartregion.postings import search_postings


class Migration(migrations.Migration):
    dependencies = [("projects", "0005_search")]

    operations = [search_postings("projects_project")]
