"""Data subjects (GDPR): finding, exporting and erasing a person's data in
every copy without breaking the audit trail's tamper evidence."""

import json
import os
import subprocess
from datetime import timedelta
from io import StringIO

from axes.models import AccessLog
from django.core.exceptions import ValidationError
from django.core.management import CommandError, call_command
from django.db import DatabaseError, connection, transaction
from django.test import TestCase, TransactionTestCase, override_settings
from django.utils import timezone
from wagtail.models import ModelLogEntry

from cms.models import StandardPage
from cms.stages import Stage
from partnerships.history import acting_as, save_with_reason, system_user
from partnerships.models import (
    Contact,
    Erasure,
    ErasureSeal,
    EvaluationAnswer,
    LegalBasis,
    Meeting,
    StageTransition,
)
from partnerships.privacy import finder, report, retention, subjects
from partnerships.privacy.erasure import erase
from tests.factories import (
    ContactFactory,
    EvaluationInvitationFactory,
    EvaluationQuestionFactory,
    EvaluationRoundFactory,
    MeetingFactory,
    OrganisationFactory,
    PartnerRoleFactory,
    PartnershipFactory,
    StandardPageFactory,
    UserFactory,
    stream,
)

CANARY = "Zyxkanarie"
CANARY_EMAIL = "zyx.kanarie@example.org"
CANARY_PHONE = "+45 31 41 59 26"


def verify():
    out = StringIO()
    try:
        call_command("verify_history", stdout=out)
    except CommandError:
        return False, out.getvalue()
    return True, out.getvalue()


def database_dump() -> str:
    """Everything the database holds, as text: pg_dump on PostgreSQL, the
    SQL dump on SQLite."""
    if connection.vendor == "postgresql":
        settings = connection.settings_dict
        env = {**os.environ}
        if settings.get("PASSWORD"):
            env["PGPASSWORD"] = settings["PASSWORD"]
        return subprocess.run(
            [
                "pg_dump",
                "--data-only",
                "-h",
                settings.get("HOST") or "127.0.0.1",
                "-p",
                str(settings.get("PORT") or 5432),
                "-U",
                settings["USER"],
                settings["NAME"],
            ],
            check=True,
            capture_output=True,
            text=True,
            env=env,
        ).stdout
    return "\n".join(connection.connection.iterdump())


def a_person_everywhere(officer):
    """A contact whose name, e-mail and phone reach every copy: edits (history),
    a meeting's participants, an evaluation answer, a change reason, a Wagtail
    log entry."""
    partnership = PartnershipFactory(title="Læsefestival")
    contact = ContactFactory(
        name=f"Mette {CANARY}", email="old.address@example.org", phone=CANARY_PHONE
    )
    PartnerRoleFactory(partnership=partnership, organisation=contact.organisation)
    contact.email = CANARY_EMAIL
    save_with_reason(contact, officer, f"New address from Mette {CANARY}")
    with acting_as(officer):
        meeting = MeetingFactory(
            partnership=partnership, participants=f"Mette {CANARY}, Ole Hansen"
        )
        meeting.minutes = f"Mette {CANARY} presented the plan."
        meeting.save()
        evaluation = EvaluationRoundFactory(partnership=partnership)
        question = EvaluationQuestionFactory(round=evaluation)
        invitation = EvaluationInvitationFactory(round=evaluation, contact=contact)
        EvaluationAnswer.objects.create(
            invitation=invitation,
            question=question,
            partnership=partnership,
            text=f"Skrevet af Mette {CANARY} ({CANARY_EMAIL})",
        )
    ModelLogEntry.objects.log_action(
        contact, "wagtail.edit", user=officer, data={"note": f"Mette {CANARY}"}
    )
    return contact, meeting


def a_page_thanking(name):
    """A published page naming the person: page content, a revision, a log
    entry and the search index each hold the name."""
    page = StandardPageFactory(
        title="Tak for hjælpen",
        intro=f"Tak til {name} for hjælpen.",
        body=stream(("paragraph", f"<p>{name} læste højt.</p>")),
    )
    page.save_revision().publish()
    return page


