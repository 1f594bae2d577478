from django.core.management.base import BaseCommand, CommandError
from django.db import DatabaseError, connection, transaction

from partnerships.history import delete_with_reason, save_with_reason, system_user
from partnerships.models import (
    ChainCheckpoint,
    Contact,
    Erasure,
    LegalBasis,
    Organisation,
)
from partnerships.privacy import subjects
from partnerships.privacy.erasure import erase
from partnerships.verification import broken_links


class Rollback(Exception):
    pass


class Command(BaseCommand):
    help = (
        "Run under the site's runtime database role (PostgreSQL): make a CRM "
        "write with history, then check that the role cannot change or empty "
        "the audit trail (UPDATE, DELETE, TRUNCATE of a history table, DELETE "
        "of checkpoints, dropping or disabling a trigger, creating a table, "
        "rewriting history outside an erasure, changing an erasure record), "
        "and that it can erase a person's data (GDPR) with the trail intact. "
        "Everything is rolled back: nothing is kept."
    )

    def handle(self, *args, **options):
        if connection.vendor != "postgresql":
            raise CommandError("Database roles are for PostgreSQL only.")
        allowed = []
        try:
            with transaction.atomic():
                self._write()
                with connection.cursor() as cursor:
                    # PostgreSQL truncates no table with foreign keys to check.
                    cursor.execute("SET CONSTRAINTS ALL IMMEDIATE")
                allowed = [sql for sql in self._attempts() if self._succeeds(sql)]
                raise Rollback
        except Rollback:
            pass
        if allowed:
            raise CommandError(
                "The database role may change the audit trail: " + "; ".join(allowed)
            )
        with connection.cursor() as cursor:
            cursor.execute("SELECT current_user")
            (role,) = cursor.fetchone()
        self.stdout.write(
            self.style.SUCCESS(
                f"The role {role} writes CRM records with history and cannot "
                "change the audit trail."
            )
        )

    def _write(self):
        user = system_user()
        organisation = Organisation(name="check_runtime_role", sector="other")
        save_with_reason(organisation, user, "check_runtime_role")
        organisation.notes = "changed"
        save_with_reason(organisation, user, "check_runtime_role")
        record_id = organisation.pk
        delete_with_reason(organisation, user, "check_runtime_role")
        checkpoint = ChainCheckpoint.objects.get(
            history_model=Organisation.history.model._meta.label_lower,
            record_id=record_id,
        )
        if checkpoint.entries != 3:
            raise CommandError("The write did not reach the chain's checkpoint.")
        self.stdout.write(f"Wrote, changed and deleted organisation #{record_id}.")
        contact = Contact(name="Check Runtimerole", email="check@example.org")
        save_with_reason(contact, user, "check_runtime_role")
        contact.phone = "+45 12 34 56 78"
        save_with_reason(contact, user, "check_runtime_role")
        subject = subjects.contact(contact.pk)
        erasure = erase(subject, user, LegalBasis.OTHER, "check_runtime_role")
        contact.refresh_from_db()
        problems = list(broken_links(Contact, [contact.pk]))
        if contact.name != erasure.pseudonym or not erasure.seals.exists() or problems:
            raise CommandError(
                "The erasure did not pseudonymise and seal the contact's history: "
                + "; ".join(problems)
            )
        self.stdout.write(f"Erased contact #{contact.pk}; its history verifies.")

    def _attempts(self) -> list[str]:
        history = Organisation.history.model._meta.db_table
        checkpoints = ChainCheckpoint._meta.db_table
        erasures = Erasure._meta.db_table
        history_id = Organisation.history.values_list("history_id", flat=True).first()
        return [
            # History text is rewritten only by an erasure on record.
            f"SELECT crm_erase_history_text(0, '{history}', {history_id}, "
            "'notes', 'forged')",
            f"UPDATE {erasures} SET note = 'forged'",
            f"DELETE FROM {erasures}",
            f"UPDATE {history} SET history_change_reason = 'forged'",
            f"DELETE FROM {history}",
            f"TRUNCATE {history}",
            f"DELETE FROM {checkpoints}",
            f"TRUNCATE {checkpoints}",
            f"DROP TRIGGER {history}_append_only ON {history}",
            f"ALTER TABLE {history} DISABLE TRIGGER ALL",
            "CREATE TABLE partnerships_check_runtime_role (id integer)",
        ]

    def _succeeds(self, sql: str) -> bool:
        try:
            with transaction.atomic(), connection.cursor() as cursor:
                cursor.execute(sql)
        except DatabaseError as error:
            reason = str(error).splitlines()[0]
            self.stdout.write(f"Refused: {sql} ({reason})")
            return False
        self.stdout.write(self.style.ERROR(f"ALLOWED: {sql}"))
        return True
