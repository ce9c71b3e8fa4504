"""Keep the projects' search vectors in the table's own rows rather than out of line (TOAST).

A search reads the vectors of every project it ranks. Out of line, each read fetches and joins chunks from
the TOAST table; in the row, it is a read of the page already at hand, and the long texts (descriptions,
results) go out of line instead, which no search or card reads. The rows stored before are rewritten so
they take the new storage too.
"""

from django.db import migrations

VECTORS = ("search_en", "search_fi", "search_sv")


def storage(kind: str) -> str:
    columns = ", ".join(f"ALTER COLUMN {column} SET STORAGE {kind}" for column in VECTORS)
    return f"ALTER TABLE projects_project {columns}"


# Any update recomputes the generated columns, which stores them anew.
REWRITE = "UPDATE projects_project SET search_related = search_related"


class Migration(migrations.Migration):
    dependencies = [("projects", "0008_search")]

    operations = [migrations.RunSQL([storage("MAIN"), REWRITE], reverse_sql=[storage("EXTENDED"), REWRITE])]
