from contextlib import contextmanager
from io import StringIO

import pytest
from django.core.management import CommandError, call_command
from django.db import DatabaseError, connection, transaction
from django.test import TestCase

from partnerships.audit import TRACKED
from partnerships.models import Organisation
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


def verify():
    out = StringIO()
    try:
        call_command("verify_history", stdout=out)
    except CommandError:
        return False, out.getvalue()
    return True, out.getvalue()


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
