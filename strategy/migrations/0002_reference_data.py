"""The strategy's priorities and themes, the UN goals and the municipalities of Uusimaa.

Facts as published by the Helsinki-Uusimaa Regional Council (Resource-wise Helsinki-Uusimaa, 2020),
the UN and Statistics Finland. Curators may edit them in the admin afterwards.
"""

from django.db import migrations

# Each text in English, Finnish and Swedish. The Finnish priority names follow the strategy
# (Resurssiviisas Helsinki-Uusimaa); "Ihmisten kaupunki" is short for "Ihmisten kaupunki (sujuva arki)".
PRIORITIES = [
    (
        "climate-neutrality",
        ("Climate Neutrality", "Ilmastoneutraalius", "Klimatneutralitet"),
        (
            "A climate-neutral Helsinki-Uusimaa by 2030, through smart energy, mobility and circular economy.",
            "Ilmastoneutraali Helsinki-Uusimaa vuoteen 2030 mennessä älykkään energian, liikkumisen ja kiertotalouden "
            "avulla.",
            "Ett klimatneutralt Helsingfors-Nyland senast 2030, genom smart energi, mobilitet och cirkulär ekonomi.",
        ),
        [
            ("smart-land-use", ("Smart land use", "Älykäs maankäyttö", "Smart markanvändning")),
            ("fast-energy-transfer", ("Fast energy transfer", "Nopea energiasiirtymä", "Snabb energiomställning")),
            (
                "sustainable-consumption-and-production",
                (
                    "Sustainable consumption and production",
                    "Kestävä kulutus ja tuotanto",
                    "Hållbar konsumtion och produktion",
                ),
            ),
            ("smart-mobility", ("Smart mobility", "Älykäs liikkuminen", "Smart mobilitet")),
            (
                "climate-neutral-circular-economy",
                ("Climate-neutral circular economy", "Ilmastoneutraali kiertotalous", "Klimatneutral cirkulär ekonomi"),
            ),
        ],
    ),
    (
        "citizens-city",
        ("Citizens' City", "Ihmisten kaupunki", "Människornas stad"),
        (
            "Smooth everyday life: services, housing, mobility and skills built around the people who use them.",
            "Sujuva arki: palvelut, asuminen, liikkuminen ja osaaminen niitä käyttävien ihmisten ehdoilla.",
            "En smidig vardag: tjänster, boende, mobilitet och kompetens som utgår från de människor som använder dem.",
        ),
        [
            (
                "mobility-and-travel-chains",
                ("Mobility and travel chains", "Liikkuminen ja matkaketjut", "Mobilitet och resekedjor"),
            ),
            (
                "housing-and-urban-planning",
                ("Housing and urban planning", "Asuminen ja kaupunkisuunnittelu", "Boende och stadsplanering"),
            ),
            (
                "food-and-health-services",
                ("Food and health services", "Ruoka- ja terveyspalvelut", "Mat- och hälsotjänster"),
            ),
            ("entrepreneurship", ("Entrepreneurship", "Yrittäjyys", "Företagande")),
            (
                "new-services-and-digital-hubs",
                (
                    "New services and digital hubs",
                    "Uudet palvelut ja digitaaliset keskittymät",
                    "Nya tjänster och digitala knutpunkter",
                ),
            ),
            ("creative-industries", ("Creative industries", "Luovat alat", "Kreativa branscher")),
            ("cybersecurity", ("Cybersecurity", "Kyberturvallisuus", "Cybersäkerhet")),
            ("education-and-skills", ("Education and skills", "Koulutus ja osaaminen", "Utbildning och kompetens")),
        ],
    ),
    (
        "industrial-modernisation",
        (
            "Industrial Modernisation",
            "Uudistuva teollisuus ja innovatiiviset palvelut",
            "Förnyande industri och innovativa tjänster",
        ),
        (
            "Renewing industry and innovative services: low-carbon production, deep tech, smart health and "
            "digitalisation.",
            "Teollisuuden ja palvelujen uudistaminen: vähähiilinen tuotanto, syväteknologia, älykäs terveys ja "
            "digitalisaatio.",
            "Förnyelse av industri och tjänster: koldioxidsnål produktion, djupteknik, smart hälsa och digitalisering.",
        ),
        [
            ("low-carbon-industry", ("Low-carbon industry", "Vähähiilinen teollisuus", "Koldioxidsnål industri")),
            (
                "quantum-and-deep-tech",
                ("Quantum and deep tech", "Kvantti- ja syväteknologia", "Kvantteknik och djupteknik"),
            ),
            ("smart-health", ("Smart health", "Älykäs terveys", "Smart hälsa")),
            (
                "digitalising-industry",
                ("Digitalising industry", "Teollisuuden digitalisaatio", "Industrins digitalisering"),
            ),
        ],
    ),
]