class FindingTests(TestCase):
    def setUp(self):
        self.officer = UserFactory(is_superuser=True)
        self.contact, self.meeting = a_person_everywhere(self.officer)
        self.subject = subjects.contact(self.contact.pk)

    def test_every_value_the_contact_ever_had_identifies_it(self):
        self.assertEqual(
            set(self.subject.identifiers),
            {
                f"Mette {CANARY}",
                "old.address@example.org",
                CANARY_EMAIL,
                CANARY_PHONE,
                "4531415926",
            },
        )

    def test_mentions_reach_live_records_history_and_log_entries(self):
        found = {
            (f.place, f.model._meta.model_name) for f in finder.mentions(self.subject)
        }
        for expected in [
            (finder.RECORD, "contact"),
            (finder.RECORD, "meeting"),
            (finder.RECORD, "evaluationanswer"),
            (finder.HISTORY, "historicalcontact"),
            (finder.HISTORY, "historicalmeeting"),
            (finder.HISTORY, "historicalevaluationanswer"),
            (finder.LOG, "modellogentry"),
        ]:
            self.assertIn(expected, found)

    def test_mentions_reach_page_content_revisions_and_the_search_index(self):
        page = a_page_thanking(f"Mette {CANARY}")
        found = {
            (f.place, f.model._meta.model_name) for f in finder.mentions(self.subject)
        }
        self.assertIn((finder.RECORD, "standardpage"), found)
        self.assertIn((finder.REVISION, "revision"), found)
        self.assertIn((finder.INDEX, "indexentry"), found)
        erase(self.subject, self.officer, LegalBasis.REQUEST)
        page.refresh_from_db()
        self.assertNotIn(CANARY, page.intro)
        self.assertNotIn(CANARY, str(page.body.raw_data))
        self.assertNotIn(CANARY, json.dumps(page.latest_revision.content))
        self.assertEqual(finder.mentions(subjects.contact(self.contact.pk)), [])
        results = StandardPage.objects.live().search("hjælpen")
        self.assertEqual([p.pk for p in results], [page.pk])

    def test_a_name_inside_a_longer_word_is_not_the_person(self):
        MeetingFactory(minutes=f"Mette {CANARY}sen kom også")
        meetings = [
            f.pk
            for f in finder.mentions(self.subject)
            if f.place == finder.RECORD and f.model is Meeting
        ]
        self.assertEqual(meetings, [self.meeting.pk])

    def test_a_deleted_contact_is_found_through_its_history(self):
        other = ContactFactory(name="Bodil Kanariefugl")
        pk = other.pk
        other.delete()
        found = subjects.search("Kanariefugl")
        self.assertEqual(
            [(s.kind, s.pk, s.exists) for s in found], [(subjects.CONTACT, pk, False)]
        )

    def test_search_finds_users_and_contacts(self):
        staff = UserFactory(first_name="Mette", last_name=f"{CANARY}sen")
        kinds = {(s.kind, s.pk) for s in subjects.search(CANARY)}
        self.assertEqual(
            kinds, {(subjects.CONTACT, self.contact.pk), (subjects.USER, staff.pk)}
        )

    def test_the_report_holds_record_history_answers_and_mentions(self):
        data = report.report(self.subject)
        self.assertEqual(data["record"]["email"], CANARY_EMAIL)
        self.assertEqual(
            [row["email"] for row in data["history"]],
            ["old.address@example.org", CANARY_EMAIL],
        )
        self.assertIn(CANARY, data["evaluations"][0]["answers"][0]["answer"])
        self.assertTrue(
            any(m["table"] == "partnerships.meeting" for m in data["mentions"])
        )
        self.assertEqual(
            json.loads(report.as_json(data))["person"]["id"], self.contact.pk
        )


