"""Benchmark the strategy reports on 10,000 partnerships in a throwaway database.

    .venv/bin/python bench/strategy.py                      # a temporary SQLite file
    createdb byg_bench_strategy
    DATABASE_URL=postgres://postgres@127.0.0.1:5432/byg_bench_strategy \\
        .venv/bin/python bench/strategy.py

Without DATABASE_URL the database is a SQLite file in a temporary folder,
deleted afterwards. Seeds goals, organisations and partnerships with partners,
goals and stage moves in bulk, then reports p50 and the query count of each
report page: the count must not depend on the number of partnerships.
"""

import argparse
import os
import random
import shutil
import statistics
import sys
import tempfile
import time
from datetime import timedelta
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
os.environ.setdefault("DJANGO_SETTINGS_MODULE", "cms.settings.test")
_tmp = None
if "DATABASE_URL" not in os.environ:
    _tmp = tempfile.mkdtemp(prefix="bench-strategy-")
    os.environ["DATABASE_URL"] = f"sqlite:///{_tmp}/bench.sqlite3"

import django  # noqa: E402

django.setup()

from django.conf import settings  # noqa: E402
from django.core.management import call_command  # noqa: E402
from django.db import connection  # noqa: E402
from django.test import Client  # noqa: E402
from django.test.utils import CaptureQueriesContext  # noqa: E402
from django.urls import reverse  # noqa: E402
from django.utils import timezone  # noqa: E402

from cms import roles  # noqa: E402
from cms.stages import Stage  # noqa: E402
from partnerships.lifecycle import Move  # noqa: E402
from partnerships.models import (  # noqa: E402
    Organisation,
    PartnerRole,
    Partnership,
    PartnershipGoal,
    StageTransition,
    StrategicGoal,
)

BATCH = 2_000
SECTORS = ["public", "private", "civil_society", "education", "culture", "media"]
FORWARD = list(Stage)


def progress(message):
    print(message, flush=True)


def moves_for(rng, created):
    """A random but lawful history: forward moves, sometimes a move back or
    an early end, a few weeks to months apart."""
    moves, stage, at = [], Stage.INITIATION, created
    for _step in range(rng.randint(0, 5)):
        at += timedelta(days=rng.randint(10, 200))
        if at > timezone.now():
            break
        if stage == Stage.CONCLUDED:
            break
        roll = rng.random()
        if roll < 0.1:
            moves.append((stage, Stage.CONCLUDED, Move.END_EARLY, at, "Ingen midler"))
            stage = Stage.CONCLUDED
        elif roll < 0.2 and stage != Stage.INITIATION:
            back = FORWARD[FORWARD.index(stage) - 1]
            moves.append((stage, back, Move.BACK, at, "Aftalen skal ændres"))
            stage = back
        else:
            ahead = FORWARD[FORWARD.index(stage) + 1]
            moves.append((stage, ahead, Move.FORWARD, at, ""))
            stage = ahead
    return moves, stage


def seed(count: int):
    from django.contrib.auth import get_user_model
    from django.contrib.auth.models import Group

    rng = random.Random(14)
    User = get_user_model()
    managers = []
    for n in range(10):
        user, _created = User.objects.get_or_create(username=f"bench-pm-{n}")
        user.groups.add(Group.objects.get(name=roles.PROJECT_MANAGERS))
        managers.append(user)
    goals = StrategicGoal.objects.bulk_create(
        [StrategicGoal(title=f"Mål {n}") for n in range(12)]
    )
    organisations = Organisation.objects.bulk_create(
        [
            Organisation(name=f"Organisation {n}", sector=SECTORS[n % len(SECTORS)])
            for n in range(600)
        ]
    )
    start = timezone.now() - timedelta(days=4 * 365)
    for first in range(0, count, BATCH):
        size = min(BATCH, count - first)
        plans = []
        for _n in range(size):
            created = start + timedelta(days=rng.randint(0, 4 * 365))
            moves, stage = moves_for(rng, created)
            plans.append((created, moves, stage))
        partnerships = Partnership.objects.bulk_create(
            [
                Partnership(
                    title=f"Partnerskab {first + index}",
                    project_manager=rng.choice(managers),
                    stage=stage,
                    library_gives="Lokaler" if rng.random() < 0.7 else "",
                    library_gets="Nye lånere" if rng.random() < 0.5 else "",
                )
                for index, (_created, _moves, stage) in enumerate(plans)
            ]
        )
        for partnership, (created, _moves, _stage) in zip(
            partnerships, plans, strict=True
        ):
            partnership.created_at = created
        Partnership.objects.bulk_update(partnerships, ["created_at"])
        PartnershipGoal.objects.bulk_create(
            [
                PartnershipGoal(partnership=p, goal=goal)
                for p in partnerships
                for goal in rng.sample(goals, rng.randint(0, 2))
            ]
        )
        PartnerRole.objects.bulk_create(
            [
                PartnerRole(partnership=p, organisation=organisation)
                for p in partnerships
                for organisation in rng.sample(organisations, rng.randint(1, 3))
            ]
        )
        StageTransition.objects.bulk_create(
            [
                StageTransition(
                    partnership=p,
                    from_stage=from_stage,
                    to_stage=to_stage,
                    move=move,
                    cycle=1,
                    by=p.project_manager,
                    at=at,
                    comment=reason,
                )
                for p, plan in zip(partnerships, plans, strict=True)
                for from_stage, to_stage, move, at, reason in plan[1]
            ]
        )
        progress(f"Seed: partnerships {first + size}/{count}")
    return managers[0]


def timed(client, url, runs):
    samples, queries = [], 0
    for _ in range(runs):
        start = time.perf_counter()
        with CaptureQueriesContext(connection) as captured:
            response = client.get(url)
        samples.append((time.perf_counter() - start) * 1000)
        assert response.status_code == 200, (url, response.status_code)
        queries = len(captured)
    return statistics.median(samples), queries


def main():
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--partnerships", type=int, default=10_000)
    parser.add_argument("--runs", type=int, default=5)
    args = parser.parse_args()
    settings.ALLOWED_HOSTS = ["*"]
    try:
        call_command("migrate", verbosity=0)
        if Partnership.objects.exists():
            sys.exit("The database already holds partnerships: use an empty one.")
        manager = seed(args.partnerships)
        client = Client()
        client.force_login(manager)
        year = timezone.localdate().year - 1
        pages = {
            "goal portfolio": reverse("partnerships_strategy_portfolio"),
            "goal portfolio, year and sector": reverse(
                "partnerships_strategy_portfolio"
            )
            + f"?year={year}&sector=culture",
            "pipeline, all years": reverse("partnerships_strategy_pipeline"),
            "pipeline, one year": reverse("partnerships_strategy_pipeline")
            + f"?year={year}",
            "partner network": reverse("partnerships_strategy_network"),
            "annual report, print view": reverse("partnerships_strategy_report")
            + f"?year={year}&format=print",
            "annual report, DOCX": reverse("partnerships_strategy_report")
            + f"?year={year}&format=docx",
        }
        print(
            f"\n{Partnership.objects.count()} partnerships, "
            f"{StageTransition.objects.count()} stage moves, "
            f"{PartnerRole.objects.count()} partner roles ({connection.vendor})"
        )
        print("| page | p50 ms | queries |\n|---|---|---|")
        for label, url in pages.items():
            client.get(url)  # warm up
            p50, queries = timed(client, url, args.runs)
            print(f"| {label} | {p50:.0f} | {queries} |", flush=True)
    finally:
        connection.close()
        if _tmp:
            shutil.rmtree(_tmp, ignore_errors=True)


if __name__ == "__main__":
    main()
