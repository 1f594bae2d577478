"""Checking the CRM's audit trail: hash chains, their checkpoints, live records
against their newest history row, and the append-only triggers."""

import json
from collections.abc import Iterator
from itertools import groupby
from operator import attrgetter

from django.conf import settings
from django.db import connection
from django.utils import timezone
from django.utils.crypto import constant_time_compare, salted_hmac

from partnerships.audit import TRACKED
from partnerships.history import ChainCodec, _canonical
from partnerships.models import ChainCheckpoint, ErasureSeal

FILE_FORMAT = "byg-partnerskaber chain checkpoints 1"
CHUNK = 2000


def _secrets():
    return [settings.SECRET_KEY, *getattr(settings, "SECRET_KEY_FALLBACKS", [])]


def trail_problems(model, exported=None, on_rows=None) -> Iterator[str]:
    """Everything wrong with ``model``'s audit trail, in one pass: its history,
    its checkpoints and its live rows are each read once, in record order, as
    plain rows (no model instances).

    ``exported`` maps record ids to (newest entry, its hash, entries) from a
    checkpoint file kept elsewhere (``export_checkpoints``). ``on_rows`` is
    called with the number of history rows read so far, for progress.
    """
    history = model.history.model
    name = model._meta.verbose_name
    codec = ChainCodec(history, _secrets())
    rows = _history_rows(history, codec, on_rows=on_rows)
    checkpoints = ChainCheckpoint.objects.filter(
        history_model=history._meta.label_lower
    ).order_by("record_id")
    tracked = [field.attname for field in history.tracked_fields]
    live = (
        model._base_manager.order_by("pk")
        .values_list("pk", *tracked, named=True)
        .iterator(chunk_size=CHUNK)
    )
    seals = seals_of(history)
    streams = [
        ((key, list(chain)) for key, chain in groupby(rows, attrgetter("id"))),
        ((c.record_id, c) for c in checkpoints.iterator(chunk_size=CHUNK)),
        ((record.pk, record) for record in live),
        iter(sorted((exported or {}).items())),
    ]
    histories = checkpointed = 0
    for record_id, (chain, checkpoint, record, copy) in _joined(streams):
        where = f"{name} #{record_id}"
        chain = chain or []
        histories += bool(chain)
        checkpointed += checkpoint is not None
        yield from _chain_problems(where, chain, seals, codec, history)
        yield from _checkpoint_problems(where, chain, checkpoint)
        yield from _live_problems(where, chain, record, history)
        if copy is not None:
            yield from _exported_problems(where, chain, copy)
    if checkpointed and not histories:
        yield (
            f"{model._meta.verbose_name_plural}: the history table is empty, but "
            f"{checkpointed} checkpoint(s) name entries in it (the table was "
            "truncated or emptied)"
        )


def broken_links(model, record_ids=None) -> Iterator[str]:
    """Every place where ``model``'s history chains (or only those of
    ``record_ids``) do not hold (chains only)."""
    history = model.history.model
    codec = ChainCodec(history, _secrets())
    rows = _history_rows(history, codec, record_ids)
    seals = seals_of(history)
    for record_id, chain in groupby(rows, attrgetter("id")):
        where = f"{model._meta.verbose_name} #{record_id}"
        yield from _chain_problems(where, chain, seals, codec, history)


def _history_rows(history, codec, record_ids=None, on_rows=None):
    """A history table's rows in chain order, as named tuples of the hashed
    columns plus the chain's own."""
    rows = history.objects.order_by("id", "history_id")
    if record_ids is not None:
        rows = rows.filter(id__in=record_ids)
    columns = ["history_id", "previous_hash", "entry_hash", *codec.columns]
    rows = rows.values_list(*columns, named=True).iterator(chunk_size=CHUNK)
    if on_rows is None:
        yield from rows
        return
    for number, row in enumerate(rows, start=1):
        yield row
        if number % CHUNK == 0:
            on_rows(number)


def seals_of(history) -> dict[int, ErasureSeal]:
    """The newest erasure seal of each erased row of a history table."""
    seals = ErasureSeal.objects.filter(history_model=history._meta.label_lower)
    return {seal.history_id: seal for seal in seals.order_by("pk")}


def _joined(streams) -> Iterator[tuple[int, list]]:
    """Merge streams of (record id, item) sorted by id: each id once, with
    the item of every stream or None."""
    heads = [next(stream, None) for stream in streams]
    while any(head is not None for head in heads):
        key = min(head[0] for head in heads if head is not None)
        items = []
        for number, head in enumerate(heads):
            if head is not None and head[0] == key:
                items.append(head[1])
                heads[number] = next(streams[number], None)
            else:
                items.append(None)
        yield key, items


def _chain_problems(where, chain, seals, codec, history) -> Iterator[str]:
    """A row erased under GDPR keeps its entry hash (so the links hold) and is
    checked against its erasure seal instead (docs/privacy.md)."""
    previous = ""
    for row in chain:
        entry = f"{where}, history entry {row.history_id}"
        if row.previous_hash != previous:
            yield (
                f"{entry}: does not follow the entry before it "
                "(an entry was removed or inserted)"
            )
        seal = seals.get(row.history_id)
        if seal is not None:
            # Rare: the seal hashes the row as a model instance.
            erased = history.objects.get(history_id=row.history_id)
            if not seal.matches(erased, _secrets()):
                yield f"{entry}: its contents were changed after it was erased"
        elif row.entry_hash not in codec.hashes(row[3:], row.previous_hash):
            yield f"{entry}: its contents were changed after it was written"
        previous = row.entry_hash


