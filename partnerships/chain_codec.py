"""Hashing a whole history table quickly, exactly as ``row_hash`` hashes one row."""

import hashlib
from collections.abc import Iterator, Sequence
from datetime import UTC, date
from json.encoder import encode_basestring_ascii

from django.db import models
from django.utils.encoding import force_bytes

from partnerships.history import CHAIN_EXCLUDED, HISTORY_SALT, _canonical

# datetime.isoformat() of a UTC time with microseconds, in to_char's terms.
ISO_FORMAT = 'YYYY-MM-DD"T"HH24:MI:SS.US"+00:00"'
# HMAC (RFC 2104) with SHA-1, as Django's salted_hmac computes it.
BLOCK = 64
INNER_PAD = bytes(0x36 for _ in range(BLOCK))
OUTER_PAD = bytes(0x5C for _ in range(BLOCK))


class ChainCodec:
    """The chain hash of many rows of one history table.

    A row's values are first put in canonical text form (``_canonical``): in
    SQL on PostgreSQL (``select_list``), else in Python (``canonical``); the
    hash is then computed from those texts. The JSON that ``chain_values``
    builds with a dict is written directly (its keys are these columns, in
    sorted order), and each secret's HMAC key and pads are made once.
    """

    def __init__(self, history, secrets):
        self.fields = sorted(
            (f for f in history._meta.concrete_fields if f.name not in CHAIN_EXCLUDED),
            key=lambda field: field.attname,
        )
        self.columns = [field.attname for field in self.fields]
        self._converters = [_converter(field) for field in self.fields]
        self._prefixes = [f"{encode_basestring_ascii(c)}: " for c in self.columns]
        self._pads = [_pads(secret) for secret in secrets]

    def canonical(self, values: Sequence) -> list[str]:
        """Python values of ``columns`` (as Django reads them) as canonical texts."""
        return [
            "" if value is None else convert(value)
            for convert, value in zip(self._converters, values, strict=True)
        ]

    def hashes(self, texts: Sequence[str | None], previous_hash: str) -> Iterator[str]:
        """The row's hash under each secret in turn (the first is current),
        from its canonical texts; None and "" (empty values) are left out."""
        body = ", ".join(
            [
                prefix + encode_basestring_ascii(text)
                for prefix, text in zip(self._prefixes, texts, strict=True)
                if text
            ]
        )
        payload = f"{previous_hash}{{{body}}}".encode()
        for inner, outer in self._pads:
            digest = inner.copy()
            digest.update(payload)
            result = outer.copy()
            result.update(digest.digest())
            yield result.hexdigest()

    def matches(self, texts: Sequence[str | None], previous_hash, entry_hash) -> bool:
        """Whether ``entry_hash`` is the row's hash under one of the secrets."""
        return entry_hash in self.hashes(texts, previous_hash)

    def select_list(self, connection, alias: str = "") -> list[tuple[str, object]]:
        """For each column: the SQL giving its canonical text, and None; or,
        where SQL cannot, the plain column and a function that makes the
        canonical text from the value the database driver returns.

        Only for PostgreSQL: the SQL follows its text formats.
        """
        select = []
        for field in self.fields:
            column = f"{alias}{connection.ops.quote_name(field.column)}"
            sql = _canonical_sql(field, column)
            if sql is not None:
                select.append((sql, None))
            else:
                select.append((column, _driver_converter(field, connection)))
        return select


def _pads(secret) -> tuple:
    key = hashlib.sha1(HISTORY_SALT + force_bytes(secret)).digest().ljust(BLOCK, b"\0")
    inner = hashlib.sha1(bytes(k ^ p for k, p in zip(key, INNER_PAD, strict=True)))
    outer = hashlib.sha1(bytes(k ^ p for k, p in zip(key, OUTER_PAD, strict=True)))
    return inner, outer


def _plain(field) -> bool:
    """Whether the field's values are read as stored, with no conversion."""
    return not hasattr(field, "from_db_value")


def _is_integer(field) -> bool:
    if isinstance(field, models.ForeignKey):
        return _is_integer(field.target_field)
    return isinstance(field, models.IntegerField) and _plain(field)


def _converter(field):
    """``_canonical`` for one field, with the type checks done up front."""
    if isinstance(field, models.DateTimeField):
        return lambda value: value.astimezone(UTC).isoformat()
    if isinstance(field, models.DateField):
        return date.isoformat
    if isinstance(field, models.BooleanField):
        return lambda value: "1" if value else "0"
    if _is_integer(field) or (
        isinstance(field, models.CharField | models.TextField) and _plain(field)
    ):
        return str
    return lambda value: _canonical(field, value)


def _canonical_sql(field, column: str) -> str | None:
    """PostgreSQL SQL for ``_canonical`` of the column, or None."""
    if isinstance(field, models.DateTimeField) and _plain(field):
        # isoformat(): microseconds only when there are any, "+00:00" for UTC.
        utc = f"{column} AT TIME ZONE 'UTC'"
        return f"replace(to_char({utc}, '{ISO_FORMAT}'), '.000000+', '+')"
    if isinstance(field, models.DateField) and _plain(field):
        return f"to_char({column}, 'YYYY-MM-DD')"
    if isinstance(field, models.BooleanField) and _plain(field):
        return f"CASE WHEN {column} THEN '1' WHEN NOT {column} THEN '0' END"
    if _is_integer(field):
        return f"{column}::text"
    if isinstance(field, models.DecimalField) and field.decimal_places is not None:
        # The column is numeric(max_digits, decimal_places), whose text has
        # exactly decimal_places digits after the point, as _canonical writes.
        return f"round({column}, {int(field.decimal_places)})::text"
    if isinstance(field, models.CharField | models.TextField) and _plain(field):
        return column
    return None


def _driver_converter(field, connection):
    """The canonical text of a value as the driver returns it, converted as
    Django's queries convert it first (a JSON field's text is parsed)."""
    if _plain(field):
        return lambda value: _canonical(field, value)
    return lambda value: _canonical(field, field.from_db_value(value, None, connection))
