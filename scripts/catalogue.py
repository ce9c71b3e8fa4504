"""The large generated catalogue of the benchmarks: N projects on top of the demo content.

`manage.py load_demo --projects N` builds it by calling build_catalogue(); `make bench` (scripts/bench.py)
and `make loadtest` (scripts/loadtest.py) run that command when their database holds fewer projects than
they measure. The projects are bulk inserted (slugs generated-000001 ...), the same for the same seed
whatever else is in the database; those that already exist are kept.
"""

import datetime
import random
import time
from collections.abc import Callable
from decimal import Decimal
from types import SimpleNamespace

from django.contrib.contenttypes.models import ContentType
from django.core.management.base import CommandError
from django.db import connection, transaction
from taggit.models import Tag, TaggedItem

from companies.models import Company
from core.publishing import Status
from partners.models import Partner
from projects.models import Fund, ParticipantRole, Participation, Project
from strategy.models import Municipality, Priority, SustainableDevelopmentGoal, Theme

GENERATED_SLUG = "generated-{:06d}"
# The generated catalogue's lifecycle states are computed against this fixed day, so runs are reproducible.
GENERATED_REFERENCE_DATE = datetime.date(2026, 11, 1)
GENERATED_PUBLISHED_BEFORE = datetime.datetime(2026, 10, 1, 12, 0, tzinfo=datetime.UTC)
M2M_FIELDS = ("priorities", "themes", "sdgs", "municipalities", "funds")

# Per priority: (title stem, theme slugs, SDG numbers, activity sentences).
GENERATED_TOPICS = {
    "climate-neutrality": [
        (
            "Heat pumps for public buildings",
            ["fast-energy-transfer"],
            [7, 13],
            [
                "Energy audits of municipal buildings",
                "Joint procurement of heat pumps",
                "Remote monitoring of heat use",
            ],
        ),
        (
            "Solar power for housing companies",
            ["fast-energy-transfer"],
            [7, 11],
            ["Solar surveys for housing companies", "Shared solar plants on roofs", "Training for boards"],
        ),
        (
            "Low-carbon land-use planning",
            ["smart-land-use"],
            [11, 13, 15],
            ["Carbon maps for planners", "Comparison of plan alternatives", "Workshops with residents"],
        ),
        (
            "Electric vehicle charging network",
            ["smart-mobility"],
            [7, 11, 13],
            ["Charging points at public car parks", "Smart charging pilots", "Open charging data"],
        ),
        (
            "Circular construction materials",
            ["climate-neutral-circular-economy"],
            [9, 12],
            ["Pre-demolition audits", "A marketplace for reused components", "Quality testing of reused materials"],
        ),
        (
            "Food waste reduction",
            ["sustainable-consumption-and-production"],
            [2, 12],
            ["Food waste measurement in kitchens", "Redistribution of surplus food", "Menu planning tools"],
        ),
        (
            "Cycling and walking routes",
            ["smart-mobility"],
            [3, 11, 13],
            ["Safe routes to schools", "Winter maintenance pilots", "Bike parking at stations"],
        ),
        (
            "Biogas from agricultural side streams",
            ["climate-neutral-circular-economy"],
            [7, 12, 13],
            ["Collection of manure and residues", "Biogas fuel points", "Recycled fertiliser trials"],
        ),
    ],
    "citizens-city": [
        (
            "Digital services for older residents",
            ["new-services-and-digital-hubs"],
            [3, 10],
            ["Digital help desks", "Easy-to-use tablets for home care", "Training for volunteers"],
        ),
        (
            "Demand-responsive transport",
            ["mobility-and-travel-chains"],
            [10, 11],
            ["On-demand minibuses", "Booking by app and phone", "Connections to trains"],
        ),
        (
            "Co-working hub for entrepreneurs",
            ["entrepreneurship"],
            [8, 9],
            ["A co-working space", "Mentoring for founders", "Meet-ups with investors"],
        ),
        (
            "Skills for green jobs",
            ["education-and-skills"],
            [4, 8],
            ["Short courses with employers", "On-the-job training", "Career guidance"],
        ),
        (
            "Resident participation in urban planning",
            ["housing-and-urban-planning"],
            [11, 16],
            ["3D visualisations of plans", "Pop-up planning studios", "Online feedback"],
        ),
        (
            "Cybersecurity for municipal services",
            ["cybersecurity"],
            [9, 16],
            ["Security assessments", "Staff training", "Incident exercises"],
        ),
        (
            "Creative industries in village centres",
            ["creative-industries"],
            [8, 11],
            ["Shared venues for artists", "Business coaching", "Touring programme"],
        ),
        (
            "Local food in public kitchens",
            ["food-and-health-services"],
            [2, 3, 12],
            ["Smaller tender lots", "A shared ordering platform", "Farm visits for pupils"],
        ),
    ],
    "industrial-modernisation": [
        (
            "Digital twins for manufacturers",
            ["digitalising-industry"],
            [8, 9],
            ["Sensor kits for older machines", "Digital twins of production lines", "Peer-learning workshops"],
        ),
        (
            "Electrified process heat",
            ["low-carbon-industry"],
            [7, 9, 13],
            ["Process heat mapping", "Industrial heat pumps", "Thermal storage"],
        ),
        (
            "Quantum technology testbed",
            ["quantum-and-deep-tech"],
            [9],
            ["Lab access for companies", "Application pilots", "Researcher exchange"],
        ),
        (
            "Health technology validation",
            ["smart-health"],
            [3, 9],
            ["Clinical validation studies", "Data access for developers", "Care pathway design"],
        ),
        (
            "Robotics for small factories",
            ["digitalising-industry"],
            [8, 9],
            ["Robot pilots in small factories", "Safety studies", "Training for operators"],
        ),
        (
            "Hydrogen for industry",
            ["low-carbon-industry"],
            [7, 9, 13],
            ["Feasibility studies", "Electrolyser pilot", "Shared purchase plans"],
        ),
        (
            "Recycled materials for industry",
            ["low-carbon-industry"],
            [9, 12],
            ["Material testing", "Traceability of recycled content", "Supplier network"],
        ),
        (
            "Secure data sharing in supply chains",
            ["digitalising-industry"],
            [9, 16],
            ["Data sharing agreements", "Secure data platform", "Pilot use cases"],
        ),
    ],
}