def _checkpoint_problems(where, chain, checkpoint) -> Iterator[str]:
    if checkpoint is None:
        if chain:
            yield (
                f"{where}: its history has no checkpoint (the checkpoint was "
                "deleted, or history was written around it)"
            )
        return
    if not checkpoint.signed_by(_secrets()):
        yield f"{where}: its checkpoint was changed after it was written"
        return
    head = checkpoint.head_history_id
    if not chain:
        yield (
            f"{where}: its whole history was deleted (the checkpoint names "
            f"entry {head}, {checkpoint.entries} entries)"
        )
        return
    newest = chain[-1]
    if newest.history_id < head:
        yield (
            f"{where}: its newest entries were deleted (the checkpoint names "
            f"entry {head}, the newest left is {newest.history_id})"
        )
    elif newest.history_id != head or newest.entry_hash != checkpoint.head_hash:
        yield (
            f"{where}: its newest entry {newest.history_id} is not the "
            f"checkpoint's entry {head} (written around the checkpoint)"
        )
    elif len(chain) != checkpoint.entries:
        yield (
            f"{where}: has {len(chain)} history entries, its checkpoint counts "
            f"{checkpoint.entries} (entries were removed or inserted)"
        )


def _live_problems(where, chain, record, history) -> Iterator[str]:
    if not chain:
        if record is not None:
            yield f"{where}: exists but has no history (written without history)"
        return
    newest = chain[-1]
    if newest.history_type == "-":
        if record is not None:
            yield f"{where}: exists although its history says it was deleted"
        return
    if record is None:
        yield (
            f"{where}: is missing, but its history does not say it was deleted "
            "(deleted without history)"
        )
        return
    changed = [
        field.name
        for field in history.tracked_fields
        if _canonical(field, getattr(record, field.attname))
        != _canonical(field, getattr(newest, field.attname))
    ]
    if changed:
        yield (
            f"{where}: differs from its newest history entry {newest.history_id} "
            f"in {', '.join(changed)} (changed without history)"
        )


def _exported_problems(where, chain, copy) -> Iterator[str]:
    head, head_hash, entries = copy
    kept = next((row for row in chain if row.history_id == head), None)
    if kept is None:
        yield (
            f"{where}: entry {head}, the newest when the checkpoints were "
            "exported, is gone (the trail was shortened or rolled back since)"
        )
    elif kept.entry_hash != head_hash:
        yield f"{where}: entry {head} differs from the exported checkpoint"
    elif len(chain) < entries:
        yield (
            f"{where}: has {len(chain)} history entries, fewer than the "
            f"{entries} when the checkpoints were exported"
        )


def _file_signature(checkpoints, secret=None) -> str:
    payload = json.dumps(checkpoints, separators=(",", ":"))
    signed = salted_hmac("partnerships.checkpoint-file", payload, secret=secret)
    return signed.hexdigest()


def exported_checkpoints() -> dict:
    """Every chain's checkpoint as a signed document to keep elsewhere."""
    checkpoints = [
        [c.history_model, c.record_id, c.head_history_id, c.head_hash, c.entries]
        for c in ChainCheckpoint.objects.order_by("history_model", "record_id")
    ]
    return {
        "format": FILE_FORMAT,
        "exported_at": timezone.now().isoformat(),
        "checkpoints": checkpoints,
        "signature": _file_signature(checkpoints),
    }


def read_exported(text: str) -> dict[str, dict[int, tuple]]:
    """An exported document's checkpoints by history model label and record
    id; ValueError with the reason if it is not one, or was changed."""
    try:
        document = json.loads(text)
        checkpoints = document["checkpoints"]
        signature = document["signature"]
        valid = document.get("format") == FILE_FORMAT
    except (ValueError, TypeError, KeyError) as error:
        raise ValueError("not a checkpoint file from export_checkpoints") from error
    if not valid:
        raise ValueError("not a checkpoint file from export_checkpoints")
    if not isinstance(signature, str) or not any(
        constant_time_compare(_file_signature(checkpoints, secret), signature)
        for secret in _secrets()
    ):
        raise ValueError(
            "its signature does not match: it was changed, or signed with "
            "another SECRET_KEY"
        )
    by_model = {}
    for label, record_id, head, head_hash, entries in checkpoints:
        by_model.setdefault(label, {})[record_id] = (head, head_hash, entries)
    return by_model


def missing_triggers() -> list[str]:
    """Triggers that make the trail append-only and are missing (PostgreSQL)."""
    if connection.vendor != "postgresql":
        return []
    history_tables = [model.history.model._meta.db_table for model in TRACKED]
    checkpoints = ChainCheckpoint._meta.db_table
    expected = [
        *(f"{table}_append_only" for table in history_tables),
        *(f"{table}_no_truncate" for table in [*history_tables, checkpoints]),
        f"{checkpoints}_no_delete",
    ]
    with connection.cursor() as cursor:
        cursor.execute(
            "SELECT tgname FROM pg_trigger WHERE tgname = ANY(%s)", [expected]
        )
        present = {name for (name,) in cursor.fetchall()}
    return [name for name in expected if name not in present]
