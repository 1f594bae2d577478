"""Benchmark public pages with and without the page cache, against a trivial
view, in one process (Django's test client, no network).

    .venv/bin/python bench/pages.py            # a temporary SQLite file
    DATABASE_URL=postgres://postgres@127.0.0.1:5432/byg_bench_pages \\
        .venv/bin/python bench/pages.py

Loads the demo into an empty database, then reports requests per second for
the health check (one `SELECT 1`, the trivial view) and for demo pages served
fresh (PAGE_CACHE_SECONDS=0) and from the page cache. Target: a cached page at
least 0.9 times the rate of the trivial view.
"""

import argparse
import os
import shutil
import sys
import tempfile
import time
from io import StringIO
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
os.environ.setdefault("DJANGO_SETTINGS_MODULE", "cms.settings.test")
_tmp = None
if "DATABASE_URL" not in os.environ:
    _tmp = tempfile.mkdtemp(prefix="bench-pages-")
    os.environ["DATABASE_URL"] = f"sqlite:///{_tmp}/bench.sqlite3"

import django  # noqa: E402

django.setup()

from django.conf import settings  # noqa: E402
from django.core.cache import cache  # noqa: E402
from django.core.management import call_command  # noqa: E402
from django.db import connection  # noqa: E402
from django.test import Client, override_settings  # noqa: E402

PAGES = ["/", "/guiden/", "/vaerktoejskassen/", "/inspiration/", "/en/"]


def rate(client, url, seconds) -> float:
    """Requests per second for ``url`` over about ``seconds``."""
    done, start = 0, time.perf_counter()
    while (elapsed := time.perf_counter() - start) < seconds:
        response = client.get(url)
        assert response.status_code == 200, (url, response.status_code)
        done += 1
    return done / elapsed


def main():
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--seconds", type=float, default=3.0)
    args = parser.parse_args()
    settings.ALLOWED_HOSTS = ["*"]
    try:
        call_command("migrate", verbosity=0)
        call_command("load_demo", stdout=StringIO())
        client = Client()
        trivial = rate(client, "/health/", args.seconds)
        print(f"\n{connection.vendor}; trivial view (/health/): {trivial:.0f}/s")
        print("| page | fresh /s | cached /s | cached ÷ trivial |")
        print("|---|---|---|---|")
        for url in PAGES:
            with override_settings(PAGE_CACHE_SECONDS=0):
                fresh = rate(client, url, args.seconds)
            cache.clear()
            with override_settings(PAGE_CACHE_SECONDS=600):
                cached = rate(client, url, args.seconds)
            print(
                f"| {url} | {fresh:.0f} | {cached:.0f} | {cached / trivial:.2f} |",
                flush=True,
            )
    finally:
        connection.close()
        if _tmp:
            shutil.rmtree(_tmp, ignore_errors=True)


if __name__ == "__main__":
    main()
