from contextlib import contextmanager
from io import StringIO
from pathlib import Path
from tempfile import TemporaryDirectory

import pytest
from django.conf import settings
from django.core.management import CommandError, call_command
from django.db import DatabaseError, connection, transaction
from django.test import TestCase, override_settings

from partnerships.audit import TRACKED
from partnerships.models import ChainCheckpoint, Organisation
from partnerships.verification import missing_triggers
from tests.factories import OrganisationFactory


@contextmanager
def triggers_bypassed():
    """Act as an intruder with direct database access."""
    if connection.vendor == "postgresql":
        with connection.cursor() as cursor:
            cursor.execute("SET session_replication_role = replica")
        try:
            yield
        finally:
            with connection.cursor() as cursor:
                cursor.execute("SET session_replication_role = DEFAULT")
    else:
        yield


def verify(*args):
    out = StringIO()
    try:
        call_command("verify_history", *args, stdout=out)
    except CommandError:
        return False, out.getvalue()
    return True, out.getvalue()


def raw_sql(sql, params=()):
    """Write to the database as an intruder would, around the ORM."""
    with connection.cursor() as cursor:
        if sql.startswith("TRUNCATE"):
            # PostgreSQL truncates no table with foreign keys still to check.
            cursor.execute("SET CONSTRAINTS ALL IMMEDIATE")
        cursor.execute(sql, params)


class HashChainTests(TestCase):
    def setUp(self):
        self.organisation = OrganisationFactory(name="Teatret", notes="Første")
        self.organisation.notes = "Anden"
        self.organisation.save()
        self.organisation.notes = "Tredje"
        self.organisation.save()
        self.rows = list(
            Organisation.history.filter(id=self.organisation.pk).order_by("history_id")
        )

    def test_untouched_history_verifies(self):
        ok, output = verify()

        self.assertTrue(ok, output)
        self.assertIn(f"[1/{len(TRACKED)}]", output)
        self.assertEqual(self.rows[1].previous_hash, self.rows[0].entry_hash)

    def test_after_a_key_change_the_trail_verifies_with_the_old_key_kept(self):
        old_key = settings.SECRET_KEY
        with override_settings(SECRET_KEY="a-new-key", SECRET_KEY_FALLBACKS=[old_key]):
            ok, output = verify()
            self.assertTrue(ok, output)
            self.organisation.notes = "Fjerde"  # hashed under the new key
            self.organisation.save()
            self.assertTrue(verify()[0])
        with override_settings(SECRET_KEY="a-new-key", SECRET_KEY_FALLBACKS=[]):
            ok, output = verify()
        self.assertFalse(ok)
        self.assertIn(
            f"organisation #{self.organisation.pk}, history entry {self.rows[0].pk}: "
            "its contents were changed after it was written",
            output,
        )

    def test_an_edited_entry_is_reported_exactly(self):
        with triggers_bypassed():
            Organisation.history.filter(history_id=self.rows[1].history_id).update(
                notes="Forfalsket"
            )

        ok, output = verify()

        self.assertFalse(ok)
        self.assertIn(
            f"#{self.organisation.pk}, history entry {self.rows[1].history_id}: "
            "its contents were changed",
            output,
        )

    def test_a_deleted_entry_is_reported(self):
        with triggers_bypassed():
            Organisation.history.filter(history_id=self.rows[1].history_id).delete()

        ok, output = verify()

        self.assertFalse(ok)
        self.assertIn(
            f"history entry {self.rows[2].history_id}: does not follow", output
        )

    def test_an_inserted_entry_is_reported(self):
        forged = self.rows[2]
        forged.pk = None
        forged.notes = "Indsat bagefter"
        forged.previous_hash = self.rows[2].entry_hash
        forged.entry_hash = "0" * 64
        forged.save()

        ok, output = verify()

        self.assertFalse(ok)
        self.assertIn(f"history entry {forged.history_id}: its contents", output)


