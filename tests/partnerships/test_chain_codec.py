"""verify_history reads history rows as plain tuples of canonical texts (made
in SQL on PostgreSQL) and hashes them with ChainCodec; it must hash every kind
of value exactly as the rows were written (row_hash), or verification would
report tampering that never happened, or miss some that did."""

from datetime import UTC, date, datetime, timedelta, timezone
from decimal import Decimal
from io import StringIO
from unittest import mock

from django.conf import settings
from django.contrib.auth import get_user_model
from django.core.management.base import OutputWrapper
from django.db import models
from django.test import SimpleTestCase, TestCase

from partnerships.audit import TRACKED
from partnerships.chain_codec import ChainCodec
from partnerships.history import row_hash
from partnerships.management.commands.verify_history import Progress
from partnerships.models import Organisation
from partnerships.verification import (
    ENTRY_HASH,
    HISTORY_ID,
    PREVIOUS_HASH,
    RECORD,
    TEXTS,
    _history_rows,
    trail_problems,
)
from tests.factories import OrganisationFactory
from tests.partnerships.test_tamper import triggers_bypassed

SECRETS = ["current-secret", "an-older-secret"]
# What people may type: quotes, backslashes, control characters, Danish
# letters, DEL and a character outside the Basic Multilingual Plane.
AWKWARD_TEXT = 'Tekst "æøå" \\ \x01\t\x7f og\nlinjeskift 😀'


def sample_value(field, variant: int):
    """A value for ``field``; variant 1 gives the empty or false ones."""
    empty = variant == 1
    if isinstance(field, models.DateTimeField):
        # Variant 1: whole seconds, which isoformat() writes without a fraction.
        offset = timezone(timedelta(hours=1))
        return datetime(2026, 12, 4, 0, 30, 15, 0 if empty else 120, tzinfo=offset)
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
    return "" if empty else AWKWARD_TEXT[: field.max_length]


def sample_row(history, variant: int):
    row = history()
    for field in history._meta.concrete_fields:
        if field.name not in {"history_id", "entry_hash", "previous_hash"}:
            setattr(row, field.attname, sample_value(field, variant))
    return row


class ChainCodecTests(SimpleTestCase):
    def test_codec_hashes_every_history_table_as_row_hash_does(self):
        for model in TRACKED:
            history = model.history.model
            codec = ChainCodec(history, SECRETS)
            for variant in (0, 1):
                row = sample_row(history, variant)
                values = [getattr(row, column) for column in codec.columns]
                with self.subTest(model=history.__name__, variant=variant):
                    self.assertEqual(
                        list(codec.hashes(codec.canonical(values), "previous")),
                        [row_hash(row, "previous", secret=s) for s in SECRETS],
                    )

    def test_none_and_empty_values_are_left_out_like_row_hash(self):
        history = TRACKED[0].history.model
        codec = ChainCodec(history, SECRETS[:1])
        row = history(history_date=datetime(2026, 1, 1, tzinfo=UTC))
        texts = codec.canonical([getattr(row, column) for column in codec.columns])

        self.assertEqual(
            next(codec.hashes(texts, "")), row_hash(row, "", secret=SECRETS[0])
        )

    def test_a_changed_value_changes_the_hash(self):
        history = TRACKED[0].history.model
        codec = ChainCodec(history, SECRETS[:1])
        row = sample_row(history, 0)
        texts = codec.canonical([getattr(row, column) for column in codec.columns])
        written = next(codec.hashes(texts, "previous"))
        for number, text in enumerate(texts):
            changed = [*texts[:number], f"{text}x", *texts[number + 1 :]]
            with self.subTest(column=codec.columns[number]):
                self.assertNotEqual(next(codec.hashes(changed, "previous")), written)
        self.assertNotEqual(next(codec.hashes(texts, "other")), written)


class StoredRowTests(TestCase):
    """Rows as the database gives them back to verification (on PostgreSQL
    as text it formats itself) hash as row_hash hashed them when written."""

    @classmethod
    def setUpTestData(cls):
        cls.user = get_user_model().objects.create(username="writer")

    def stored(self, history, variant):
        row = sample_row(history, variant)
        for field in history._meta.concrete_fields:
            if field.many_to_one:
                setattr(row, field.attname, self.user.pk)
        row.id = 900_000 + variant
        row.previous_hash = "previous"
        row.entry_hash = row_hash(row, "previous")
        history.objects.bulk_create([row])
        return row

    def test_every_history_table_reads_back_with_its_written_hash(self):
        for model in dict.fromkeys(TRACKED):
            history = model.history.model
            codec = ChainCodec(history, ["an-older-secret", settings.SECRET_KEY])
            for variant in (0, 1):
                written = self.stored(history, variant)
                with self.subTest(model=history.__name__, variant=variant):
                    (read,) = _history_rows(history, codec, [written.id])
                    self.assertEqual(read[PREVIOUS_HASH], "previous")
                    self.assertIn(
                        read[ENTRY_HASH],
                        list(codec.hashes(read[TEXTS:], read[PREVIOUS_HASH])),
                    )
                    stored = history.objects.get(history_id=written.history_id)
                    expected = codec.canonical(
                        [getattr(stored, column) for column in codec.columns]
                    )
                    self.assertEqual([t or "" for t in read[TEXTS:]], expected)

    def test_rows_come_in_chain_order_and_only_of_the_records_asked_for(self):
        history = TRACKED[0].history.model
        codec = ChainCodec(history, [settings.SECRET_KEY])
        first = self.stored(history, 0)
        second = self.stored(history, 1)
        again = self.stored(history, 0)

        rows = [row for row in _history_rows(history, codec) if row[RECORD] >= 900_000]
        self.assertEqual(
            [row[HISTORY_ID] for row in rows],
            [first.history_id, again.history_id, second.history_id],
        )
        self.assertEqual(list(_history_rows(history, codec, [])), [])


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


class ChunkedReadingTests(TestCase):
    """History is read in chunks, the next fetched while one is checked, and
    checkpoints and live rows are read in between."""

    def setUp(self):
        self.organisations = []
        for number in range(4):
            organisation = OrganisationFactory(name=f"Organisation {number}")
            for note in ["Anden", "Tredje"]:
                organisation.notes = note
                organisation.save()
            self.organisations.append(organisation)

    def test_many_small_chunks_verify_and_a_late_edit_is_found(self):
        with mock.patch("partnerships.verification.HISTORY_CHUNK", 2):
            self.assertEqual(list(trail_problems(Organisation)), [])

            last = self.organisations[-1]
            row = Organisation.history.filter(id=last.pk).order_by("history_id")[1]
            with triggers_bypassed():
                Organisation.history.filter(history_id=row.history_id).update(
                    notes="Forfalsket"
                )
            problems = list(trail_problems(Organisation))

        self.assertEqual(
            problems,
            [
                f"organisation #{last.pk}, history entry {row.history_id}: its "
                "contents were changed after it was written"
            ],
        )
