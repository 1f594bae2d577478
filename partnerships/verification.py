"""Checking the CRM's audit trail: hash chains, their checkpoints, live records
against their newest history row, and the append-only triggers."""

import json
from collections.abc import Iterator
from concurrent.futures import ThreadPoolExecutor
from itertools import groupby
from operator import itemgetter

from django.conf import settings
from django.db import connection
from django.utils import timezone
from django.utils.crypto import constant_time_compare, salted_hmac

from partnerships.audit import TRACKED
from partnerships.chain_codec import ChainCodec
from partnerships.history import _canonical
from partnerships.models import ChainCheckpoint, ErasureSeal

FILE_FORMAT = "byg-partnerskaber chain checkpoints 1"
CHUNK = 2000
HISTORY_CHUNK = 5000
# A history row as verification reads it: these, then the canonical texts of
# the codec's columns (a plain tuple: millions are read).
RECORD, HISTORY_ID, PREVIOUS_HASH, ENTRY_HASH = range(4)
TEXTS = 4


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
        ((key, list(chain)) for key, chain in groupby(rows, itemgetter(RECORD))),
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
        yield from _live_problems(where, chain, record, history, codec)
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
    for record_id, chain in groupby(rows, itemgetter(RECORD)):
        where = f"{model._meta.verbose_name} #{record_id}"
        yield from _chain_problems(where, chain, seals, codec, history)


def _history_rows(history, codec, record_ids=None, on_rows=None):
    """A history table's rows in chain order (see ``TEXTS``)."""
    if connection.vendor == "postgresql":
        rows = _rows_as_text(history, codec, record_ids)
    else:
        rows = _rows_converted(history, codec, record_ids)
    if on_rows is None:
        yield from rows
        return
    for number, row in enumerate(rows, start=1):
        yield row
        if number % CHUNK == 0:
            on_rows(number)


def _rows_converted(history, codec, record_ids):
    rows = history.objects.order_by("id", "history_id")
    if record_ids is not None:
        rows = rows.filter(id__in=record_ids)
    columns = ["id", "history_id", "previous_hash", "entry_hash", *codec.columns]
    for row in rows.values_list(*columns).iterator(chunk_size=CHUNK):
        yield (*row[:TEXTS], *codec.canonical(row[TEXTS:]))


def _rows_as_text(history, codec, record_ids):
    """PostgreSQL puts the values in canonical form itself (``select_list``):
    turning timestamps into datetimes in Python was a third of the time."""

    def column(name):
        return f"history.{connection.ops.quote_name(name)}"

    select = codec.select_list(connection, alias="history.")
    converted = [
        (TEXTS + number, convert)
        for number, (_, convert) in enumerate(select)
        if convert is not None
    ]
    firsts = ["id", "history_id", "previous_hash", "entry_hash"]
    sql = (
        f"SELECT {', '.join(map(column, firsts))}, "
        f"{', '.join(sql for sql, _ in select)} "
        f"FROM {connection.ops.quote_name(history._meta.db_table)} AS history"
    )
    params = []
    if record_ids is not None:
        sql += f" WHERE {column('id')} = ANY(%s)"
        params.append(list(record_ids))
    sql += f" ORDER BY {column('id')}, {column('history_id')}"
    # A server-side cursor: the table is read in chunks, and other queries
    # (checkpoints, live rows) can run between them.
    with connection.chunked_cursor() as cursor:
        cursor.execute(sql, params)
        for chunk in _prefetched(cursor, HISTORY_CHUNK):
            if not converted:
                yield from chunk
                continue
            for row in chunk:
                row = list(row)
                for position, convert in converted:
                    if row[position] is not None:
                        row[position] = convert(row[position])
                yield tuple(row)


def _prefetched(cursor, size) -> Iterator[list]:
    """The cursor's rows in chunks, each fetched in a thread while the one
    before is checked: the database prepares a chunk (a third of the time)
    while Python hashes the last. The driver serialises the connection's
    use, so other queries may run in between."""
    with ThreadPoolExecutor(max_workers=1) as fetcher:
        chunk = cursor.fetchmany(size)
        while chunk:
            following = fetcher.submit(cursor.fetchmany, size)
            yield chunk
            chunk = following.result()


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
        _, history_id, previous_hash, entry_hash = row[:TEXTS]
        if previous_hash != previous:
            yield (
                f"{where}, history entry {history_id}: does not follow the entry "
                "before it (an entry was removed or inserted)"
            )
        if history_id in seals:
            # Rare: the seal hashes the row as a model instance.
            erased = history.objects.get(history_id=history_id)
            if not seals[history_id].matches(erased, _secrets()):
                yield (
                    f"{where}, history entry {history_id}: its contents were "
                    "changed after it was erased"
                )
        elif not codec.matches(row[TEXTS:], previous_hash, entry_hash):
            yield (
                f"{where}, history entry {history_id}: its contents were changed "
                "after it was written"
            )
        previous = entry_hash


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
    newest, newest_hash = chain[-1][HISTORY_ID], chain[-1][ENTRY_HASH]
    if newest < head:
        yield (
            f"{where}: its newest entries were deleted (the checkpoint names "
            f"entry {head}, the newest left is {newest})"
        )
    elif newest != head or newest_hash != checkpoint.head_hash:
        yield (
            f"{where}: its newest entry {newest} is not the "
            f"checkpoint's entry {head} (written around the checkpoint)"
        )
    elif len(chain) != checkpoint.entries:
        yield (
            f"{where}: has {len(chain)} history entries, its checkpoint counts "
            f"{checkpoint.entries} (entries were removed or inserted)"
        )


def _live_problems(where, chain, record, history, codec) -> Iterator[str]:
    if not chain:
        if record is not None:
            yield f"{where}: exists but has no history (written without history)"
        return
    newest = dict(zip(codec.columns, chain[-1][TEXTS:], strict=True))
    if newest["history_type"] == "-":
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
        != (newest[field.attname] or "")
    ]
    if changed:
        yield (
            f"{where}: differs from its newest history entry {chain[-1][HISTORY_ID]} "
            f"in {', '.join(changed)} (changed without history)"
        )


def _exported_problems(where, chain, copy) -> Iterator[str]:
    head, head_hash, entries = copy
    kept = next((row for row in chain if row[HISTORY_ID] == head), None)
    if kept is None:
        yield (
            f"{where}: entry {head}, the newest when the checkpoints were "
            "exported, is gone (the trail was shortened or rolled back since)"
        )
    elif kept[ENTRY_HASH] != head_hash:
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
