"""Lighthouse's four scores for the portal's key pages: `make lighthouse`.

It serves the demo portal (the embedded database of `make run`, or DATABASE_URL) with gunicorn and
production settings, and runs Lighthouse 12.2.3 (scripts/lighthouse/package.json, installed by npm) in
Debian's Chromium on the home page, the catalogue, a project and the join form, with the mobile and the
desktop presets. It prints performance, accessibility, best practices and SEO for each, and lists every
audit that cost a point. The reports are written to LIGHTHOUSE_REPORTS (default /tmp/lighthouse).
"""

import json
import os
import subprocess
import sys
import time
import urllib.request
from pathlib import Path

from served import production_environment

BASE_DIR = Path(__file__).resolve().parent.parent
LIGHTHOUSE = BASE_DIR / "scripts/lighthouse/node_modules/.bin/lighthouse"
PORT = int(os.environ.get("LIGHTHOUSE_PORT", "8300"))
BASE = f"http://127.0.0.1:{PORT}"
REPORTS = Path(os.environ.get("LIGHTHOUSE_REPORTS", "/tmp/lighthouse"))
# "--headless=new": with a bare "--headless" Lighthouse 12.2.3 records no trace in this Chromium (NO_NAVSTART).
CHROME_FLAGS = (
    "--headless=new --no-sandbox --disable-gpu --disable-background-networking --disable-component-update "
    "--disable-sync --no-first-run"
)
CATEGORIES = ("performance", "accessibility", "best-practices", "seo")
PAGES = [
    ("home", "/en/"),
    ("catalogue", "/en/projects/"),
    ("project", "/en/projects/climate-street/"),
    ("join form", "/en/partners/join/"),
]


def environment() -> dict:
    return production_environment(PORT, DJANGO_SERVE_MEDIA="true", GUNICORN_WORKERS="2")


def run_lighthouse(url: str, preset: str) -> dict:
    REPORTS.mkdir(parents=True, exist_ok=True)
    name = url.strip("/").replace("/", "_") or "root"
    output = REPORTS / f"{name}-{preset}.json"
    command = [
        str(LIGHTHOUSE),
        BASE + url,
        "--chrome-path=/usr/bin/chromium",
        f"--chrome-flags={CHROME_FLAGS}",
        f"--only-categories={','.join(CATEGORIES)}",
        "--output=json",
        f"--output-path={output}",
        "--quiet",
    ]
    if preset == "desktop":
        command.append("--preset=desktop")
    # Now and then Lighthouse records no trace of the load (NO_NAVSTART): that run is made again, twice at most.
    for attempt in range(3):
        finished = subprocess.run(command, env={**os.environ, "CHROME_PATH": "/usr/bin/chromium"})
        if finished.returncode == 0:
            return json.loads(output.read_text())
        print(f"  (Lighthouse failed on {url}, {preset}; attempt {attempt + 1} of 3)", file=sys.stderr)
    sys.exit(f"Lighthouse failed three times on {url} ({preset})")


def lost_points(report: dict) -> list[str]:
    """The audits that lowered a score: their category, title and score."""
    lost = []
    for category in CATEGORIES:
        for ref in report["categories"][category]["auditRefs"]:
            audit = report["audits"][ref["id"]]
            if ref["weight"] and audit.get("score") is not None and audit["score"] < 1:
                lost.append(f"{category}: {audit['title']} ({audit['score']:.2f})")
    return lost


def main() -> int:
    if not LIGHTHOUSE.exists():
        sys.exit("Lighthouse is not installed: make lighthouse installs it (npm ci in scripts/lighthouse).")
    server = subprocess.Popen(
        [
            str(BASE_DIR / ".venv/bin/gunicorn"),
            "--config",
            "gunicorn.conf.py",
            "--no-control-socket",
            "smartregion.wsgi",
        ],
        cwd=BASE_DIR,
        env=environment(),
    )
    try:
        for _ in range(120):
            try:
                if urllib.request.urlopen(f"{BASE}/readyz", timeout=2).status == 200:
                    break
            except OSError:
                time.sleep(0.5)
        print(f"{'page':<12} {'preset':<8} " + " ".join(f"{category:>15}" for category in CATEGORIES))
        below = []
        for name, url in PAGES:
            urllib.request.urlopen(BASE + url, timeout=30).read()  # warm: the first visitor's work is not measured
            for preset in ("mobile", "desktop"):
                report = run_lighthouse(url, preset)
                scores = [round(report["categories"][category]["score"] * 100) for category in CATEGORIES]
                print(f"{name:<12} {preset:<8} " + " ".join(f"{score:>15}" for score in scores))
                below += [f"  {name}, {preset}: {loss}" for loss in lost_points(report)]
        print("\nWhat cost points:" if below else "\nEvery audit passed.")
        print("\n".join(below))
    finally:
        server.terminate()
        server.wait(timeout=30)
    return 0


if __name__ == "__main__":
    sys.exit(main())
