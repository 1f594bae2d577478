"""Benchmark the auditor's workspace on a large PostgreSQL database.

    createdb byg_bench
    DATABASE_URL=postgres://postgres@127.0.0.1:5432/byg_bench \\
        .venv/bin/python bench/audit.py --partnerships 10000 --history 1000000

Seeds partnerships and history rows (valid hash chains, signed checkpoints, live
rows equal to their newest history row) straight into the tables for speed, then
reports p50/p95 for the change log, one partnership's history, the point-in-time
view, and the time ``verify_history`` takes over the whole trail (it must find no
problem). Seeding is skipped when the database already holds enough rows.
"""

import argparse
import os
import re
import statistics
import sys
import time
from datetime import date, timedelta
from decimal import Decimal
from io import StringIO
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
os.environ.setdefault("DJANGO_SETTINGS_MODULE", "cms.settings.test")

import django
import machine

django.setup()

from django.conf import settings  # noqa: E402
from django.core.management import call_command  # noqa: E402
from django.db import connection, models  # noqa: E402
from django.test import Client  # noqa: E402
from django.urls import reverse  # noqa: E402
from django.utils import timezone  # noqa: E402

from cms import roles  # noqa: E402
from partnerships.history import row_hash  # noqa: E402
from partnerships.models import ChainCheckpoint, Partnership  # noqa: E402

BATCH = 10_000


def progress(message):
    print(message, flush=True)


