"""verify_history reads history rows as plain tuples and hashes them with
ChainCodec; it must hash every kind of value exactly as the rows were written
(row_hash), or verification would report tampering that never happened, or
miss some that did."""

from datetime import UTC, date, datetime, timedelta, timezone
from decimal import Decimal
from io import StringIO

from django.core.management.base import OutputWrapper
from django.db import models
from django.test import SimpleTestCase

from partnerships.audit import TRACKED
from partnerships.history import ChainCodec, row_hash
from partnerships.management.commands.verify_history import Progress

SECRETS = ["current-secret", "an-older-secret"]


def sample_value(field, variant: int):
    """A value for ``field``; variant 1 gives the empty or false ones."""
    empty = variant == 1
    if isinstance(field, models.DateTimeField):
        offset = timezone(timedelta(hours=1))
        return datetime(2026, 12, 4, 9, 30, 0 if empty else 15, 123456, tzinfo=offset)
    if isinstance(field, models.DateField):
        return date(2026, 1, 31)
    if isinstance(field, models.BooleanField):
        return not empty
    if isinstance(field, models.DecimalField):
        return Decimal("0") if empty else Decimal("1234.5")
    if isinstance(field, models.JSONField):
        return {} if empty else {"b": [1, "æ"], "a": None}
    if isinstance(field, (models.IntegerField, models.ForeignKey)):
        return 0 if empty else 42
    if field.choices:
        return field.choices[0][0]
    return "" if empty else 'Tekst med "æøå" og \\ og\nlinjeskift'


class ChainCodecTests(SimpleTestCase):
    def test_codec_hashes_every_history_table_as_row_hash_does(self):
        for model in TRACKED:
            history = model.history.model
            codec = ChainCodec(history, SECRETS)
            for variant in (0, 1):
                row = history()
                for field in history._meta.concrete_fields:
                    if field.name not in {"history_id", "entry_hash", "previous_hash"}:
                        setattr(row, field.attname, sample_value(field, variant))
                values = [getattr(row, column) for column in codec.columns]
                with self.subTest(model=history.__name__, variant=variant):
                    self.assertEqual(
                        list(codec.hashes(values, "previous")),
                        [row_hash(row, "previous", secret=s) for s in SECRETS],
                    )

    def test_none_and_empty_values_are_left_out_like_row_hash(self):
        history = TRACKED[0].history.model
        codec = ChainCodec(history, SECRETS[:1])
        row = history(history_date=datetime(2026, 1, 1, tzinfo=UTC))
        values = [getattr(row, column) for column in codec.columns]

        self.assertEqual(
            next(codec.hashes(values, "")), row_hash(row, "", secret=SECRETS[0])
        )


class ProgressTests(SimpleTestCase):
    def test_a_large_table_reports_each_tenth_when_not_on_a_terminal(self):
        out = StringIO()
        progress = Progress(OutputWrapper(out), 200_000)
        for done in range(2000, 200_001, 2000):
            progress(done)

        lines = out.getvalue().splitlines()
        self.assertEqual(len(lines), 10)
        self.assertEqual(lines[0].strip(), "10% (20000/200000)")
        self.assertEqual(lines[-1].strip(), "100% (200000/200000)")

    def test_a_terminal_gets_one_bar_redrawn_in_place(self):
        out = StringIO()
        out.isatty = lambda: True
        progress = Progress(OutputWrapper(out), 4000)
        progress(2000)
        progress(4000)
        progress.clear()

        self.assertNotIn("\n", out.getvalue())
        self.assertIn("[###############---------------]  50% 2000/4000", out.getvalue())
