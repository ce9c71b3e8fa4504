"""The demo content in demo/data/, one JSON file per kind (see demo/data/README.md)."""

import json
from pathlib import Path

DATA_DIR = Path(__file__).resolve().parent / "data"
KINDS = ("phrases", "strategy", "partners", "companies", "projects")


def read(kind: str):
    """The parsed contents of demo/data/<kind>.json."""
    return json.loads((DATA_DIR / f"{kind}.json").read_text(encoding="utf-8"))