class ShortenedTrailTests(TestCase):
    """The checkpoint that keeps each chain's newest entry and length."""

    def setUp(self):
        self.organisation = OrganisationFactory(name="Teatret", notes="Første")
        self.organisation.notes = "Anden"
        self.organisation.save()
        self.newest = self.organisation.history.order_by("history_id").last()
        self.where = f"organisation #{self.organisation.pk}"

    def test_the_checkpoint_follows_every_history_row(self):
        checkpoint = ChainCheckpoint.objects.get(
            history_model="partnerships.historicalorganisation",
            record_id=self.organisation.pk,
        )

        self.assertEqual(checkpoint.head_history_id, self.newest.history_id)
        self.assertEqual(checkpoint.head_hash, self.newest.entry_hash)
        self.assertEqual(checkpoint.entries, 2)
        self.assertTrue(verify()[0])

    def test_a_deleted_newest_entry_is_reported(self):
        with triggers_bypassed():
            Organisation.history.filter(history_id=self.newest.history_id).delete()

        ok, output = verify()

        self.assertFalse(ok)
        self.assertIn(
            f"{self.where}: its newest entries were deleted (the checkpoint names "
            f"entry {self.newest.history_id}",
            output,
        )

    def test_a_deleted_whole_history_is_reported(self):
        with triggers_bypassed():
            self.organisation.history.all().delete()

        ok, output = verify()

        self.assertFalse(ok)
        self.assertIn(f"{self.where}: its whole history was deleted", output)

    def test_an_emptied_history_table_is_reported(self):
        other = OrganisationFactory()
        with triggers_bypassed():
            Organisation.history.all().delete()

        ok, output = verify()

        self.assertFalse(ok)
        self.assertIn(f"organisation #{other.pk}: its whole history", output)
        self.assertIn("organisationer: the history table is empty, but 2", output)

    def test_an_edited_checkpoint_is_reported(self):
        ChainCheckpoint.objects.filter(record_id=self.organisation.pk).update(entries=1)

        ok, output = verify()

        self.assertFalse(ok)
        self.assertIn(f"{self.where}: its checkpoint was changed", output)


@pytest.mark.postgres
class TruncateTests(TestCase):
    def test_a_truncated_history_table_is_reported(self):
        organisation = OrganisationFactory()
        with triggers_bypassed():
            raw_sql("TRUNCATE partnerships_historicalorganisation")

        ok, output = verify()

        self.assertFalse(ok)
        self.assertIn(f"organisation #{organisation.pk}: its whole history", output)
        self.assertIn("organisationer: the history table is empty", output)


class LiveRecordTests(TestCase):
    """Live records compared with their newest history row."""

    def setUp(self):
        self.organisation = OrganisationFactory(notes="Som skrevet")
        self.where = f"organisation #{self.organisation.pk}"

    def test_a_live_row_edited_by_sql_is_reported(self):
        raw_sql(
            "UPDATE partnerships_organisation SET notes = %s WHERE id = %s",
            ["Ændret udenom", self.organisation.pk],
        )

        ok, output = verify()

        self.assertFalse(ok)
        self.assertIn(
            f"{self.where}: differs from its newest history entry "
            f"{self.organisation.history.get().history_id} in notes",
            output,
        )

    def test_a_live_row_without_history_is_reported(self):
        (written,) = Organisation.objects.bulk_create(
            [Organisation(name="Udenom", sector="other")]
        )

        ok, output = verify()

        self.assertFalse(ok)
        self.assertIn(f"organisation #{written.pk}: exists but has no history", output)

    def test_a_live_row_deleted_by_sql_is_reported(self):
        raw_sql(
            "DELETE FROM partnerships_organisation WHERE id = %s",
            [self.organisation.pk],
        )

        ok, output = verify()

        self.assertFalse(ok)
        self.assertIn(f"{self.where}: is missing, but its history does not", output)

    def test_a_deletion_with_history_verifies(self):
        self.organisation.delete()

        ok, output = verify()

        self.assertTrue(ok, output)


