"""The strategy's priorities and themes, the UN goals and the municipalities of Uusimaa.

Facts as published by the Helsinki-Uusimaa Regional Council (Resource-wise Helsinki-Uusimaa, 2020),
the UN and Statistics Finland. Curators may edit them in the admin afterwards.
"""

from django.db import migrations

PRIORITIES = [
    (
        "climate-neutrality",
        "Climate Neutrality",
        "A climate-neutral Helsinki-Uusimaa by 2030, through smart energy, mobility and circular economy.",
        [
            ("smart-land-use", "Smart land use"),
            ("fast-energy-transfer", "Fast energy transfer"),
            ("sustainable-consumption-and-production", "Sustainable consumption and production"),
            ("smart-mobility", "Smart mobility"),
            ("climate-neutral-circular-economy", "Climate-neutral circular economy"),
        ],
    ),
    (
        "citizens-city",
        "Citizens' City",
        "Smooth everyday life: services, housing, mobility and skills built around the people who use them.",
        [
            ("mobility-and-travel-chains", "Mobility and travel chains"),
            ("housing-and-urban-planning", "Housing and urban planning"),
            ("food-and-health-services", "Food and health services"),
            ("entrepreneurship", "Entrepreneurship"),
            ("new-services-and-digital-hubs", "New services and digital hubs"),
            ("creative-industries", "Creative industries"),
            ("cybersecurity", "Cybersecurity"),
            ("education-and-skills", "Education and skills"),
        ],
    ),
    (
        "industrial-modernisation",
        "Industrial Modernisation",
        "Renewing industry and innovative services: low-carbon production, deep tech, smart health and digitalisation.",
        [
            ("low-carbon-industry", "Low-carbon industry"),
            ("quantum-and-deep-tech", "Quantum and deep tech"),
            ("smart-health", "Smart health"),
            ("digitalising-industry", "Digitalising industry"),
        ],
    ),
]

SDGS = [
    (1, "No Poverty", "#E5243B"),
    (2, "Zero Hunger", "#DDA63A"),
    (3, "Good Health and Well-being", "#4C9F38"),
    (4, "Quality Education", "#C5192D"),
    (5, "Gender Equality", "#FF3A21"),
    (6, "Clean Water and Sanitation", "#26BDE2"),
    (7, "Affordable and Clean Energy", "#FCC30B"),
    (8, "Decent Work and Economic Growth", "#A21942"),
    (9, "Industry, Innovation and Infrastructure", "#FD6925"),
    (10, "Reduced Inequalities", "#DD1367"),
    (11, "Sustainable Cities and Communities", "#FD9D24"),
    (12, "Responsible Consumption and Production", "#BF8B2E"),
    (13, "Climate Action", "#3F7E44"),
    (14, "Life Below Water", "#0A97D9"),
    (15, "Life on Land", "#56C02B"),
    (16, "Peace, Justice and Strong Institutions", "#00689D"),
    (17, "Partnerships for the Goals", "#19486A"),
]

# code, Finnish name, Swedish name, sub-region, has town status
MUNICIPALITIES = [
    ("018", "Askola", "Askola", "porvoo", False),
    ("049", "Espoo", "Esbo", "helsinki", True),
    ("078", "Hanko", "Hangö", "raasepori", True),
    ("091", "Helsinki", "Helsingfors", "helsinki", True),
    ("106", "Hyvinkää", "Hyvinge", "helsinki", True),
    ("149", "Inkoo", "Ingå", "raasepori", False),
    ("186", "Järvenpää", "Träskända", "helsinki", True),
    ("224", "Karkkila", "Högfors", "helsinki", True),
    ("235", "Kauniainen", "Grankulla", "helsinki", True),
    ("245", "Kerava", "Kervo", "helsinki", True),
    ("257", "Kirkkonummi", "Kyrkslätt", "helsinki", False),
    ("407", "Lapinjärvi", "Lappträsk", "loviisa", False),
    ("434", "Loviisa", "Lovisa", "loviisa", True),
    ("444", "Lohja", "Lojo", "helsinki", True),
    ("504", "Myrskylä", "Mörskom", "porvoo", False),
    ("505", "Mäntsälä", "Mäntsälä", "helsinki", False),
    ("543", "Nurmijärvi", "Nurmijärvi", "helsinki", False),
    ("611", "Pornainen", "Borgnäs", "helsinki", False),
    ("616", "Pukkila", "Pukkila", "porvoo", False),
    ("638", "Porvoo", "Borgå", "porvoo", True),
    ("710", "Raasepori", "Raseborg", "raasepori", True),
    ("753", "Sipoo", "Sibbo", "helsinki", False),
    ("755", "Siuntio", "Sjundeå", "helsinki", False),
    ("858", "Tuusula", "Tusby", "helsinki", False),
    ("092", "Vantaa", "Vanda", "helsinki", True),
    ("927", "Vihti", "Vichtis", "helsinki", False),
]


def load(apps, schema_editor):
    Priority = apps.get_model("strategy", "Priority")
    Theme = apps.get_model("strategy", "Theme")
    Goal = apps.get_model("strategy", "SustainableDevelopmentGoal")
    Municipality = apps.get_model("strategy", "Municipality")
    for order, (slug, name, tagline, themes) in enumerate(PRIORITIES, start=1):
        priority, _ = Priority.objects.update_or_create(
            slug=slug, defaults={"name": name, "name_en": name, "tagline": tagline, "tagline_en": tagline, "order": order}
        )
        for theme_order, (theme_slug, theme_name) in enumerate(themes, start=1):
            Theme.objects.update_or_create(
                slug=theme_slug,
                defaults={"priority": priority, "name": theme_name, "name_en": theme_name, "order": theme_order},
            )
    for number, name, colour in SDGS:
        Goal.objects.update_or_create(number=number, defaults={"name": name, "name_en": name, "colour": colour})
    for code, name_fi, name_sv, sub_region, is_town in MUNICIPALITIES:
        Municipality.objects.update_or_create(
            code=code,
            defaults={
                "name_fi": name_fi,
                "name_sv": name_sv,
                "sub_region": sub_region,
                "is_town": is_town,
            },
        )


class Migration(migrations.Migration):
    dependencies = [("strategy", "0001_initial")]

    operations = [migrations.RunPython(load, migrations.RunPython.noop)]