def seed(partnership_count: int, history_count: int):
    from django.contrib.auth import get_user_model
    from django.contrib.auth.models import Group

    User = get_user_model()
    manager, _ = User.objects.get_or_create(username="bench-manager")
    auditor, created = User.objects.get_or_create(username="bench-auditor")
    if created:
        auditor.groups.add(Group.objects.get(name=roles.AUDITORS))
    History = Partnership.history.model
    have = History.objects.count()
    if have >= history_count:
        progress(f"Seed: {have} history rows already there")
        label = History._meta.label_lower
        if not ChainCheckpoint.objects.filter(history_model=label).exists():
            complete_trail()
        return auditor
    existing = Partnership.objects.count()
    for start in range(existing, partnership_count, BATCH):
        stop = min(start + BATCH, partnership_count)
        Partnership.objects.bulk_create(
            [
                Partnership(title=f"Partnerskab {n}", project_manager=manager)
                for n in range(start, stop)
            ]
        )
        progress(f"Seed: partnerships {stop}/{partnership_count}")
    ids = list(Partnership.objects.values_list("id", flat=True))
    per_record = max(1, history_count // len(ids))
    base = timezone.now() - timedelta(days=365)
    written = 0
    batch = []
    for index, pk in enumerate(ids):
        previous = ""
        for step in range(per_record):
            row = History(
                id=pk,
                title=f"Partnerskab {pk}",
                purpose=f"Trin {step}",
                stage=["initiation", "agreement", "communication", "evaluation"][
                    step % 4
                ],
                project_manager_id=manager.pk,
                cycle=1,
                version=step + 1,
                start_date=date(2026, 1, 1) + timedelta(days=step),
                budget=Decimal(1000 * step) / 3 if step % 2 else None,
                created_at=base,
                history_date=base + timedelta(minutes=index + step * len(ids)),
                history_type="+" if step == 0 else "~",
                history_user_id=manager.pk,
                history_change_reason="bench",
            )
            row.previous_hash = previous
            row.entry_hash = row_hash(row, previous)
            previous = row.entry_hash
            batch.append(row)
        if len(batch) >= BATCH:
            History.objects.bulk_create(batch)
            written += len(batch)
            batch = []
            progress(f"Seed: history rows {written}/{per_record * len(ids)}")
    if batch:
        History.objects.bulk_create(batch)
    complete_trail()
    with connection.cursor() as cursor:
        cursor.execute("ANALYZE")
    return auditor


def complete_trail():
    """What the application writes along with history and the seed skipped:
    each live partnership equal to its newest history row, and each chain's
    signed checkpoint."""
    History = Partnership.history.model
    columns = [
        field.column
        for field in History.tracked_fields
        if field.column in {f.column for f in Partnership._meta.concrete_fields}
        and field.column != "id"
    ]
    with connection.cursor() as cursor:
        cursor.execute(f"ANALYZE {History._meta.db_table}")
        cursor.execute(
            f"UPDATE {Partnership._meta.db_table} AS live "
            f"SET ({', '.join(columns)}) = ({', '.join(f'h.{c}' for c in columns)}) "
            f"FROM (SELECT DISTINCT ON (id) * FROM {History._meta.db_table} "
            "ORDER BY id, history_id DESC) AS h WHERE h.id = live.id"
        )
    label = History._meta.label_lower
    ChainCheckpoint.objects.filter(history_model=label).delete()
    heads = (
        History.objects.order_by("id", "-history_id")
        .distinct("id")
        .values_list("id", "history_id", "entry_hash")
    )
    counts = dict(
        History.objects.order_by()
        .values("id")
        .annotate(n=models.Count("*"))
        .values_list("id", "n")
    )
    checkpoints = []
    for record_id, head, head_hash in heads:
        checkpoint = ChainCheckpoint(
            history_model=label,
            record_id=record_id,
            head_history_id=head,
            head_hash=head_hash,
            entries=counts[record_id],
        )
        checkpoint.sign()
        checkpoints.append(checkpoint)
    ChainCheckpoint.objects.bulk_create(checkpoints, batch_size=BATCH)
    progress(f"Seed: {len(checkpoints)} live rows and checkpoints completed")


def timed(client, url, runs):
    samples = []
    for _ in range(runs):
        start = time.perf_counter()
        response = client.get(url)
        samples.append((time.perf_counter() - start) * 1000)
        assert response.status_code == 200, (url, response.status_code)
    samples.sort()
    p95 = samples[max(0, int(len(samples) * 0.95) - 1)]
    return statistics.median(samples), p95


def main():
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--partnerships", type=int, default=10_000)
    parser.add_argument("--history", type=int, default=1_000_000)
    parser.add_argument("--runs", type=int, default=30)
    parser.add_argument("--verify-runs", type=int, default=1)
    parser.add_argument(
        "--only", choices=["pages", "verify"], help="measure only these"
    )
    args = parser.parse_args()
    if connection.vendor != "postgresql":
        sys.exit("Run this against PostgreSQL (set DATABASE_URL).")
    settings.ALLOWED_HOSTS = ["*"]
    call_command("migrate", verbosity=0)
    auditor = seed(args.partnerships, args.history)
    client = Client()
    client.force_login(auditor)
    target = Partnership.objects.order_by("id")[
        len(Partnership.objects.all()) // 2 :
    ].first()
    moment = (timezone.now() - timedelta(days=200)).strftime("%Y-%m-%dT%H:%M")
    pages = {
        "change log, first page": reverse("partnerships_audit_log"),
        "change log, one partnership": reverse("partnerships_audit_log")
        + f"?partnership={target.pk}",
        "change log, changes in one day": reverse("partnerships_audit_log")
        + f"?since={moment[:10]}&until={moment[:10]}",
        "one partnership's history": reverse(
            "partnerships_audit_record", args=["partnership", target.pk]
        ),
        "point-in-time view": reverse("partnerships_audit_as_of", args=[target.pk])
        + f"?at={moment}",
    }
    rows = Partnership.history.count()
    print(f"\n{Partnership.objects.count()} partnerships, {rows} history rows")
    machine.report("before")
    print("| page | p50 ms | p95 ms |\n|---|---|---|")
    for label, url in pages.items() if args.only != "verify" else []:
        p50, p95 = timed(client, url, args.runs)
        print(f"| {label} | {p50:.0f} | {p95:.0f} |", flush=True)
    for _ in range(args.verify_runs if args.only != "pages" else 0):
        out = StringIO()
        start = time.perf_counter()
        call_command("verify_history", stdout=out)
        seconds = time.perf_counter() - start
        reported = re.search(r"(\d+) history entries checked", out.getvalue())
        entries = int(reported.group(1))
        print(
            f"| verify_history | {seconds:.1f} s | {entries / seconds:,.0f} rows/s |",
            flush=True,
        )
    machine.report("after")


if __name__ == "__main__":
    main()
