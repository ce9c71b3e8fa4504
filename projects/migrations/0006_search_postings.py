"""Posting lists of the projects' search terms, kept by a trigger, on PostgreSQL (see smartregion.postings).

The trigger's functions are made from smartregion.search's RANK_WEIGHTS, CONFIGS and MIN_INFIX_LENGTH as they are
when this runs: a later change to those needs a migration that makes the functions again and rebuilds the lists.
"""

from django.db import migrations

from smartregion.postings import search_postings


class Migration(migrations.Migration):
    dependencies = [("projects", "0005_search")]

    operations = search_postings("projects_project")
