"""Load the demo content of demo/data/, and optionally a large generated catalogue for benchmarks.

Every entry is keyed on its slug, so running the command again changes nothing: rows are only
written when their content differs, and images are only drawn when their file is missing.

Texts are written per language (django-modeltranslation): a text in the data is
{"en": ..., "fi": ..., "sv": ...}; English goes to the `_en` columns (and to the untranslated
column, which mirrors English), Finnish and Swedish to `_fi` and `_sv` where the data has them.
Entries without a translation are left English-only, so that the site shows its fallback to English.
Descriptions, results and image texts are assembled in each language from their parts and the
sentences of demo/data/phrases.json.

With --projects N it also builds a catalogue of N generated projects, by scripts/catalogue.py.
"""

import datetime
import time
import zlib
from collections import Counter
from decimal import Decimal

from django.conf import settings
from django.contrib.auth import get_user_model
from django.contrib.auth.models import Group
from django.core.files.base import ContentFile
from django.core.management.base import BaseCommand, CommandError
from django.db import models, transaction
from django.urls import reverse
from django.utils import timezone, translation

from companies.models import Company
from core.caching import new_version
from core.images import store_image, validate_image
from core.publishing import Status
from demo.content import read
from demo.drawing import draw_illustration, draw_logo
from partners.models import Partner
from projects.models import Fund, ParticipantRole, Participation, Project, ProjectImage
from scripts.catalogue import build_catalogue
from search.documents import rebuild as rebuild_search
from search.documents import refresh_related, refresh_words
from strategy.models import Municipality, Priority, StrategyPage, SustainableDevelopmentGoal, Theme

# The local demo's staff (DEBUG only): a superuser, and one member of each curation role.
DEMO_USERS = {"admin": None, "editor": "Editors", "publisher": "Publishers", "moderator": "Partner moderators"}
DEMO_PASSWORD = "admin-demo-2026"


def refresh_search_after_catalogue(project_pks: list[int]) -> None:
    """Bring the search up to date with bulk-inserted projects, which sent no signals: their tags and taxonomies
    in one statement, then the "did you mean" words, then every kept page and count."""
    refresh_related(Project, project_pks)
    refresh_words()
    new_version()


# --- Values ---------------------------------------------------------------------------------------


def translated(field: str, texts: dict) -> dict:
    """Values for a translated field from {"en": ..., "fi": ..., "sv": ...}: English in `field_en` and in the
    untranslated column `field`, the other languages in theirs; a language missing from `texts` is left alone."""
    return {field: texts["en"]} | {f"{field}_{language}": text for language, text in texts.items()}


def past_publication_time(slug: str, now: datetime.datetime) -> datetime.datetime:
    """A publication time in the last two years, the same for a slug within one run."""
    h = zlib.crc32(slug.encode())  # unlike hash(), the same in every process
    return (now - datetime.timedelta(days=3 + h % 725, minutes=(h >> 10) % 1440)).replace(second=0, microsecond=0)


def date_or_none(value: str | None) -> datetime.date | None:
    return datetime.date.fromisoformat(value) if value else None