class ErasureTests(TestCase):
    def setUp(self):
        self.officer = UserFactory(is_superuser=True)
        self.contact, self.meeting = a_person_everywhere(self.officer)

    def erase(self):
        return erase(
            subjects.contact(self.contact.pk),
            self.officer,
            LegalBasis.REQUEST,
            "Ticket 7",
        )

    def test_the_person_is_gone_from_every_copy_and_the_trail_still_verifies(self):
        erasure = self.erase()
        self.contact.refresh_from_db()
        self.assertEqual(self.contact.name, erasure.pseudonym)
        self.assertEqual((self.contact.email, self.contact.phone), ("", ""))
        self.meeting.refresh_from_db()
        self.assertEqual(self.meeting.participants, f"{erasure.pseudonym}, Ole Hansen")
        self.assertEqual(finder.mentions(subjects.contact(self.contact.pk)), [])
        for model in (Contact, Meeting):
            for row in model.history.all():
                values = " ".join(str(v) for v in row.__dict__.values())
                self.assertNotIn(CANARY.lower(), values.lower())
        log = ModelLogEntry.objects.get(action="wagtail.edit")
        self.assertEqual(log.data, {"note": erasure.pseudonym})
        ok, output = verify()
        self.assertTrue(ok, output)

    def test_the_erasure_is_recorded_without_the_erased_values(self):
        erasure = self.erase()
        self.assertEqual(erasure.erased_by, self.officer)
        self.assertEqual(erasure.legal_basis, LegalBasis.REQUEST)
        self.assertEqual(erasure.note, "Ticket 7")
        self.assertGreater(erasure.changes[finder.HISTORY], 0)
        self.assertGreater(erasure.seals.count(), 0)
        self.assertNotIn(CANARY, json.dumps(erasure.changes))
        newest = self.contact.history.order_by("-history_id").first()
        self.assertEqual(newest.history_user, self.officer)
        self.assertIn(erasure.pseudonym, newest.history_change_reason)

    def test_an_erased_row_changed_afterwards_is_reported(self):
        self.erase()
        seal = ErasureSeal.objects.filter(
            history_model="partnerships.historicalmeeting"
        ).first()
        with _triggers_bypassed(), connection.cursor() as cursor:
            cursor.execute(
                "UPDATE partnerships_historicalmeeting SET title = 'Forged' "
                "WHERE history_id = %s",
                [seal.history_id],
            )
        ok, output = verify()
        self.assertFalse(ok)
        self.assertIn("changed after it was erased", output)

    def test_a_removed_seal_is_reported(self):
        self.erase()
        seal = ErasureSeal.objects.filter(
            history_model="partnerships.historicalcontact"
        ).first()
        with _triggers_bypassed(), connection.cursor() as cursor:
            cursor.execute(
                "DELETE FROM partnerships_erasureseal WHERE id = %s", [seal.pk]
            )
        ok, output = verify()
        self.assertFalse(ok)
        self.assertIn(
            f"history entry {seal.history_id}: its contents were changed", output
        )

    def test_an_already_broken_chain_stops_the_erasure(self):
        row = self.contact.history.order_by("history_id").first()
        with _triggers_bypassed(), connection.cursor() as cursor:
            cursor.execute(
                "UPDATE partnerships_historicalcontact SET role = 'Forged' "
                "WHERE history_id = %s",
                [row.history_id],
            )
        with self.assertRaisesMessage(ValidationError, "allerede brudt"):
            self.erase()
        self.assertFalse(Erasure.objects.exists())
        self.contact.refresh_from_db()
        self.assertIn(CANARY, self.contact.name)

    def test_accounts_the_site_needs_are_not_erased(self):
        sole_admin = UserFactory(is_superuser=True, username="eneste")
        self.officer.is_superuser = False
        self.officer.save()
        for account, message in [
            (self.officer, "din egen konto"),
            (system_user(), "Systemkontoen"),
            (sole_admin, "sidste aktive administrator"),
        ]:
            with (
                self.subTest(account=account.username),
                self.assertRaisesMessage(ValidationError, message),
            ):
                erase(subjects.user(account.pk), self.officer, LegalBasis.REQUEST)
        self.assertFalse(Erasure.objects.exists())

    def test_a_username_that_is_a_word_is_not_erased_from_text(self):
        staff = UserFactory(username="revisor", first_name="Ida", last_name=CANARY)
        meeting = MeetingFactory(minutes=f"Ida {CANARY} er revisor.")
        subject = subjects.user(staff.pk)
        self.assertEqual(subject.identifiers, [f"Ida {CANARY}", "revisor@example.org"])
        erasure = erase(subject, self.officer, LegalBasis.REQUEST)
        meeting.refresh_from_db()
        self.assertEqual(meeting.minutes, f"{erasure.pseudonym} er revisor.")

    def test_a_staff_user_is_pseudonymised_and_cannot_sign_in(self):
        staff = UserFactory(username="mkanarie", first_name="Mette", last_name=CANARY)
        with acting_as(staff):
            MeetingFactory(minutes=f"Referent: Mette {CANARY}")
        ModelLogEntry.objects.log_action(staff, "wagtail.edit", user=self.officer)
        AccessLog.objects.create(
            username="mkanarie", ip_address="192.0.2.7", user_agent="Firefox"
        )
        sign_ins = report.report(subjects.user(staff.pk))["sign_ins"]
        self.assertEqual([row["address"] for row in sign_ins], ["192.0.2.7"])
        self.assertEqual(
            {
                (f.place, f.model._meta.model_name)
                for f in finder.mentions(subjects.user(staff.pk))
                if f.whole
            },
            {(finder.ACCOUNT, "accesslog"), (finder.LOG, "modellogentry")},
        )
        erasure = erase(subjects.user(staff.pk), self.officer, LegalBasis.RETENTION)
        staff.refresh_from_db()
        self.assertEqual(staff.username, erasure.pseudonym)
        self.assertEqual((staff.first_name, staff.last_name, staff.email), ("", "", ""))
        self.assertFalse(staff.is_active)
        self.assertFalse(staff.has_usable_password())
        # The entries they wrote still name them, by the pseudonym.
        self.assertTrue(Meeting.history.filter(history_user=staff).exists())
        self.assertFalse(Meeting.objects.filter(minutes__contains=CANARY).exists())
        self.assertFalse(AccessLog.objects.exists())
        self.assertEqual(
            ModelLogEntry.objects.get(object_id=str(staff.pk)).label, erasure.pseudonym
        )
        ok, output = verify()
        self.assertTrue(ok, output)