GENERATED_PREFIXES = ["", "", "", "Pilot: ", "Scaling up: ", "Phase 2: "]
GENERATED_TAGS = ["pilot", "co-creation", "open data", "energy efficiency", "digitalisation", "skills", "testbed"]


def build_catalogue(
    n: int, *, seed: int, batch_size: int, on_inserted: Callable[[list[int]], None], stdout, style
) -> None:
    """Bulk insert the generated projects 1 to n that are missing, then call on_inserted with their pks.

    Bulk inserts send no signals: on_inserted brings the search and the catalogue's facets up to date.
    stdout and style are those of the management command that reports the progress.
    """
    started = time.perf_counter()
    existing = set(Project.objects.filter(slug__startswith="generated-").values_list("slug", flat=True))
    todo = [i for i in range(1, n + 1) if GENERATED_SLUG.format(i) not in existing]
    if not todo:
        stdout.write(f"Generated catalogue: all {n} projects already exist.")
        return
    refs = SimpleNamespace(
        priorities=dict(Priority.objects.values_list("slug", "pk")),
        themes=dict(Theme.objects.values_list("slug", "pk")),
        sdgs=dict(SustainableDevelopmentGoal.objects.values_list("number", "pk")),
        municipalities=sorted(Municipality.objects.values_list("code", "pk", "name_fi")),
        funds=sorted(Fund.objects.values_list("slug", "pk", "kind")),
        leads=[("company", pk) for pk in Company.objects.published().order_by("slug").values_list("pk", flat=True)]
        + [("partner", pk) for pk in Partner.objects.published().order_by("slug").values_list("pk", flat=True)],
        tags=[Tag.objects.get_or_create(name=name)[0].pk for name in GENERATED_TAGS],
    )
    if not refs.leads:
        raise CommandError("No published companies or partners to lead the generated projects.")
    content_type = ContentType.objects.get_for_model(Project)
    through = {name: Project._meta.get_field(name).remote_field.through for name in M2M_FIELDS}
    columns = {name: Project._meta.get_field(name).m2m_reverse_field_name() + "_id" for name in M2M_FIELDS}
    stdout.write(f"Generating {len(todo)} of {n} catalogue projects in batches of {batch_size} ...")
    generated_pks = []
    for start in range(0, len(todo), batch_size):
        batch = [generated_project(i, seed, refs) for i in todo[start : start + batch_size]]
        with transaction.atomic():
            created = Project.objects.bulk_create([spec.project for spec in batch], batch_size=batch_size)
            generated_pks += [project.pk for project in created]
            for name, model in through.items():
                model.objects.bulk_create(
                    [
                        model(project_id=project.pk, **{columns[name]: pk})
                        for project, spec in zip(created, batch, strict=True)
                        for pk in getattr(spec, name)
                    ],
                    batch_size=batch_size,
                )
            Participation.objects.bulk_create(
                [
                    Participation(project_id=project.pk, role=ParticipantRole.LEAD, order=0, **spec.lead)
                    for project, spec in zip(created, batch, strict=True)
                ],
                batch_size=batch_size,
            )
            TaggedItem.objects.bulk_create(
                [
                    TaggedItem(tag_id=tag, content_type=content_type, object_id=project.pk)
                    for project, spec in zip(created, batch, strict=True)
                    for tag in spec.tags
                ],
                batch_size=batch_size,
            )
        done = start + len(batch)
        stdout.write(f"  {done}/{len(todo)} ({time.perf_counter() - started:.1f} s)")
    on_inserted(generated_pks)
    # Fresh planner statistics: without them the first queries on the new rows may pick poor plans. Outside a
    # transaction, VACUUM also removes the rows the search refresh replaced and moves the new entries of the
    # search indexes out of their pending lists, which every search would otherwise scan whole.
    tables = [Project, Participation, TaggedItem, *through.values()]
    command = "ANALYZE" if connection.in_atomic_block else "VACUUM ANALYZE"
    with connection.cursor() as cursor:
        for model in tables:
            cursor.execute(f"{command} {connection.ops.quote_name(model._meta.db_table)}")
    elapsed = time.perf_counter() - started
    stdout.write(style.SUCCESS(f"Generated {len(todo)} catalogue projects in {elapsed:.1f} s ({n} requested)."))