class Command(BaseCommand):
    help = (
        "Load published demo content (strategy pages, priorities' texts, companies, partners, projects with "
        "participants and generated images) from demo/data/. Safe to run again: nothing changes the second time. "
        "With --projects N, also build a catalogue of N generated projects for benchmarks."
    )

    def add_arguments(self, parser):
        parser.add_argument(
            "--projects",
            type=int,
            default=0,
            metavar="N",
            help="Also generate N catalogue projects (generated-000001 ...) for benchmarks; existing ones are kept.",
        )
        parser.add_argument("--seed", type=int, default=2026, help="Seed of the generated catalogue (default 2026).")
        parser.add_argument(
            "--batch-size", type=int, default=5000, help="Rows per bulk insert of the generated catalogue."
        )
        parser.add_argument(
            "--served-at",
            default="",
            metavar="URL",
            help="The address the portal will be served at (make run gives its HOST and PORT), to print the "
            "admin's full address; without it, the admin's path alone.",
        )

    def handle(self, *args, projects=0, seed=2026, batch_size=5000, served_at="", **options):
        if projects < 0 or batch_size < 1:
            raise CommandError("--projects must be 0 or more and --batch-size at least 1.")
        # With modeltranslation, `obj.title = ...` writes the column of the active language, and reading
        # `obj.title` falls back across languages: English must be active for the English texts to land
        # in the `_en` columns, whatever language the caller (a test, call_command) had activated.
        with translation.override("en"):
            self.stats = Counter()
            self.now = timezone.now()
            self.phrases = read("phrases")
            strategy = read("strategy")
            started = time.perf_counter()
            with transaction.atomic():
                self.load_reference_data()
                self.load_priorities(strategy["priorities"])
                self.load_pages(strategy["pages"])
                self.load_partners(read("partners"))
                self.load_companies(read("companies"))
                self.load_projects(read("projects"))
                rebuild_search()  # the demo's relations are set with signals, but its words only here
            self.print_summary(time.perf_counter() - started)
            self.ensure_demo_user(served_at)
            if projects:
                build_catalogue(
                    projects,
                    seed=seed,
                    batch_size=batch_size,
                    on_inserted=refresh_search_after_catalogue,
                    stdout=self.stdout,
                    style=self.style,
                )

    # --- Helpers -------------------------------------------------------------------------------

    def record(self, model, action: str) -> None:
        self.stats[(str(model._meta.verbose_name_plural), action)] += 1

    @staticmethod
    def differs(obj, name: str, value) -> bool:
        field = obj._meta.get_field(name)
        if field.is_relation:
            return getattr(obj, field.attname) != (value.pk if isinstance(value, models.Model) else value)
        current = getattr(obj, name)
        # Compare what the database holds: rich text is sanitised on the way in, decimals are normalised.
        return field.get_prep_value(current) != field.get_prep_value(value)

    def upsert(self, model, lookup: dict, values: dict, create_values: dict | None = None):
        """Create the row, or update only the fields that differ (leaving updated_at alone when none do)."""
        obj = model.objects.filter(**lookup).first()
        if obj is None:
            obj = model(**lookup, **values, **(create_values or {}))
            obj.full_clean()
            obj.save()
            self.record(model, "created")
            return obj, True
        if values.get("status") == Status.PUBLISHED and obj.published_at is None:
            values = values | (create_values or {})
        changed = [name for name, value in values.items() if self.differs(obj, name, value)]
        if changed:
            for name in changed:
                setattr(obj, name, values[name])
            obj.full_clean()
            update_fields = changed + (
                ["updated_at"] if any(f.name == "updated_at" for f in model._meta.fields) else []
            )
            obj.save(update_fields=update_fields)
            self.record(model, "updated")
        else:
            self.record(model, "unchanged")
        return obj, False

    def publication(self, slug: str, status: str = Status.PUBLISHED) -> tuple[dict, dict]:
        """Values (always applied) and create-only values for an entry's publication state.

        The publication time is relative to the first run, so it is only written when the row is new
        or when a published entry lacks one.
        """
        if status == "scheduled":
            scheduled = (self.now + datetime.timedelta(days=21)).replace(second=0, microsecond=0)
            return {"status": Status.PUBLISHED}, {"published_at": scheduled}
        if status in (Status.DRAFT, Status.IN_REVIEW):
            return {"status": status}, {"published_at": None}
        return {"status": status}, {"published_at": past_publication_time(slug, self.now)}

    def set_m2m(self, manager, objects) -> None:
        current = {o.pk for o in manager.all()}
        if current != {o.pk for o in objects}:
            manager.set(objects)

    @staticmethod
    def set_tags(manager, names: list[str]) -> None:
        if sorted(t.name for t in manager.all()) != sorted(names):
            manager.set(names)

    def attach_image(self, obj, field_name: str, filename: str, render) -> bool:
        """Give obj's image field a file (keep it, reuse one left on disk, or draw one) and its renditions.

        A drawn image takes the path of an upload: checked, re-encoded and drawn in renditions. Return whether
        anything on obj changed; the caller saves it.
        """
        file = getattr(obj, field_name)
        storage = file.storage
        attached = False
        if not (file.name and storage.exists(file.name)):
            expected = obj._meta.get_field(field_name).generate_filename(obj, filename)
            if storage.exists(expected):
                setattr(obj, field_name, expected)
            else:
                setattr(obj, field_name, ContentFile(render(), name=filename))
                validate_image(getattr(obj, field_name))
            attached = True
        return store_image(obj, field_name) or attached

    # --- Content ---------------------------------------------------------------------------------

    def load_reference_data(self) -> None:
        self.priorities = {p.slug: p for p in Priority.objects.all()}
        self.themes = {t.slug: t for t in Theme.objects.all()}
        self.sdgs = {g.number: g for g in SustainableDevelopmentGoal.objects.all()}
        self.municipalities = {m.code: m for m in Municipality.objects.all()}
        self.funds = {f.slug: f for f in Fund.objects.all()}
        if len(self.priorities) < 3 or len(self.sdgs) < 17 or len(self.municipalities) < 26 or not self.funds:
            raise CommandError("The reference data is missing: run `manage.py migrate` first.")

    def load_priorities(self, priorities: list[dict]) -> None:
        self.colours = {data["slug"]: (data["colour"], data["colour_name"]) for data in priorities}
        for data in priorities:
            if data["slug"] in self.priorities:
                self.upsert(Priority, {"slug": data["slug"]}, translated("description", data["description"]))

    def load_pages(self, pages: list[dict]) -> None:
        for page in pages:
            values, create_values = self.publication(page["slug"])
            for field in ("title", "summary", "body"):
                values |= translated(field, page[field])
            values["order"] = page["order"]
            self.upsert(StrategyPage, {"slug": page["slug"]}, values, create_values)

    def load_partners(self, partners: list[dict]) -> None:
        self.partners = {}
        for data in partners:
            values, create_values = self.publication(data["slug"])
            values |= {key: data[key] for key in ("name", "organisation_type", "country", "city", "website")}
            values |= translated("summary", data["summary"]) | translated("description", data["description"])
            partner, _created = self.upsert(Partner, {"slug": data["slug"]}, values, create_values)
            self.set_m2m(partner.priorities, [self.priorities[s] for s in data["priorities"]])
            self.add_logo(partner, data["priorities"][0])
            self.partners[data["slug"]] = partner

    def load_companies(self, companies: list[dict]) -> None:
        self.companies = {}
        for data in companies:
            values, create_values = self.publication(data["slug"])
            values |= {
                "name": data["name"],
                "business_id": data["business_id"],
                "kind": data["kind"],
                "sector": data["sector"],
                "municipality": self.municipalities[data["municipality"]],
                "founded_year": data["founded_year"],
                "website": data.get("website", ""),
                "is_open_to_cooperation": data["is_open_to_cooperation"],
            }
            values |= translated("summary", data["summary"])
            values |= translated(
                "description", {language: self.company_description(language, data) for language in data["offer"]}
            )
            company, _created = self.upsert(Company, {"slug": data["slug"]}, values, create_values)
            self.set_m2m(company.priorities, [self.priorities[s] for s in data["priorities"]])
            self.set_tags(company.capabilities, data["capabilities"])
            self.add_logo(company, data["priorities"][0])
            self.companies[data["slug"]] = company

    def company_description(self, language: str, data: dict) -> str:
        offer = "".join(f"<li>{item}</li>" for item in data["offer"][language])
        heading = self.phrases["company_offer_heading"][language]
        return f"<p>{data['summary'][language]}</p><h2>{heading}</h2><ul>{offer}</ul>"

    def add_logo(self, obj, priority_slug: str) -> None:
        colour = self.colours[priority_slug][0]
        if self.attach_image(obj, "logo", f"{obj.slug}.png", lambda: draw_logo(obj.name, colour)):
            obj.save(update_fields=["logo", "logo_width", "logo_height", "logo_renditions", "updated_at"])
            self.stats[("logos", "attached")] += 1

    def participant(self, ref: str):
        """("company" or "partner", the organisation) of a reference "company:<slug>" or "partner:<slug>"."""
        kind, slug = ref.split(":", 1)
        return kind, (self.companies if kind == "company" else self.partners)[slug]

    def load_projects(self, projects: list[dict]) -> None:
        for data in projects:
            data = data | {"start_date": date_or_none(data["start_date"]), "end_date": date_or_none(data["end_date"])}
            values, create_values = self.publication(data["slug"], data.get("status", Status.PUBLISHED))
            budget, eu = data.get("total_budget"), data.get("eu_contribution")
            partners_sought = data.get("partners_sought", {"en": ""})
            values |= translated("title", data["title"])
            values |= translated("acronym", {"en": data.get("acronym", "")})
            values |= translated("summary", data["summary"])
            values |= translated(
                "description", {language: self.project_description(language, data) for language in data["challenge"]}
            )
            values |= translated(
                "results", {language: self.project_results(language, data) for language in data["results"]}
            )
            values |= translated("partners_sought", partners_sought)
            values |= {
                "state": data["state"],
                "start_date": data["start_date"],
                "end_date": data["end_date"],
                "total_budget": Decimal(budget) if budget else None,
                "eu_contribution": Decimal(eu) if eu else None,
                "website": data.get("website", ""),
                "eura_code": data.get("eura_code", ""),
                "kohesio_id": data.get("kohesio_id", ""),
                "keep_eu_id": data.get("keep_eu_id", ""),
                "cordis_id": data.get("cordis_id", ""),
                "is_looking_for_partners": bool(partners_sought["en"]),
                "is_featured": data.get("is_featured", False),
            }
            project, _created = self.upsert(Project, {"slug": data["slug"]}, values, create_values)
            self.set_m2m(project.priorities, [self.priorities[s] for s in data["priorities"]])
            self.set_m2m(project.themes, [self.themes[s] for s in data["themes"]])
            self.set_m2m(project.sdgs, [self.sdgs[n] for n in data["sdgs"]])
            self.set_m2m(project.municipalities, [self.municipalities[c] for c in data["municipalities"]])
            self.set_m2m(project.funds, [self.funds[s] for s in data["funds"]])
            self.set_tags(project.tags, data["tags"])
            self.load_participations(project, data["participants"])
            self.load_images(project, data)

    def places(self, codes: list[str], language: str) -> str:
        """The municipalities by name: in Finnish in English and Finnish texts, in Swedish in Swedish ones."""
        names = [self.municipalities[c].name_sv if language == "sv" else self.municipalities[c].name_fi for c in codes]
        conjunction = self.phrases["and"][language]
        return names[0] if len(names) == 1 else f"{', '.join(names[:-1])} {conjunction} {names[-1]}"

    def project_description(self, language: str, data: dict) -> str:
        """A project's description in one language, from its parts under the headings of that language."""
        why, what, where, funding = self.phrases["project_headings"][language]
        activities = "".join(f"<li>{a}</li>" for a in data["activities"][language])
        return (
            f"<p>{data['summary'][language]}</p>"
            f"<h3>{why}</h3><p>{data['challenge'][language]}</p>"
            f"<h3>{what}</h3><ul>{activities}</ul>"
            f"<h3>{where}</h3><p>{data['where'][language]}</p>"
            f"<h3>{funding}</h3><p>{data['funding'][language]}</p>"
        )

    def project_results(self, language: str, data: dict) -> str:
        items = "".join(f"<li>{r}</li>" for r in data["results"][language])
        intros, state, end = self.phrases["results_intros"][language], data["state"], data["end_date"]
        if state in ("completed", "ongoing") and end:
            month = self.phrases["months"][language][state][end.month - 1]
            intro = intros[state].format(month=month, year=end.year)
        else:
            intro = intros["ongoing_open" if state == "ongoing" else "planned"]
        return f"<p>{intro}</p><ul>{items}</ul>"

    def load_participations(self, project, refs: list[str]) -> None:
        desired = []
        for order, ref in enumerate(refs):
            kind, obj = self.participant(ref)
            role = ParticipantRole.LEAD if order == 0 else ParticipantRole.PARTNER
            desired.append((obj.pk if kind == "company" else None, obj.pk if kind == "partner" else None, role, order))
        current = list(
            project.participations.order_by("order", "pk").values_list("company", "partner", "role", "order")
        )
        if current == desired:
            self.stats[("participations", "unchanged")] += len(desired)
            return
        project.participations.all().delete()
        for company_id, partner_id, role, order in desired:
            participation = Participation(
                project=project, company_id=company_id, partner_id=partner_id, role=role, order=order
            )
            participation.full_clean()
            participation.save()
        self.stats[("participations", "written")] += len(desired)

    def load_images(self, project, data: dict) -> None:
        priority = self.priorities[data["priorities"][0]]
        colour, colour_name = self.colours[priority.slug]
        colour_forms = self.phrases["colours"][colour_name]
        # The image (and its text) is the same in every language; only its description changes.
        text = data.get("acronym") or data["title"]["en"]
        existing = {image.order: image for image in project.images.all()}
        for order in range(1, data.get("images", 1) + 1):
            style = (order - 1) % 2
            alts = {
                language: self.phrases["image_alt"][language][style].format(text=text, **colour_forms[language])
                for language in data["title"]
            }
            captions = {
                language: self.phrases["image_caption"][language][style].format(
                    title=title,
                    places=self.places(data["municipalities"], language),
                    priority=getattr(priority, f"name_{language}") or priority.name,
                )
                for language, title in data["title"].items()
            }
            values = translated("alt_text", alts) | translated("caption", captions)
            values["credit"] = self.phrases["image_credit"]
            image = existing.get(order) or ProjectImage(project=project, order=order, **values)
            changed = [name for name, value in values.items() if getattr(image, name) != value]
            drawn = self.attach_image(
                image,
                "image",
                f"{project.slug}-{order}.jpg",
                lambda style=style, order=order: draw_illustration(f"{project.slug}-{order}", colour, text, style),
            )
            if image.pk is None:
                image.full_clean()
                image.save()
                self.record(ProjectImage, "created")
            elif changed or drawn:
                for name in changed:
                    setattr(image, name, values[name])
                image.full_clean()
                image.save()
                self.record(ProjectImage, "updated")
            else:
                self.record(ProjectImage, "unchanged")

    # --- Output and the demo user -----------------------------------------------------------------

    def print_summary(self, elapsed: float) -> None:
        self.stdout.write(self.style.MIGRATE_HEADING(f"Demo content loaded in {elapsed:.1f} s:"))
        kinds = sorted({kind for kind, _action in self.stats})
        for kind in kinds:
            actions = ", ".join(f"{n} {action}" for (k, action), n in sorted(self.stats.items()) if k == kind)
            self.stdout.write(f"  {kind}: {actions}")
        published = Project.objects.published()
        self.stdout.write(
            f"  In the database: {published.count()} published projects of {Project.objects.count()}, "
            f"{Company.objects.published().count()} companies, {Partner.objects.published().count()} partners, "
            f"{StrategyPage.objects.published().count()} pages, {ProjectImage.objects.count()} project images."
        )

    def ensure_demo_user(self, served_at: str = "") -> None:
        if not settings.DEBUG:
            self.stdout.write("DEBUG is off: no demo users were created.")
            return
        User = get_user_model()
        for username, group in DEMO_USERS.items():
            if User.objects.filter(username=username).exists():
                note = "already existed; its password was left as it was"
            elif group is None:
                User.objects.create_superuser(username, f"{username}@example.com", DEMO_PASSWORD)
                note = "created"
            else:
                user = User.objects.create_user(username, f"{username}@example.com", DEMO_PASSWORD, is_staff=True)
                user.groups.add(Group.objects.get(name=group))
                note = f"created, in the group {group}"
            self.stdout.write(self.style.SUCCESS(f"Demo user {username!r} ({note})."))
        # This command cannot know where a server started later will listen: only the caller can say (--served-at).
        admin = served_at.rstrip("/") + reverse("admin:index")
        self.stdout.write(
            f"Sign in to the admin at {admin} as {' / '.join(DEMO_USERS)} with the password {DEMO_PASSWORD} "
            "(local demo only)."
        )
