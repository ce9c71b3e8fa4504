"""Load realistic demo content, and optionally a large generated catalogue for benchmarks.

Every entry is keyed on its slug, so running the command again changes nothing: rows are only
written when their content differs, and images are only drawn when their file is missing.

Texts are written per language (django-modeltranslation): English to the `_en` columns (and to the
untranslated column, which mirrors English), Finnish and Swedish to `_fi` and `_sv` where
demo_content_i18n has a translation. Entries without one are left English-only, so that the site
shows its fallback to English.
"""

import datetime
import io
import math
import random
import time
import zlib
from collections import Counter
from decimal import Decimal
from types import SimpleNamespace

from django.conf import settings
from django.contrib.auth import get_user_model
from django.contrib.auth.models import Group
from django.contrib.contenttypes.models import ContentType
from django.core.files.base import ContentFile
from django.core.management.base import BaseCommand, CommandError
from django.db import connection, models, transaction
from django.utils import timezone, translation
from PIL import Image, ImageDraw, ImageFont
from taggit.models import Tag, TaggedItem

from companies.models import Company
from companies.validators import business_id_check_digit
from partners.models import Partner
from projects.models import Fund, ParticipantRole, Participation, Project, ProjectImage
from smartregion import demo_content as content
from smartregion import demo_content_i18n as i18n
from smartregion.images import store_image, validate_image
from smartregion.pagecache import new_version
from smartregion.postings import postings_paused
from smartregion.publishing import Status
from smartregion.search import refresh_search_documents, refresh_search_tags, refresh_search_words
from strategy.models import Municipality, Priority, StrategyPage, SustainableDevelopmentGoal, Theme

# The local demo's staff (DEBUG only): a superuser, and one member of each curation role.
DEMO_USERS = {"admin": None, "editor": "Editors", "publisher": "Publishers", "moderator": "Partner moderators"}
DEMO_PASSWORD = "admin-demo-2026"
GENERATED_SLUG = "generated-{:06d}"
# The generated catalogue's lifecycle states are computed against this fixed day, so runs are reproducible.
GENERATED_REFERENCE_DATE = datetime.date(2026, 11, 1)
GENERATED_PUBLISHED_BEFORE = datetime.datetime(2026, 10, 1, 12, 0, tzinfo=datetime.UTC)
IMAGE_SIZE = (1200, 800)
IMAGE_CREDIT = "Generated illustration, Helsinki Smart Region demo content"


def stable_hash(text: str) -> int:
    """A hash that is the same in every process (unlike hash())."""
    return zlib.crc32(text.encode())


def past_publication_time(slug: str, now: datetime.datetime) -> datetime.datetime:
    """A publication time in the last two years, the same for a slug within one run."""
    h = stable_hash(slug)
    return (now - datetime.timedelta(days=3 + h % 725, minutes=(h >> 10) % 1440)).replace(second=0, microsecond=0)


def business_id_for(slug: str) -> str:
    """A valid, deterministic Finnish business ID for a fictional company."""
    number = 2_000_000 + stable_hash(slug) % 1_500_000
    while (check := business_id_check_digit(f"{number:07d}")) is None:
        number += 1
    return f"{number:07d}-{check}"


def translated(field: str, english, translations: dict | None = None) -> dict:
    """Values for a translated field: English in `field_en` and in the untranslated column `field`,
    plus `field_fi` and `field_sv` for the languages in `translations` ({"fi": ..., "sv": ...})."""
    values = {field: english, f"{field}_en": english}
    for language, text in (translations or {}).items():
        values[f"{field}_{language}"] = text
    return values


def field_translations(entry: dict, key: str, transform=None) -> dict:
    """{language: value} of one field of an entry in demo_content_i18n ({"fi": {...}, "sv": {...}})."""
    return {
        language: transform(texts[key]) if transform else texts[key]
        for language, texts in entry.items()
        if key in texts
    }


def in_text(name: str) -> str:
    """An organisation's name as it reads inside a sentence: "the City of Helsinki"."""
    return f"the {name}" if name.startswith(("City of", "Fraunhofer Institute", "Barcelona Supercomputing")) else name