def generated_project(i: int, seed: int, refs) -> SimpleNamespace:
    """The i-th generated project: the same for the same seed, whatever else is in the database."""
    rng = random.Random(seed * 1_000_003 + i)
    priority_slugs = sorted(GENERATED_TOPICS)
    priority = rng.choice(priority_slugs)
    stem, theme_slugs, sdg_numbers, activities = rng.choice(GENERATED_TOPICS[priority])
    priorities = [priority]
    if rng.random() < 0.2:
        priorities.append(rng.choice([p for p in priority_slugs if p != priority]))
    places = rng.sample(refs.municipalities, k=rng.choice([1, 1, 1, 2, 3]))
    place_names = [name for _code, _pk, name in places]
    where = place_names[0] if len(place_names) == 1 else f"{', '.join(place_names[:-1])} and {place_names[-1]}"
    title = f"{rng.choice(GENERATED_PREFIXES)}{stem} in {where}"

    start = datetime.date(rng.randint(2014, 2028), rng.randint(1, 12), 1)
    months = rng.randint(12, 48)
    end_year, end_month = divmod(start.month - 1 + months, 12)
    end = datetime.date(start.year + end_year, end_month + 1, 1) - datetime.timedelta(days=1)
    if start > GENERATED_REFERENCE_DATE:
        state = "planned"
    elif end < GENERATED_REFERENCE_DATE:
        state = "completed"
    else:
        state = "ongoing"
    if state != "completed" and rng.random() < 0.1:
        end = None

    funds = rng.sample(refs.funds, k=rng.choice([1, 2, 2, 3]))
    budget = Decimal(rng.randrange(80, 6000) * 1000)
    has_eu = any(kind == "eu" for _slug, _pk, kind in funds)
    eu = (budget * Decimal(rng.randint(30, 80)) / 100).quantize(Decimal("0.01")) if has_eu else None
    fund_slugs = [slug for slug, _pk, _kind in funds]
    eura = f"A{rng.randint(70000, 81999)}" if "erdf" in fund_slugs and rng.random() < 0.4 else ""

    looking = rng.random() < 0.08
    summary = f"{stem} in {where}: {activities[0].lower()}, {activities[1].lower()} and {activities[2].lower()}."
    items = "".join(f"<li>{a}</li>" for a in activities)
    lead_kind, lead_pk = rng.choice(refs.leads)
    acronym = "".join(w[0] for w in stem.split() if w[0].isalpha()).upper()[:6] + f"-{i % 1000:03d}"
    published_at = GENERATED_PUBLISHED_BEFORE - datetime.timedelta(minutes=rng.randint(0, 6 * 365 * 24 * 60))
    project = Project(
        title=title,
        slug=GENERATED_SLUG.format(i),
        acronym=acronym,
        summary=summary,
        description=f"<p>{summary}</p><h3>What the project does</h3><ul>{items}</ul>",
        state=state,
        start_date=start,
        end_date=end,
        total_budget=budget,
        eu_contribution=eu,
        eura_code=eura,
        is_looking_for_partners=looking,
        partners_sought="Companies and research partners to join the pilots." if looking else "",
        status=Status.PUBLISHED,
        published_at=published_at,
    )
    themes = [refs.themes[s] for s in theme_slugs if s in refs.themes]
    return SimpleNamespace(
        project=project,
        priorities=[refs.priorities[p] for p in priorities],
        themes=themes,
        sdgs=[refs.sdgs[number] for number in sdg_numbers],
        municipalities=[pk for _code, pk, _name in places],
        funds=[pk for _slug, pk, _kind in funds],
        lead={f"{lead_kind}_id": lead_pk},
        tags=rng.sample(refs.tags, k=rng.choice([0, 1, 1, 2])),
    )