# The goals' short names as the UN and the Finnish government publish them (the names on the
# official goal icons): English, Finnish, Swedish.
SDGS = [
    (1, ("No Poverty", "Ei köyhyyttä", "Ingen fattigdom"), "#E5243B"),
    (2, ("Zero Hunger", "Ei nälkää", "Ingen hunger"), "#DDA63A"),
    (3, ("Good Health and Well-being", "Terveyttä ja hyvinvointia", "God hälsa och välbefinnande"), "#4C9F38"),
    (4, ("Quality Education", "Hyvä koulutus", "God utbildning för alla"), "#C5192D"),
    (5, ("Gender Equality", "Sukupuolten tasa-arvo", "Jämställdhet"), "#FF3A21"),
    (6, ("Clean Water and Sanitation", "Puhdas vesi ja sanitaatio", "Rent vatten och sanitet för alla"), "#26BDE2"),
    (7, ("Affordable and Clean Energy", "Edullista ja puhdasta energiaa", "Hållbar energi för alla"), "#FCC30B"),
    (
        8,
        (
            "Decent Work and Economic Growth",
            "Ihmisarvoista työtä ja talouskasvua",
            "Anständiga arbetsvillkor och ekonomisk tillväxt",
        ),
        "#A21942",
    ),
    (
        9,
        (
            "Industry, Innovation and Infrastructure",
            "Kestävää teollisuutta, innovaatioita ja infrastruktuureja",
            "Hållbar industri, innovationer och infrastruktur",
        ),
        "#FD6925",
    ),
    (10, ("Reduced Inequalities", "Eriarvoisuuden vähentäminen", "Minskad ojämlikhet"), "#DD1367"),
    (
        11,
        ("Sustainable Cities and Communities", "Kestävät kaupungit ja yhteisöt", "Hållbara städer och samhällen"),
        "#FD9D24",
    ),
    (
        12,
        ("Responsible Consumption and Production", "Vastuullista kuluttamista", "Hållbar konsumtion och produktion"),
        "#BF8B2E",
    ),
    (13, ("Climate Action", "Ilmastotekoja", "Bekämpa klimatförändringen"), "#3F7E44"),
    (14, ("Life Below Water", "Vedenalainen elämä", "Hav och marina resurser"), "#0A97D9"),
    (15, ("Life on Land", "Maanpäällinen elämä", "Ekosystem och biologisk mångfald"), "#56C02B"),
    (
        16,
        (
            "Peace, Justice and Strong Institutions",
            "Rauhaa, oikeudenmukaisuutta ja hyvää hallintoa",
            "Fredliga och inkluderande samhällen",
        ),
        "#00689D",
    ),
    (17, ("Partnerships for the Goals", "Yhteistyö ja kumppanuus", "Genomförande och globalt partnerskap"), "#19486A"),
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


def translated(field: str, texts: tuple[str, str, str]) -> dict:
    """The field's value in each language; the untranslated column keeps the English text."""
    en, fi, sv = texts
    return {field: en, f"{field}_en": en, f"{field}_fi": fi, f"{field}_sv": sv}


def load(apps, schema_editor):
    Priority = apps.get_model("strategy", "Priority")
    Theme = apps.get_model("strategy", "Theme")
    Goal = apps.get_model("strategy", "SustainableDevelopmentGoal")
    Municipality = apps.get_model("strategy", "Municipality")
    for order, (slug, names, taglines, themes) in enumerate(PRIORITIES, start=1):
        priority, _ = Priority.objects.update_or_create(
            slug=slug, defaults={**translated("name", names), **translated("tagline", taglines), "order": order}
        )
        for theme_order, (theme_slug, theme_names) in enumerate(themes, start=1):
            Theme.objects.update_or_create(
                slug=theme_slug,
                defaults={"priority": priority, **translated("name", theme_names), "order": theme_order},
            )
    for number, names, colour in SDGS:
        Goal.objects.update_or_create(number=number, defaults={**translated("name", names), "colour": colour})
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
