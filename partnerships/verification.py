"""Checking the CRM's audit trail: hash chains and append-only triggers."""

from collections.abc import Iterator

from django.conf import settings
from django.db import connection

from partnerships.audit import TRACKED


def _secrets():
    return [settings.SECRET_KEY, *getattr(settings, "SECRET_KEY_FALLBACKS", [])]


def broken_links(model) -> Iterator[str]:
    """Every place where ``model``'s history chain does not hold."""
    history = model.history.model
    label = model._meta.verbose_name
    previous = {}
    rows = history.objects.order_by("id", "history_id").iterator(chunk_size=2000)
    for row in rows:
        expected_previous = previous.get(row.id, "")
        where = f"{label} #{row.id}, history entry {row.history_id}"
        if row.previous_hash != expected_previous:
            yield (
                f"{where}: does not follow the entry before it "
                "(an entry was removed or inserted)"
            )
        if not any(
            row.expected_hash(secret) == row.entry_hash for secret in _secrets()
        ):
            yield f"{where}: its contents were changed after it was written"
        previous[row.id] = row.entry_hash


def missing_triggers() -> list[str]:
    """History tables without the append-only trigger (PostgreSQL only)."""
    if connection.vendor != "postgresql":
        return []
    tables = [model.history.model._meta.db_table for model in TRACKED]
    with connection.cursor() as cursor:
        cursor.execute(
            "SELECT tgname FROM pg_trigger WHERE tgname = ANY(%s)",
            [[f"{table}_append_only" for table in tables]],
        )
        present = {name for (name,) in cursor.fetchall()}
    return [table for table in tables if f"{table}_append_only" not in present]
