"""Load the portal as production serves it and print what it holds: `make loadtest`.

It serves the 100,000-project catalogue (the database `make bench` builds) with gunicorn as `gunicorn.conf.py`
configures it, with production settings, and drives it with wrk over loopback on this same machine:

(a) requests per second of the home page, the catalogue and a project page, each beside a trivial Django view
    (robots.txt) served by the same gunicorn: once as visitors meet them (the kept pages of
    portal.pagecache), once rendered for every request (DJANGO_PAGE_CACHE off);
(b) five minutes at 50 concurrent clients over a mix of addresses (pages, filters, searches, projects,
    companies, the API): requests, errors, median, p95 and p99;
(c) PostgreSQL restarted in the middle of load: what was answered while it was down, then, once it is back,
    a further run that must have no error, and the same gunicorn worker processes before and after.

The figures go to standard output; the exit status is non-zero when (b) or the last part of (c) had an error
or a worker was replaced. Environment: LOADTEST_SECONDS (the long run, default 300), LOADTEST_CLIENTS (50),
LOADTEST_PORT (8200), BENCH_DATABASE_URL (default the bench database). Needs wrk (Debian: apt-get install wrk)
and, for (c), pg_ctlcluster on this machine.
"""

import os
import random
import re
import subprocess
import sys
import tempfile
import time
import urllib.request
from pathlib import Path

from served import production_environment

BASE_DIR = Path(__file__).resolve().parent.parent
PORT = int(os.environ.get("LOADTEST_PORT", "8200"))
BASE = f"http://127.0.0.1:{PORT}"
DATABASE_URL = os.environ.get("BENCH_DATABASE_URL", "postgres://postgres@127.0.0.1:5432/smartregion_bench")
LONG_SECONDS = int(os.environ.get("LOADTEST_SECONDS", "300"))
CLIENTS = int(os.environ.get("LOADTEST_CLIENTS", "50"))
RATE_SECONDS = 15

WRK_REPORT = """
done = function(summary, latency, requests)
  local e = summary.errors
  io.write(string.format(
    "RESULT requests=%d seconds=%.3f connect=%d read=%d write=%d status=%d timeout=%d "
    .. "p50=%.2f p95=%.2f p99=%.2f max=%.2f\\n",
    summary.requests, summary.duration / 1e6, e.connect, e.read, e.write, e.status, e.timeout,
    latency:percentile(50) / 1000, latency:percentile(95) / 1000, latency:percentile(99) / 1000, latency.max / 1000))
end
"""
WRK_PATHS = """
local paths = {{{paths}}}
local counter = 0
wrk.headers["Accept-Encoding"] = "gzip"
request = function()
  counter = counter + 1
  return wrk.format("GET", paths[(counter % #paths) + 1])
end
"""


def environment(page_cache: bool) -> dict:
    return production_environment(PORT, DJANGO_PAGE_CACHE="true" if page_cache else "false", DATABASE_URL=DATABASE_URL)


class Gunicorn:
    def __init__(self, page_cache: bool):
        self.page_cache = page_cache
        self.log = Path(tempfile.mkstemp(prefix="loadtest-gunicorn-", suffix=".log")[1])

    def __enter__(self):
        command = [str(BASE_DIR / ".venv/bin/gunicorn"), "--config", "gunicorn.conf.py", "--no-control-socket"]
        self.process = subprocess.Popen(
            [*command, "smartregion.wsgi"],
            cwd=BASE_DIR,
            env=environment(self.page_cache),
            stdout=self.log.open("w"),
            stderr=subprocess.STDOUT,
        )
        deadline = time.monotonic() + 120
        while time.monotonic() < deadline:
            if self.process.poll() is not None:
                sys.exit(f"gunicorn stopped; its log: {self.log}")
            try:
                if urllib.request.urlopen(f"{BASE}/readyz", timeout=2).status == 200 and len(self.workers()) > 0:
                    break
            except OSError:
                pass
            time.sleep(0.5)
        else:
            sys.exit(f"gunicorn did not answer within 2 minutes; its log: {self.log}")
        time.sleep(3)  # every worker has built its index (post_worker_init)
        return self

    def workers(self) -> set[int]:
        """The process ids of gunicorn's workers: the master's children."""
        workers = set()
        for stat in Path("/proc").glob("[0-9]*/stat"):
            try:
                fields = stat.read_text().rsplit(")", 1)[1].split()
            except OSError:
                continue
            if int(fields[1]) == self.process.pid:
                workers.add(int(stat.parent.name))
        return workers

    def __exit__(self, *exc):
        self.process.terminate()
        try:
            self.process.wait(timeout=30)
        except subprocess.TimeoutExpired:
            self.process.kill()