# --- Drawing --------------------------------------------------------------------------------------


def hex_to_rgb(value: str) -> tuple[int, int, int]:
    value = value.lstrip("#")
    return tuple(int(value[i : i + 2], 16) for i in (0, 2, 4))


def shade(rgb, factor: float) -> tuple[int, int, int]:
    """Darker below 1, lighter (towards white) above 1."""
    if factor <= 1:
        return tuple(round(c * factor) for c in rgb)
    return tuple(round(c + (255 - c) * (factor - 1)) for c in rgb)


def load_font(size: int):
    for name in ("DejaVuSans-Bold.ttf", "/usr/share/fonts/truetype/dejavu/DejaVuSans-Bold.ttf"):
        try:
            return ImageFont.truetype(name, size)
        except OSError:
            continue
    return ImageFont.load_default(size=size)


def fitted_font(draw, text: str, max_width: int, start: int):
    size = start
    while size > 24:
        font = load_font(size)
        left, _top, right, _bottom = draw.textbbox((0, 0), text, font=font)
        if right - left <= max_width:
            return font
        size -= 8
    return load_font(size)


def draw_illustration(seed: str, colour: str, text: str, style: int) -> bytes:
    """An abstract composition in one priority's colour with `text` set large: a JPEG of IMAGE_SIZE."""
    rng = random.Random(seed)
    width, height = IMAGE_SIZE
    base = hex_to_rgb(colour)
    mask = Image.linear_gradient("L").resize((width, height))
    image = Image.composite(
        Image.new("RGB", (width, height), shade(base, 0.45)), Image.new("RGB", (width, height), shade(base, 1.25)), mask
    ).convert("RGBA")
    overlay = Image.new("RGBA", (width, height), (0, 0, 0, 0))
    draw = ImageDraw.Draw(overlay)
    if style == 0:
        # Translucent circles of different sizes and shades.
        for _ in range(16):
            radius = rng.randint(50, 330)
            x, y = rng.randint(-100, width + 100), rng.randint(-100, height + 100)
            fill = (*shade(base, rng.choice([0.35, 0.6, 1.3, 1.6, 1.85])), rng.randint(55, 150))
            draw.ellipse((x - radius, y - radius, x + radius, y + radius), fill=fill)
    else:
        # A pale sun above layered wavy bands, like hills or waves.
        sun_x, sun_y, sun_r = rng.randint(250, width - 250), rng.randint(120, 260), rng.randint(70, 130)
        draw.ellipse((sun_x - sun_r, sun_y - sun_r, sun_x + sun_r, sun_y + sun_r), fill=(255, 250, 235, 170))
        bands = 7
        for band in range(bands):
            top = int(height * (0.35 + band * 0.09))
            amplitude, phase = rng.randint(15, 45), rng.uniform(0, math.tau)
            wavelength = rng.randint(350, 700)
            points = [
                (x, top + amplitude * math.sin(phase + x * math.tau / wavelength)) for x in range(0, width + 25, 25)
            ]
            points += [(width, height), (0, height)]
            fill = (*shade(base, 1.5 - band * 0.16), 200)
            draw.polygon(points, fill=fill)
    image = Image.alpha_composite(image, overlay)
    draw = ImageDraw.Draw(image)
    font = fitted_font(draw, text, width - 160, 190)
    left, _top, _right, bottom = draw.textbbox((0, 0), text, font=font)
    x, y = 80 - left, height - 90 - bottom
    draw.text((x + 4, y + 4), text, font=font, fill=(0, 0, 0, 110))
    draw.text((x, y), text, font=font, fill=(255, 255, 255, 255))
    out = io.BytesIO()
    image.convert("RGB").save(out, "JPEG", quality=85, optimize=True)
    return out.getvalue()


