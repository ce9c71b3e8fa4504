"""The demo content's data files: every text has its English, every reference names something that exists."""

import pytest

from demo.content import KINDS, read
from projects.models import Fund
from strategy.models import Municipality, Priority, SustainableDevelopmentGoal, Theme

LANGUAGES = {"en", "fi", "sv"}
TEXTS = {
    "strategy": {"description", "title", "summary", "body"},
    "partners": {"summary", "description"},
    "companies": {"summary", "offer"},
    "projects": {"title", "summary", "challenge", "activities", "where", "funding", "results", "partners_sought"},
}


def entries(kind: str) -> list[dict]:
    data = read(kind)
    return data["priorities"] + data["pages"] if kind == "strategy" else data


@pytest.mark.parametrize("kind", TEXTS)
def test_every_text_has_english_and_only_the_sites_languages(kind):
    for entry in entries(kind):
        for field in TEXTS[kind] & set(entry):
            assert "en" in entry[field] and set(entry[field]) <= LANGUAGES, (entry["slug"], field)


@pytest.mark.parametrize("kind", ["strategy", "partners", "companies", "projects"])
def test_slugs_are_unique(kind):
    slugs = [entry["slug"] for entry in entries(kind)]
    assert len(slugs) == len(set(slugs))


def test_a_translated_project_has_every_part_of_its_texts_in_that_language():
    for project in read("projects"):
        languages = set(project["title"])
        for part in ("summary", "challenge", "activities", "where", "funding", "results"):
            assert set(project[part]) == languages, (project["slug"], part)


def test_every_sentence_of_the_phrases_is_in_every_language():
    phrases = read("phrases")
    for name, sentence in phrases.items():
        if name == "colours":
            assert all(set(forms) == LANGUAGES for forms in sentence.values())
        elif name != "image_credit":
            assert set(sentence) == LANGUAGES, name


@pytest.mark.django_db
def test_references_name_reference_data_and_organisations_that_exist():
    priorities = set(Priority.objects.values_list("slug", flat=True))
    colours = {priority["slug"] for priority in read("strategy")["priorities"]}
    themes = set(Theme.objects.values_list("slug", flat=True))
    sdgs = set(SustainableDevelopmentGoal.objects.values_list("number", flat=True))
    municipalities = set(Municipality.objects.values_list("code", flat=True))
    funds = set(Fund.objects.values_list("slug", flat=True))
    organisations = {f"partner:{p['slug']}" for p in read("partners")} | {
        f"company:{c['slug']}" for c in read("companies")
    }
    assert colours == priorities
    for entry in read("partners") + read("companies") + read("projects"):
        assert set(entry["priorities"]) <= priorities, entry["slug"]
    for company in read("companies"):
        assert company["municipality"] in municipalities, company["slug"]
    for project in read("projects"):
        assert set(project["themes"]) <= themes, project["slug"]
        assert set(project["sdgs"]) <= sdgs, project["slug"]
        assert set(project["municipalities"]) <= municipalities, project["slug"]
        assert set(project["funds"]) <= funds, project["slug"]
        assert project["participants"] and set(project["participants"]) <= organisations, project["slug"]


def test_every_kind_has_its_file():
    assert all(read(kind) for kind in KINDS)