def wrk(paths: list[str], seconds: int, clients: int) -> dict:
    with tempfile.NamedTemporaryFile("w", suffix=".lua", delete=False) as script:
        listed = ", ".join('"' + path.replace("\\", "\\\\").replace('"', '\\"') + '"' for path in paths)
        script.write(WRK_PATHS.format(paths=listed) + WRK_REPORT)
    threads = min(2, clients)
    result = subprocess.run(
        ["wrk", f"-t{threads}", f"-c{clients}", f"-d{seconds}s", "--timeout", "10s", "-s", script.name, BASE],
        capture_output=True,
        text=True,
    )
    found = re.search(r"^RESULT (.*)$", result.stdout, re.MULTILINE)
    if not found:
        sys.exit(f"wrk printed no result:\n{result.stdout}\n{result.stderr}")
    figures = {key: float(value) for key, value in (part.split("=") for part in found[1].split())}
    figures["errors"] = sum(figures[key] for key in ("connect", "read", "write", "status", "timeout"))
    figures["rps"] = figures["requests"] / figures["seconds"]
    return figures


def published_slugs(kind: str, count: int) -> list[str]:
    """Slugs of public entries, read from the API as any client would."""
    import json

    with urllib.request.urlopen(f"{BASE}/api/v1/{kind}/?page_size={count}", timeout=30) as response:
        return [entry["slug"] for entry in json.load(response)["results"]]


def mixed_paths(projects: list[str], companies: list[str]) -> list[str]:
    """What visitors ask for, shuffled: pages, filtered and searched lists, projects, companies, the API."""
    paths = ["/en/", "/fi/", "/sv/", "/en/projects/", "/en/companies/", "/en/partners/", "/en/strategy/"]
    paths += [f"/en/projects/?page={page}" for page in (2, 3, 50, 500)]
    paths += [
        "/en/projects/?priority=climate-neutrality",
        "/en/projects/?priority=climate-neutrality&state=ongoing&sort=budget",
        "/fi/projects/?municipality=091&sdg=7",
        "/en/projects/?q=hydrogen",
        "/en/projects/?q=heat&fund=erdf",
        "/fi/projects/?q=kiertotalous",
        "/sv/projects/?q=v%C3%A4tgas",
        "/en/search/?q=circular+economy",
        "/api/v1/projects/?priority=climate-neutrality",
    ]
    paths += [f"/en/projects/{slug}/" for slug in projects]
    paths += [f"/fi/projects/{slug}/" for slug in projects[:20]]
    paths += [f"/en/companies/{slug}/" for slug in companies]
    random.Random(7).shuffle(paths)
    return paths


def line(label: str, figures: dict) -> str:
    return (
        f"  {label:<34} {figures['rps']:>8.1f} req/s  {int(figures['requests']):>7} requests  "
        f"{int(figures['errors']):>4} errors  median {figures['p50']:>7.1f} ms  p95 {figures['p95']:>7.1f} ms  "
        f"p99 {figures['p99']:>7.1f} ms"
    )


def requests_per_second(project: str) -> None:
    pages = [("trivial view (robots.txt)", "/robots.txt"), ("home", "/en/"), ("catalogue", "/en/projects/")]
    pages.append(("project page", f"/en/projects/{project}/"))
    for page_cache in (True, False):
        label = "kept pages (as visitors meet them)" if page_cache else "rendered for every request"
        print(f"\n(a) Requests per second, 16 clients, {RATE_SECONDS} s each: {label}")
        with Gunicorn(page_cache):
            trivial = None
            for name, path in pages:
                wrk([path], 3, 16)  # warm-up
                figures = wrk([path], RATE_SECONDS, 16)
                trivial = trivial or figures["rps"]
                print(line(name, figures) + f"  ratio {figures['rps'] / trivial:.2f}")