def _triggers_bypassed():
    from tests.partnerships.test_tamper import triggers_bypassed

    return triggers_bypassed()


class PostgresGuardTests(TestCase):
    """Only an erasure may rewrite history, and only text."""

    def setUp(self):
        if connection.vendor != "postgresql":
            self.skipTest("the history tables' triggers are PostgreSQL's")
        self.contact = ContactFactory(name="Anna Test")
        self.row = self.contact.history.get()

    def call(self, erasure_id, column="name", table="partnerships_historicalcontact"):
        with transaction.atomic(), connection.cursor() as cursor:
            cursor.execute(
                "SELECT crm_erase_history_text(%s, %s, %s, %s, %s)",
                [erasure_id, table, self.row.history_id, column, "x"],
            )

    def test_without_an_erasure_in_the_transaction_it_is_refused(self):
        with self.assertRaisesMessage(
            DatabaseError, "was not recorded in this transaction"
        ):
            self.call(0)

    def test_hash_and_id_columns_and_other_tables_are_refused(self):
        erasure = Erasure.objects.create(
            erased_by=UserFactory(),
            legal_basis="other",
            subject_kind="contact",
            pseudonym="[slettet person 00000000]",
        )
        for column, table, message in [
            ("entry_hash", "partnerships_historicalcontact", "is not personal data"),
            ("name", "auth_user", "is not a CRM history table"),
            ("history_date", "partnerships_historicalcontact", "is not personal data"),
        ]:
            with (
                self.subTest(column=column),
                self.assertRaisesMessage(DatabaseError, message),
            ):
                self.call(erasure.pk, column, table)

    def test_erasure_records_cannot_be_changed(self):
        erasure = Erasure.objects.create(
            erased_by=UserFactory(),
            legal_basis="other",
            subject_kind="contact",
            pseudonym="[slettet person 00000000]",
        )
        with (
            self.assertRaisesMessage(DatabaseError, "Erasure records are kept"),
            transaction.atomic(),
        ):
            Erasure.objects.filter(pk=erasure.pk).update(note="changed")


class CanaryTests(TransactionTestCase):
    """The issue's proof: after an erasure, the audit trail verifies and a
    dump of the whole database holds the canary nowhere."""

    serialized_rollback = True

    def test_no_copy_of_the_canary_is_left_in_the_database(self):
        officer = UserFactory(is_superuser=True)
        contact, _ = a_person_everywhere(officer)
        a_page_thanking(f"Mette {CANARY}")
        dump = database_dump().lower()
        self.assertIn(CANARY.lower(), dump)
        self.assertIn(CANARY_EMAIL, dump)
        erase(subjects.contact(contact.pk), officer, LegalBasis.REQUEST)
        ok, output = verify()
        self.assertTrue(ok, output)
        dump = database_dump().lower()
        # The name's stem too: PostgreSQL's search index keeps stemmed words.
        for canary in (CANARY.lower()[:-1], CANARY_EMAIL, CANARY_PHONE, "4531415926"):
            self.assertNotIn(canary, dump)


class RetentionTests(TestCase):
    def conclude(self, partnership, years_ago):
        partnership.stage = Stage.CONCLUDED
        partnership.save()
        StageTransition.objects.create(
            partnership=partnership,
            from_stage=Stage.EVALUATION,
            to_stage=Stage.CONCLUDED,
            cycle=1,
            by=UserFactory(),
            at=timezone.now() - timedelta(days=round(365.25 * years_ago)),
        )

    @override_settings(PRIVACY_RETENTION_YEARS=5)
    def test_contacts_of_long_concluded_partnerships_only_are_listed(self):
        old, recent, still_open = (OrganisationFactory() for _ in range(3))
        for organisation, years in [(old, 6), (recent, 2), (still_open, 8)]:
            partnership = PartnershipFactory()
            PartnerRoleFactory(partnership=partnership, organisation=organisation)
            self.conclude(partnership, years)
        PartnerRoleFactory(organisation=still_open)  # a second, open partnership
        due = ContactFactory(organisation=old)
        for organisation in (recent, still_open):
            ContactFactory(organisation=organisation)
        self.assertEqual(list(retention.due_for_review()), [due])
        erase(subjects.contact(due.pk), UserFactory(), LegalBasis.RETENTION)
        self.assertEqual(list(retention.due_for_review()), [])
