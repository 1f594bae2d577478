"""Benchmark the board and the CRM lists on 10,000 partnerships in a throwaway
database (the same seed as bench/strategy.py).

    .venv/bin/python bench/lists.py                         # a temporary SQLite file
    createdb byg_bench_lists
    DATABASE_URL=postgres://postgres@127.0.0.1:5432/byg_bench_lists \\
        .venv/bin/python bench/lists.py

Reports p50 and the query count of the board (as it opens, filtered, and a
column shown in full batches) and of the partnership list's first page, page
20 and a search. Target: at most 100 ms for the board and 60 ms for a list.
"""

import argparse
import shutil
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

import machine
import strategy  # first: it sets up Django and the database
from django.conf import settings
from django.contrib.auth import get_user_model
from django.core.management import call_command
from django.db import connection
from django.test import Client
from django.urls import reverse

from partnerships.models import Partnership, StrategicGoal


def main():
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--partnerships", type=int, default=10_000)
    parser.add_argument("--runs", type=int, default=10)
    parser.add_argument(
        "--reuse",
        action="store_true",
        help="measure again a database an earlier run seeded (and left)",
    )
    parser.add_argument("--lists-only", action="store_true", help="leave out the board")
    args = parser.parse_args()
    settings.ALLOWED_HOSTS = ["*"]
    try:
        call_command("migrate", verbosity=0)
        if args.reuse:
            manager = get_user_model().objects.get(username="bench-pm-0")
        elif Partnership.objects.exists():
            sys.exit("The database already holds partnerships: use an empty one.")
        else:
            manager = strategy.seed(args.partnerships)
        client = Client()
        client.force_login(manager)
        board = reverse("partnerships_board")
        goal = StrategicGoal.objects.order_by("pk").first()
        listing = "/admin/partnerships/partnership/"
        pages = {
            "board": board,
            "board, my partnerships": f"{board}?mine=on",
            "board, one goal, concluded shown": f"{board}?goal={goal.pk}&concluded=on",
            "board, a column 4 batches deep": f"{board}?communication=4",
            "partnership list, first page": listing,
            "partnership list, page 20": f"{listing}?p=20",
            "partnership list, search": f"{listing}?q=Organisation+12",
        }
        print(f"\n{Partnership.objects.count()} partnerships ({connection.vendor})")
        machine.report("before")
        print("| page | p50 ms | queries | KB |\n|---|---|---|---|")
        for label, url in pages.items():
            if args.lists_only and label.startswith("board"):
                continue
            response = client.get(url)  # warm up
            p50, queries = strategy.timed(client, url, args.runs)
            size = len(response.content) / 1024
            print(f"| {label} | {p50:.0f} | {queries} | {size:.0f} |", flush=True)
        machine.report("after")
    finally:
        connection.close()
        if strategy._tmp:
            shutil.rmtree(strategy._tmp, ignore_errors=True)


if __name__ == "__main__":
    main()