def draw_logo(name: str, colour: str) -> bytes:
    """A square PNG logo: the organisation's initials on a rounded square of its priority's colour."""
    name = name.split("–")[0].split("(")[0]
    words = [w for w in name.split() if w[0].isupper() and w not in ("Oy", "Oyj", "Ab")]
    if len(words) == 1:
        initials = words[0] if len(words[0]) <= 4 and words[0].isupper() else words[0][:2].upper()
    else:
        initials = "".join(w[0] for w in words[:2]).upper() or "?"
    image = Image.new("RGB", (400, 400), (255, 255, 255))
    draw = ImageDraw.Draw(image)
    draw.rounded_rectangle((20, 20, 380, 380), radius=60, fill=hex_to_rgb(colour))
    font = fitted_font(draw, initials, 280, 190)
    draw.text((200, 200), initials, font=font, fill=(255, 255, 255), anchor="mm")
    out = io.BytesIO()
    image.save(out, "PNG", optimize=True)
    return out.getvalue()


# --- The command ----------------------------------------------------------------------------------


class Command(BaseCommand):
    help = (
        "Load published demo content (strategy pages, priorities' texts, companies, partners, projects with "
        "participants and generated images). Safe to run again: nothing changes the second time. With "
        "--projects N, also build a catalogue of N generated projects for benchmarks."
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

    def handle(self, *args, projects=0, seed=2026, batch_size=5000, **options):
        if projects < 0 or batch_size < 1:
            raise CommandError("--projects must be 0 or more and --batch-size at least 1.")
        # With modeltranslation, `obj.title = ...` writes the column of the active language, and reading
        # `obj.title` falls back across languages: English must be active for the English texts to land
        # in the `_en` columns, whatever language the caller (a test, call_command) had activated.
        with translation.override("en"):
            self.stats = Counter()
            self.now = timezone.now()
            started = time.perf_counter()
            with transaction.atomic():
                self.load_reference_data()
                self.load_priorities()
                self.load_pages()
                self.load_partners()
                self.load_companies()
                self.load_projects()
                refresh_search_documents()
            self.print_summary(time.perf_counter() - started)
            self.ensure_demo_user()
            if projects:
                # The search's posting lists are built once after the bulk load, not row by row.
                with postings_paused():
                    self.build_catalogue(projects, seed=seed, batch_size=batch_size)

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

    def load_priorities(self) -> None:
        for slug, description in content.PRIORITY_DESCRIPTIONS.items():
            if slug in self.priorities:
                other = {language: text.strip() for language, text in i18n.PRIORITY_DESCRIPTIONS.get(slug, {}).items()}
                self.upsert(Priority, {"slug": slug}, translated("description", description.strip(), other))

    def load_pages(self) -> None:
        for page in content.PAGES:
            values, create_values = self.publication(page["slug"])
            other = i18n.PAGES.get(page["slug"], {})
            for field in ("title", "summary", "body"):
                values |= translated(field, page[field].strip(), field_translations(other, field, str.strip))
            values["order"] = page["order"]
            self.upsert(StrategyPage, {"slug": page["slug"]}, values, create_values)

    def load_partners(self) -> None:
        self.partners = {}
        for data in content.PARTNERS:
            values, create_values = self.publication(data["slug"])
            values |= {key: data[key] for key in ("name", "organisation_type", "country", "city", "website")}
            other = i18n.PARTNERS.get(data["slug"], {})
            values |= translated("summary", data["summary"], field_translations(other, "summary"))
            values |= translated("description", data["description"], field_translations(other, "description"))
            partner, _created = self.upsert(Partner, {"slug": data["slug"]}, values, create_values)
            self.set_m2m(partner.priorities, [self.priorities[s] for s in data["priorities"]])
            self.add_logo(partner, data["priorities"][0])
            self.partners[data["slug"]] = partner

    def load_companies(self) -> None:
        self.companies = {}
        for data in content.COMPANIES:
            values, create_values = self.publication(data["slug"])
            values |= {
                "name": data["name"],
                "business_id": business_id_for(data["slug"]),
                "kind": data["kind"],
                "sector": data["sector"],
                "municipality": self.municipalities[data["municipality"]],
                "founded_year": data["founded_year"],
                "website": "",
                "is_open_to_cooperation": data["is_open_to_cooperation"],
            }
            other = i18n.COMPANIES.get(data["slug"], {})
            values |= translated("summary", data["summary"], field_translations(other, "summary"))
            descriptions = {
                language: self.company_description(texts, i18n.COMPANY_OFFER_HEADING[language])
                for language, texts in other.items()
            }
            values |= translated("description", self.company_description(data, "What we offer"), descriptions)
            company, _created = self.upsert(Company, {"slug": data["slug"]}, values, create_values)
            self.set_m2m(company.priorities, [self.priorities[s] for s in data["priorities"]])
            self.set_tags(company.capabilities, data["capabilities"])
            self.add_logo(company, data["priorities"][0])
            self.companies[data["slug"]] = company

    @staticmethod
    def company_description(texts: dict, heading: str) -> str:
        offer = "".join(f"<li>{item}</li>" for item in texts["offer"])
        return f"<p>{texts['summary']}</p><h2>{heading}</h2><ul>{offer}</ul>"

    def add_logo(self, obj, priority_slug: str) -> None:
        colour = content.PRIORITY_COLOURS[priority_slug][0]
        if self.attach_image(obj, "logo", f"{obj.slug}.png", lambda: draw_logo(obj.name, colour)):
            obj.save(update_fields=["logo", "logo_width", "logo_height", "logo_renditions", "updated_at"])
            self.stats[("logos", "attached")] += 1

    def participant(self, ref: str):
        kind, slug = ref.split(":", 1)
        return ("company", self.companies[slug]) if kind == "c" else ("partner", self.partners[slug])

    def load_projects(self) -> None:
        for data in content.PROJECTS:
            values, create_values = self.publication(data["slug"], data.get("status", Status.PUBLISHED))
            eu = data.get("eu")
            other = i18n.PROJECTS.get(data["slug"], {})
            values |= translated("title", data["title"], field_translations(other, "title"))
            values |= translated("acronym", data.get("acronym", ""))
            values |= translated("summary", data["summary"], field_translations(other, "summary"))
            values |= translated(
                "description",
                self.project_description(data),
                {language: self.translated_description(language, texts) for language, texts in other.items()},
            )
            values |= translated(
                "results",
                self.project_results(data),
                {language: self.translated_results(language, data, texts) for language, texts in other.items()},
            )
            values |= translated("partners_sought", data.get("looking", ""), field_translations(other, "looking"))
            values |= {
                "state": data["state"],
                "start_date": data["start"],
                "end_date": data.get("end"),
                "total_budget": Decimal(data["budget"]) if data.get("budget") else None,
                "eu_contribution": Decimal(eu) if eu else None,
                "website": data.get("website", ""),
                "eura_code": data.get("eura", ""),
                "kohesio_id": data.get("kohesio", ""),
                "keep_eu_id": data.get("keep", ""),
                "cordis_id": data.get("cordis", ""),
                "is_looking_for_partners": bool(data.get("looking")),
                "is_featured": data.get("featured", False),
            }
            project, _created = self.upsert(Project, {"slug": data["slug"]}, values, create_values)
            self.set_m2m(project.priorities, [self.priorities[s] for s in data["priorities"]])
            self.set_m2m(project.themes, [self.themes[s] for s in data["themes"]])
            self.set_m2m(project.sdgs, [self.sdgs[n] for n in data["sdgs"]])
            self.set_m2m(project.municipalities, [self.municipalities[c] for c in data["municipalities"]])
            self.set_m2m(project.funds, [self.funds[s] for s in data["funds"]])
            self.set_tags(project.tags, data["tags"])
            self.load_participations(project, data["participants"])
            self.load_images(project, data, other)

    def places(self, codes: list[str], language: str = "en") -> str:
        """The municipalities by name: in Finnish in English and Finnish texts, in Swedish in Swedish ones."""
        names = [self.municipalities[c].name_sv if language == "sv" else self.municipalities[c].name_fi for c in codes]
        conjunction = i18n.AND.get(language, "and")
        return names[0] if len(names) == 1 else f"{', '.join(names[:-1])} {conjunction} {names[-1]}"

    def project_description(self, data: dict) -> str:
        activities = "".join(f"<li>{a}</li>" for a in data["activities"])
        names = [in_text(self.participant(ref)[1].name) for ref in data["participants"]]
        lead, others = names[0], names[1:]
        if len(others) > 1:
            with_whom = f" together with {', '.join(others[:-1])} and {others[-1]}"
        else:
            with_whom = f" together with {others[0]}" if others else ""
        funds = [self.funds[s] for s in data["funds"]]
        fund_names = ", ".join(f.name for f in funds)
        funding = data.get("funding_note") or f"Funding comes from: {fund_names}."
        return (
            f"<p>{data['summary']}</p>"
            f"<h3>Why the project is needed</h3><p>{data['challenge']}</p>"
            f"<h3>What the project does</h3><ul>{activities}</ul>"
            f"<h3>Where and with whom</h3><p>The project works in {self.places(data['municipalities'])}. "
            f"It is led by {lead}{with_whom}.</p>"
            f"<h3>Funding</h3><p>{funding}</p>"
        )

    @staticmethod
    def translated_description(language: str, texts: dict) -> str:
        """A project's description in Finnish or Swedish, with the structure of the English one."""
        why, what, where, funding = i18n.PROJECT_HEADINGS[language]
        activities = "".join(f"<li>{a}</li>" for a in texts["activities"])
        return (
            f"<p>{texts['summary']}</p>"
            f"<h3>{why}</h3><p>{texts['challenge']}</p>"
            f"<h3>{what}</h3><ul>{activities}</ul>"
            f"<h3>{where}</h3><p>{texts['where']}</p>"
            f"<h3>{funding}</h3><p>{texts['funding']}</p>"
        )

    @staticmethod
    def translated_results(language: str, data: dict, texts: dict) -> str:
        items = "".join(f"<li>{r}</li>" for r in texts["results"])
        intros, end = i18n.RESULTS_INTROS[language], data.get("end")
        if data["state"] in ("completed", "ongoing") and end:
            month = i18n.MONTHS[language][data["state"]][end.month - 1]
            intro = intros[data["state"]].format(month=month, year=end.year)
        else:
            intro = intros["ongoing_open" if data["state"] == "ongoing" else "planned"]
        return f"<p>{intro}</p><ul>{items}</ul>"

    @staticmethod
    def project_results(data: dict) -> str:
        items = "".join(f"<li>{r}</li>" for r in data["results"])
        end = data.get("end")
        if data["state"] == "completed":
            intro = f"When the project ended in {end:%B %Y}, it had delivered:"
        elif data["state"] == "ongoing":
            intro = f"By {end:%B %Y} the project expects:" if end else "The project expects:"
        else:
            intro = "The project plans to deliver:"
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

    def load_images(self, project, data: dict, other: dict) -> None:
        priority = data["priorities"][0]
        colour, colour_name = content.PRIORITY_COLOURS[priority]
        text = data.get("acronym") or data["title"]
        existing = {image.order: image for image in project.images.all()}
        for order in range(1, data.get("images", 1) + 1):
            style = (order - 1) % 2
            if style == 0:
                alt = (
                    f"Abstract illustration in {colour_name} tones: translucent circles of different sizes overlap on "
                    f"a {colour_name} gradient, with the text “{text}” in large white letters."
                )
                caption = f"{data['title']}, {self.places(data['municipalities'])}: illustration of the project."
            else:
                alt = (
                    f"Abstract illustration in {colour_name} tones: layered wavy bands like hills or waves under a "
                    f"pale sun, with the text “{text}” in large white letters."
                )
                caption = f"Illustration in the colour of the {self.priorities[priority].name} priority."
            # The image (and its text) is the same in every language; only its description changes.
            alts, captions = {}, {}
            for language, texts in other.items():
                alts[language] = i18n.IMAGE_ALT[language][style].format(
                    text=text, **i18n.COLOURS[language][colour_name]
                )
                captions[language] = i18n.IMAGE_CAPTION[language][style].format(
                    title=texts["title"],
                    places=self.places(data["municipalities"], language),
                    priority=getattr(self.priorities[priority], f"name_{language}") or self.priorities[priority].name,
                )
            values = translated("alt_text", alt, alts) | translated("caption", caption, captions)
            values["credit"] = IMAGE_CREDIT
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

    def ensure_demo_user(self) -> None:
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
        self.stdout.write(
            f"Log in at http://127.0.0.1:8000/admin/ as {' / '.join(DEMO_USERS)} with the password {DEMO_PASSWORD} "
            "(local demo only)."
        )

    # --- The generated catalogue ------------------------------------------------------------------

    def build_catalogue(self, n: int, *, seed: int, batch_size: int) -> None:
        started = time.perf_counter()
        existing = set(Project.objects.filter(slug__startswith="generated-").values_list("slug", flat=True))
        todo = [i for i in range(1, n + 1) if GENERATED_SLUG.format(i) not in existing]
        if not todo:
            self.stdout.write(f"Generated catalogue: all {n} projects already exist.")
            return
        refs = SimpleNamespace(
            priorities={slug: p.pk for slug, p in self.priorities.items()},
            themes={slug: t.pk for slug, t in self.themes.items()},
            sdgs={number: g.pk for number, g in self.sdgs.items()},
            municipalities=sorted((m.code, m.pk, m.name_fi) for m in self.municipalities.values()),
            funds=sorted((f.slug, f.pk, f.kind) for f in self.funds.values()),
            leads=[("company", pk) for pk in Company.objects.published().order_by("slug").values_list("pk", flat=True)]
            + [("partner", pk) for pk in Partner.objects.published().order_by("slug").values_list("pk", flat=True)],
            tags=[Tag.objects.get_or_create(name=name)[0].pk for name in content.GENERATED_TAGS],
        )
        if not refs.leads:
            raise CommandError("No published companies or partners to lead the generated projects.")
        content_type = ContentType.objects.get_for_model(Project)
        through = {
            name: Project._meta.get_field(name).remote_field.through
            for name in ("priorities", "themes", "sdgs", "municipalities", "funds")
        }
        columns = {
            name: Project._meta.get_field(name).m2m_reverse_field_name() + "_id"
            for name in ("priorities", "themes", "sdgs", "municipalities", "funds")
        }
        self.stdout.write(f"Generating {len(todo)} of {n} catalogue projects in batches of {batch_size} ...")
        generated_pks = []
        for start in range(0, len(todo), batch_size):
            batch = [self.generated_project(i, seed, refs) for i in todo[start : start + batch_size]]
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
            self.stdout.write(f"  {done}/{len(todo)} ({time.perf_counter() - started:.1f} s)")
        # Their tags into their search documents in one statement, then the "did you mean" words.
        refresh_search_tags(Project, generated_pks)
        refresh_search_words()
        new_version()  # bulk inserts send no signals
        # Fresh planner statistics: without them the first queries on the new rows may pick poor plans.
        tables = [Project, Participation, TaggedItem, *through.values()]
        with connection.cursor() as cursor:
            for model in tables:
                cursor.execute(f"ANALYZE {connection.ops.quote_name(model._meta.db_table)}")
        elapsed = time.perf_counter() - started
        self.stdout.write(
            self.style.SUCCESS(f"Generated {len(todo)} catalogue projects in {elapsed:.1f} s ({n} requested).")
        )

    @staticmethod
    def generated_project(i: int, seed: int, refs) -> SimpleNamespace:
        """The i-th generated project: the same for the same seed, whatever else is in the database."""
        rng = random.Random(seed * 1_000_003 + i)
        priority_slugs = sorted(content.GENERATED_TOPICS)
        priority = rng.choice(priority_slugs)
        stem, theme_slugs, sdg_numbers, activities = rng.choice(content.GENERATED_TOPICS[priority])
        priorities = [priority]
        if rng.random() < 0.2:
            priorities.append(rng.choice([p for p in priority_slugs if p != priority]))
        places = rng.sample(refs.municipalities, k=rng.choice([1, 1, 1, 2, 3]))
        place_names = [name for _code, _pk, name in places]
        where = place_names[0] if len(place_names) == 1 else f"{', '.join(place_names[:-1])} and {place_names[-1]}"
        title = f"{rng.choice(content.GENERATED_PREFIXES)}{stem} in {where}"

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