def long_run(paths: list[str]) -> bool:
    print(f"\n(b) {LONG_SECONDS} s at {CLIENTS} concurrent clients over {len(paths)} addresses (kept pages on)")
    with Gunicorn(page_cache=True) as server:
        before = server.workers()
        figures = wrk(paths, LONG_SECONDS, CLIENTS)
        print(line("mixed", figures))
        replaced = before != server.workers()
    print(f"  workers replaced during the run (max_requests): {'yes' if replaced else 'no'}")
    return figures["errors"] == 0


def database_restart(paths: list[str]) -> bool:
    print(
        f"\n(c) PostgreSQL restarted under load ({CLIENTS} clients, kept pages off: every request reads the database)"
    )
    with Gunicorn(page_cache=False) as server:
        before = server.workers()
        wrk(paths, 10, CLIENTS)
        steady = wrk(paths, 10, CLIENTS)
        print(line("before the restart", steady))
        load = subprocess.Popen(
            ["wrk", "-t2", f"-c{CLIENTS}", "-d25s", "--timeout", "10s", BASE + "/en/projects/?page=2"],
            stdout=subprocess.PIPE,
            text=True,
        )
        time.sleep(5)
        started = time.monotonic()
        subprocess.run(["pg_ctlcluster", "--skip-systemctl-redirect", "15", "main", "restart"], check=True)
        while True:
            try:
                if urllib.request.urlopen(f"{BASE}/readyz", timeout=2).status == 200:
                    break
            except OSError:
                pass
            time.sleep(0.2)
        print(f"  PostgreSQL down and back in {time.monotonic() - started:.1f} s (restart, then /readyz answers)")
        during = load.communicate()[0]
        errors = re.search(r"Non-2xx or 3xx responses: (\d+)", during)
        total = re.search(r"(\d+) requests in", during)
        print(
            f"  during the restart: {total[1] if total else '?'} requests, "
            f"{errors[1] if errors else 0} answered 503 (the database could not be reached)"
        )
        after = wrk(paths, 30, CLIENTS)
        print(line("after it is back", after))
        same = before == server.workers()
        print(f"  the same {len(before)} gunicorn workers before and after: {'yes' if same else 'NO'}")
    return after["errors"] == 0 and same


def ensure_catalogue(size: int = 100_000) -> None:
    """The generated catalogue of `make bench` in the bench database, built first if it is not there."""
    manage = [str(BASE_DIR / ".venv/bin/python"), "manage.py"]
    env = environment(page_cache=False)
    count = "from projects.models import Project; print(Project.objects.published().count())"
    published = subprocess.run([*manage, "shell", "-c", count], cwd=BASE_DIR, env=env, capture_output=True, text=True)
    if int(published.stdout.strip().splitlines()[-1] or 0) < size:
        print(f"Building the catalogue of {size} projects (a few minutes) ...")
        subprocess.run([*manage, "load_demo", "--projects", str(size)], cwd=BASE_DIR, env=env, check=True)


def main() -> int:
    if subprocess.run(["which", "wrk"], capture_output=True).returncode != 0:
        sys.exit("wrk is needed: apt-get install wrk")
    ensure_catalogue()
    print(f"Database: {DATABASE_URL}; gunicorn as gunicorn.conf.py configures it, on {os.cpu_count()} CPUs")
    with Gunicorn(page_cache=True):
        projects = published_slugs("projects", 100)
        companies = published_slugs("companies", 30)
    paths = mixed_paths(projects, companies)
    requests_per_second(projects[0])
    held = long_run(paths)
    recovered = database_restart(paths)
    print()
    print(f"(b) no error in the long run: {'yes' if held else 'NO'}")
    print(f"(c) no error once the database was back, no worker restarted: {'yes' if recovered else 'NO'}")
    return 0 if held and recovered else 1


if __name__ == "__main__":
    sys.exit(main())
