"""The funds commonly behind the region's projects, with their names in English, Finnish and Swedish."""

from django.db import migrations

# slug, short name, (name in English, Finnish, Swedish), kind. Programme and brand names
# (Interreg, Business Finland) are the same in every language.
FUNDS = [
    (
        "erdf",
        "ERDF",
        (
            "European Regional Development Fund",
            "Euroopan aluekehitysrahasto",
            "Europeiska regionala utvecklingsfonden",
        ),
        "eu",
    ),
    (
        "esf-plus",
        "ESF+",
        ("European Social Fund Plus", "Euroopan sosiaalirahasto plus", "Europeiska socialfonden+"),
        "eu",
    ),
    (
        "jtf",
        "JTF",
        ("Just Transition Fund", "Oikeudenmukaisen siirtymän rahasto", "Fonden för en rättvis omställning"),
        "eu",
    ),
    ("horizon-europe", "Horizon Europe", ("Horizon Europe", "Horisontti Eurooppa", "Horisont Europa"), "eu"),
    ("interreg-europe", "Interreg Europe", ("Interreg Europe",) * 3, "eu"),
    ("interreg-central-baltic", "Interreg Central Baltic", ("Interreg Central Baltic",) * 3, "eu"),
    ("interreg-baltic-sea-region", "Interreg BSR", ("Interreg Baltic Sea Region",) * 3, "eu"),
    ("business-finland", "", ("Business Finland",) * 3, "national"),
    (
        "research-council-of-finland",
        "",
        ("Research Council of Finland", "Suomen Akatemia", "Finlands Akademi"),
        "national",
    ),
    ("national", "", ("National funding", "Kansallinen rahoitus", "Nationell finansiering"), "national"),
    ("municipal", "", ("Municipal funding", "Kunnallinen rahoitus", "Kommunal finansiering"), "municipal"),
    ("private", "", ("Private funding", "Yksityinen rahoitus", "Privat finansiering"), "private"),
]


def load(apps, schema_editor):
    Fund = apps.get_model("projects", "Fund")
    for order, (slug, acronym, (name_en, name_fi, name_sv), kind) in enumerate(FUNDS, start=1):
        Fund.objects.update_or_create(
            slug=slug,
            defaults={
                "acronym": acronym,
                # The untranslated column keeps the English name.
                "name": name_en,
                "name_en": name_en,
                "name_fi": name_fi,
                "name_sv": name_sv,
                "kind": kind,
                "order": order,
            },
        )


class Migration(migrations.Migration):
    dependencies = [("projects", "0001_initial")]

    operations = [migrations.RunPython(load, migrations.RunPython.noop)]