class ExportedCheckpointTests(TestCase):
    """A checkpoint file kept elsewhere notices a rollback of the database."""

    def setUp(self):
        self.organisation = OrganisationFactory(notes="Første")
        self.folder = TemporaryDirectory()
        self.addCleanup(self.folder.cleanup)
        self.file = Path(self.folder.name) / "checkpoints.json"

    def export(self):
        out = StringIO()
        call_command("export_checkpoints", stdout=out)
        self.file.write_text(out.getvalue(), encoding="utf-8")

    def test_an_untouched_trail_matches_its_export(self):
        self.export()
        self.organisation.notes = "Anden"
        self.organisation.save()

        ok, output = verify("--checkpoints", str(self.file))

        self.assertTrue(ok, output)

    def test_a_rollback_to_an_older_consistent_state_is_reported(self):
        checkpoint = ChainCheckpoint.objects.get(
            history_model="partnerships.historicalorganisation",
            record_id=self.organisation.pk,
        )
        self.organisation.notes = "Anden"
        self.organisation.save()
        newest = self.organisation.history.order_by("history_id").last()
        self.export()
        # Back to the state before the change: live row, history, checkpoint.
        with triggers_bypassed():
            Organisation.history.filter(history_id=newest.history_id).delete()
        checkpoint.save()
        raw_sql(
            "UPDATE partnerships_organisation SET notes = %s WHERE id = %s",
            ["Første", self.organisation.pk],
        )

        self.assertTrue(verify()[0], "consistent without the exported file")
        ok, output = verify("--checkpoints", str(self.file))

        self.assertFalse(ok)
        self.assertIn(
            f"organisation #{self.organisation.pk}: entry {newest.history_id}, the "
            "newest when the checkpoints were exported, is gone",
            output,
        )

    def test_a_changed_or_foreign_file_is_refused(self):
        self.export()
        changed = self.file.read_text().replace('"Første"', '"x"')
        changed = changed.replace(f"{self.organisation.pk},", "999999,", 1)
        cases = [
            (changed, "its signature does not match"),
            ("[1, 2]", "not a checkpoint file"),
            ("ikke json", "not a checkpoint file"),
        ]
        for text, message in cases:
            with self.subTest(text=text[:20]):
                self.file.write_text(text, encoding="utf-8")
                with self.assertRaisesMessage(CommandError, message):
                    call_command(
                        "verify_history",
                        "--checkpoints",
                        str(self.file),
                        stdout=StringIO(),
                    )

    def test_a_missing_file_is_refused(self):
        with self.assertRaisesMessage(CommandError, "cannot be read"):
            call_command(
                "verify_history", "--checkpoints", str(self.file), stdout=StringIO()
            )


@pytest.mark.postgres
class AppendOnlyTriggerTests(TestCase):
    def test_history_rows_cannot_be_updated_or_deleted(self):
        organisation = OrganisationFactory()
        rows = Organisation.history.filter(id=organisation.pk)

        for attempt in [lambda: rows.update(notes="x"), rows.delete]:
            with (
                self.subTest(attempt=attempt),
                self.assertRaises(DatabaseError),
                transaction.atomic(),
            ):
                attempt()

        self.assertEqual(rows.count(), 1)
        self.assertEqual(missing_triggers(), [])

    def test_writing_a_row_back_unchanged_is_allowed(self):
        # Django's test runner does this when restoring seeded history rows.
        organisation = OrganisationFactory(notes="Uændret")
        rows = Organisation.history.filter(id=organisation.pk)

        self.assertEqual(rows.update(notes="Uændret"), 1)

        self.assertEqual(rows.get().notes, "Uændret")

    def test_truncate_of_history_and_checkpoints_and_deleting_checkpoints_refused(
        self,
    ):
        OrganisationFactory()
        attempts = [
            "TRUNCATE partnerships_historicalorganisation",
            "TRUNCATE partnerships_chaincheckpoint",
            "DELETE FROM partnerships_chaincheckpoint",
        ]
        for sql in attempts:
            with (
                self.subTest(sql=sql),
                self.assertRaisesMessage(DatabaseError, "refused"),
                transaction.atomic(),
            ):
                # The test settings let the runner empty tables; a site does not.
                raw_sql("SET LOCAL partnerships.allow_truncate = off")
                raw_sql(sql)

        self.assertEqual(Organisation.history.count(), 1)
        self.assertEqual(
            ChainCheckpoint.objects.filter(history_model__contains="org").count(), 1
        )

    def test_the_owner_may_truncate_when_the_session_asks_for_it(self):
        # As the test runner does between transactional tests.
        OrganisationFactory()
        with transaction.atomic():
            raw_sql("SET LOCAL partnerships.allow_truncate = on")
            raw_sql("TRUNCATE partnerships_historicalorganisation")

        self.assertEqual(Organisation.history.count(), 0)
