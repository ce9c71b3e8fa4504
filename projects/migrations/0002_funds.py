"""The funds commonly behind the region's projects."""

from django.db import migrations

FUNDS = [
    ("erdf", "ERDF", "European Regional Development Fund", "eu"),
    ("esf-plus", "ESF+", "European Social Fund Plus", "eu"),
    ("jtf", "JTF", "Just Transition Fund", "eu"),
    ("horizon-europe", "Horizon Europe", "Horizon Europe", "eu"),
    ("interreg-europe", "Interreg Europe", "Interreg Europe", "eu"),
    ("interreg-central-baltic", "Interreg Central Baltic", "Interreg Central Baltic", "eu"),
    ("interreg-baltic-sea-region", "Interreg BSR", "Interreg Baltic Sea Region", "eu"),
    ("business-finland", "", "Business Finland", "national"),
    ("research-council-of-finland", "", "Research Council of Finland", "national"),
    ("national", "", "National funding", "national"),
    ("municipal", "", "Municipal funding", "municipal"),
    ("private", "", "Private funding", "private"),
]


def load(apps, schema_editor):
    Fund = apps.get_model("projects", "Fund")
    for order, (slug, acronym, name, kind) in enumerate(FUNDS, start=1):
        Fund.objects.update_or_create(slug=slug, defaults={"acronym": acronym, "name": name, "name_en": name, "kind": kind, "order": order})


class Migration(migrations.Migration):
    dependencies = [("projects", "0001_initial")]

    operations = [migrations.RunPython(load, migrations.RunPython.noop)]
