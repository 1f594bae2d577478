"""What auditors see: record pages, the CSV export, marked stage moves and the
links from the change log to a partnership as it stood."""

import csv
import io
from datetime import UTC, datetime, timedelta
from unittest import mock

from django.db import connection
from django.test import TestCase
from django.test.utils import CaptureQueriesContext
from django.urls import reverse
from django.utils import formats, timezone
from django.utils.text import capfirst
from django.utils.translation import gettext

from cms import roles
from cms.models import StageGuidance, StageGuidanceLink
from cms.stages import Stage
from partnerships import audit_export
from partnerships.audit import FLAGGED_MOVES
from partnerships.audit_views import MomentForm, moment_param
from partnerships.history import delete_with_reason, save_with_reason
from partnerships.lifecycle import MOVE_LABELS, Move
from partnerships.models import Partnership, StageTransition, Task
from partnerships.services import change_stage
from tests.factories import (
    ContactFactory,
    EvaluationInvitationFactory,
    GuidePageFactory,
    PartnershipFactory,
    TaskFactory,
    UserFactory,
)

LOG = reverse("partnerships_audit_log")


def record_url(model_name, pk):
    return reverse("partnerships_audit_record", args=[model_name, pk])


def csv_rows(response) -> list[dict]:
    """The CSV's rows as dicts keyed by the (translated) header."""
    text = b"".join(response.streaming_content).decode("utf-8")
    return list(csv.DictReader(io.StringIO(text.removeprefix("\ufeff"))))


def column(name):
    """The header of a CSV column, in the language the test runs in."""
    headers = audit_export.header()
    return headers[
        {
            "local": 0,
            "utc": 1,
            "user": 2,
            "user_id": 3,
            "action": 4,
            "mark": 5,
            "type": 6,
            "record_id": 7,
            "record": 8,
            "partnership_id": 9,
            "partnership": 10,
            "changes": 11,
            "reason": 12,
        }[name]
    ]


def flag(move):
    return str(FLAGGED_MOVES[move])


def by_field(model, items) -> dict:
    """{field name: readable value} of a record page's values."""
    names = {str(f.verbose_name): f.name for f in model._meta.concrete_fields}
    return {names[str(item["field"])]: item["value"] for item in items}


def line(model, field, value) -> str:
    """A field's line in the CSV's values and changes."""
    return f"{capfirst(model._meta.get_field(field).verbose_name)}: {value}"


def person(first, last, **kwargs):
    return UserFactory(first_name=first, last_name=last, **kwargs)


class RecordPageTests(TestCase):
    @classmethod
    def setUpTestData(cls):
        cls.auditor = UserFactory(groups=[roles.AUDITORS])
        cls.chapter = GuidePageFactory(title="Klare aftaler")
        cls.chapter.save_revision().publish()
        guidance = StageGuidance(stage=Stage.AGREEMENT)
        guidance.links = [StageGuidanceLink(page=cls.chapter)]
        guidance.save()
        cls.manager = person("Mads", "Bjerregaard", groups=[roles.PROJECT_MANAGERS])
        cls.partnership = PartnershipFactory(
            ready=True, title="Byens fortællinger", project_manager=cls.manager
        )
        cls.forward = change_stage(
            cls.partnership,
            move=Move.FORWARD,
            user=cls.manager,
            expected_stage=Stage.INITIATION,
            reason="Parterne er enige",
        )
        cls.back = change_stage(
            cls.partnership,
            move=Move.BACK,
            user=cls.manager,
            expected_stage=Stage.AGREEMENT,
            reason="Museets bestyrelse vil ændre afsnittet om rettigheder",
        )

    def setUp(self):
        self.client.force_login(self.auditor)

    def test_a_transition_shows_from_to_who_when_why_move_cycle_and_guidance(self):
        response = self.client.get(record_url("stagetransition", self.forward.pk))

        self.assertEqual(response.status_code, 200)
        self.assertContains(response, "<h1", count=1)
        values = by_field(StageTransition, response.context["entries"][-1]["values"])
        self.assertEqual(values["from_stage"], "Initiering")
        self.assertEqual(values["to_stage"], "Aftale")
        self.assertEqual(values["by"], "Mads Bjerregaard")
        self.assertEqual(values["comment"], "Parterne er enige")
        self.assertEqual(values["move"], str(MOVE_LABELS[Move.FORWARD]))
        self.assertEqual(values["cycle"], "1")
        self.assertEqual(values["partnership"], "Byens fortællinger")
        local = timezone.localtime(self.forward.at)
        self.assertEqual(values["at"], formats.date_format(local, "j. M Y H:i:s"))
        for text in ["Initiering", "Aftale", "Mads Bjerregaard", "Parterne er enige"]:
            self.assertContains(response, text)
        self.chapter.refresh_from_db()
        revision = self.chapter.live_revision_id
        self.assertEqual(
            self.forward.guidance_revisions, {str(self.chapter.pk): revision}
        )
        pages = reverse("partnerships_audit_pages")
        self.assertContains(
            response,
            f'<a href="{pages}?side={self.chapter.pk}">Klare aftaler</a>',
            html=True,
        )
        self.assertContains(
            response, gettext("revision %(revision)s") % {"revision": revision}
        )

    def test_a_move_back_is_marked_in_words_on_its_page(self):
        response = self.client.get(record_url("stagetransition", self.back.pk))

        self.assertContains(response, flag(Move.BACK))
        self.assertContains(response, "Museets bestyrelse vil ændre afsnittet")
        forward = self.client.get(record_url("stagetransition", self.forward.pk))
        self.assertNotContains(forward, 'class="crm-flag"')

    def test_a_created_record_shows_every_field_by_its_readable_value(self):
        assignee = person("Ida", "Holm")
        task = TaskFactory(
            partnership=self.partnership,
            title="Book salen",
            stage=Stage.COMMUNICATION,
            assignee=assignee,
            due_date=datetime(2027, 3, 5).date(),
        )

        response = self.client.get(record_url("task", task.pk))

        values = by_field(Task, response.context["entries"][0]["values"])
        self.assertEqual(
            set(values),
            {field.name for field in Task._meta.concrete_fields} - {"id"},
        )
        self.assertEqual(values["title"], "Book salen")
        self.assertEqual(values["partnership"], "Byens fortællinger")
        self.assertEqual(values["stage"], "Kommunikation")
        self.assertEqual(values["assignee"], "Ida Holm")
        self.assertEqual(
            values["due_date"], formats.date_format(task.due_date, "j. M Y")
        )
        self.assertEqual(values["done"], gettext("No"))
        self.assertEqual(values["meeting"], "–")
        self.assertContains(response, "Ida Holm")

    def test_a_deleted_record_shows_its_last_values(self):
        task = TaskFactory(partnership=self.partnership, title="Første udkast")
        task.title = "Sidste udkast"
        save_with_reason(task, self.manager, "Nyt navn")
        task_id = task.pk
        delete_with_reason(task, self.manager, "Ikke nødvendig")

        response = self.client.get(record_url("task", task_id))

        deleted, changed, created = response.context["entries"]
        self.assertEqual(by_field(Task, deleted["values"])["title"], "Sidste udkast")
        self.assertEqual(
            [(c["old"], c["new"]) for c in changed["changes"]],
            [("Første udkast", "Sidste udkast")],
        )
        self.assertEqual(by_field(Task, created["values"])["title"], "Første udkast")
        self.assertContains(response, "Ikke nødvendig")

    def test_an_invitation_for_a_staff_member_is_named_after_the_member(self):
        member = person("Lone", "Kjær")
        invitation = EvaluationInvitationFactory(contact=None, member=member)
        named = EvaluationInvitationFactory(contact=ContactFactory(name="Eva Berg"))

        response = self.client.get(record_url("evaluationinvitation", invitation.pk))
        log = self.client.get(LOG, {"model": "evaluationinvitation"})

        self.assertEqual(response.context["label"], "Lone Kjær")
        labels = {
            entry["record_id"]: entry["label"] for entry in log.context["entries"]
        }
        self.assertEqual(labels[invitation.pk], "Lone Kjær")
        self.assertEqual(labels[named.pk], "Eva Berg")


class ChangeLogMarksTests(TestCase):
    @classmethod
    def setUpTestData(cls):
        cls.auditor = UserFactory(groups=[roles.AUDITORS])
        cls.partnership = PartnershipFactory(ready=True, title="Læseklub")
        manager = cls.partnership.project_manager
        for move, stage, reason in [
            (Move.FORWARD, Stage.INITIATION, ""),
            (Move.BACK, Stage.AGREEMENT, "Partneren trak sig"),
            (Move.END_EARLY, Stage.INITIATION, "Ingen midler"),
        ]:
            change_stage(
                cls.partnership,
                move=move,
                user=manager,
                expected_stage=stage,
                reason=reason,
            )

    def setUp(self):
        self.client.force_login(self.auditor)

    def test_moves_back_and_early_ends_are_marked_in_the_list(self):
        response = self.client.get(LOG, {"partnership": self.partnership.pk})

        flags = [str(e["flag"]) for e in response.context["entries"] if e["flag"]]
        # The transition and the partnership's stage change, for each move.
        self.assertEqual(
            sorted(flags), sorted([flag(Move.BACK), flag(Move.END_EARLY)] * 2)
        )
        self.assertContains(response, 'class="crm-flag"', count=4)
        self.assertContains(response, flag(Move.END_EARLY), count=2)

    def test_an_early_end_from_evaluation_is_not_taken_for_a_forward_move(self):
        partnership = PartnershipFactory(ready=True, title="Sommerlæsning")
        partnership.stage = Stage.EVALUATION
        partnership.save()
        change_stage(
            partnership,
            move=Move.END_EARLY,
            user=partnership.project_manager,
            expected_stage=Stage.EVALUATION,
            reason="Partneren lukker",
        )

        entries = self.client.get(
            LOG, {"partnership": partnership.pk, "model": "partnership"}
        ).context["entries"]

        self.assertEqual(str(entries[0]["flag"]), flag(Move.END_EARLY))

    def test_each_line_links_to_the_partnership_as_it_stood_after_it(self):
        partnership = PartnershipFactory(title="Før")
        first = partnership.history.get().history_date
        partnership.title = "Efter"
        partnership._history_date = first + timedelta(milliseconds=5)
        partnership.save()
        TaskFactory(partnership=partnership, title="Ryd op")

        entries = self.client.get(LOG, {"partnership": partnership.pk}).context[
            "entries"
        ]
        links = {(e["model_name"], e["history_type"]): e["as_of_url"] for e in entries}

        def title_at(url):
            return self.client.get(url).context["state"]["partnership"].title

        self.assertEqual(title_at(links["partnership", "+"]), "Før")
        self.assertEqual(title_at(links["partnership", "~"]), "Efter")
        self.assertEqual(title_at(links["task", "+"]), "Efter")
        self.assertContains(
            self.client.get(LOG, {"partnership": partnership.pk}),
            links["task", "+"].replace("&", "&amp;"),
        )

    def test_a_stage_moves_line_links_to_the_partnership_in_its_new_stage(self):
        entries = self.client.get(
            LOG, {"partnership": self.partnership.pk, "model": "stagetransition"}
        ).context["entries"]

        stages = [
            self.client.get(e["as_of_url"]).context["state"]["partnership"].stage
            for e in entries
        ]
        # Newest first: ended early, moved back, moved forward.
        self.assertEqual(stages, [Stage.CONCLUDED, Stage.INITIATION, Stage.AGREEMENT])

    def test_a_line_of_a_record_outside_partnerships_has_no_partnership_link(self):
        ContactFactory(name="Eva Berg")

        entries = self.client.get(LOG, {"model": "contact"}).context["entries"]

        self.assertEqual(entries[0]["as_of_url"], "")


class MomentParamTests(TestCase):
    def test_the_link_moment_reads_back_as_the_same_moment_or_just_after(self):
        for moment in [
            datetime(2026, 12, 3, 11, 53, 27, 123456, tzinfo=UTC),
            datetime(2026, 6, 1, 8, 0, 0, 0, tzinfo=UTC),
            # 02:30 happens twice in Copenhagen on 25 October 2026.
            datetime(2026, 10, 25, 0, 30, 0, 500, tzinfo=UTC),
            datetime(2026, 10, 25, 1, 30, 0, 500, tzinfo=UTC),
        ]:
            with self.subTest(moment=moment):
                form = MomentForm({"at": moment_param(moment)})
                self.assertTrue(form.is_valid(), form.errors)
                read = form.cleaned_data["at"]
                self.assertGreaterEqual(read, moment)
                self.assertLess(read - moment, timedelta(milliseconds=1))


class ChangeLogCsvTests(TestCase):
    @classmethod
    def setUpTestData(cls):
        cls.auditor = UserFactory(groups=[roles.AUDITORS])
        cls.manager = person("Mads", "Bjerregaard", groups=[roles.PROJECT_MANAGERS])
        cls.partnership = PartnershipFactory(
            ready=True, title="Byens fortællinger", project_manager=cls.manager
        )
        cls.partnership.title = "Byens nye fortællinger"
        save_with_reason(cls.partnership, cls.manager, "Ny titel")
        change_stage(
            cls.partnership,
            move=Move.FORWARD,
            user=cls.manager,
            expected_stage=Stage.INITIATION,
        )
        change_stage(
            cls.partnership,
            move=Move.BACK,
            user=cls.manager,
            expected_stage=Stage.AGREEMENT,
            reason="Partneren trak sig",
        )
        task = TaskFactory(partnership=cls.partnership, title="Book salen")
        delete_with_reason(task, cls.manager, "Dobbelt")

    def setUp(self):
        self.client.force_login(self.auditor)

    def rows(self, **params):
        response = self.client.get(LOG, {"export": "csv", **params})
        self.assertEqual(response["Content-Type"], "text/csv; charset=utf-8")
        return csv_rows(response)

    def test_rows_name_the_user_the_record_and_the_partnership(self):
        rows = self.rows(partnership=self.partnership.pk, model="partnership")

        retitled = next(r for r in rows if r[column("reason")] == "Ny titel")
        self.assertEqual(retitled[column("user")], "Mads Bjerregaard")
        self.assertEqual(retitled[column("user_id")], str(self.manager.pk))
        self.assertEqual(retitled[column("record")], "Byens nye fortællinger")
        self.assertEqual(retitled[column("partnership")], "Byens nye fortællinger")
        self.assertEqual(retitled[column("partnership_id")], str(self.partnership.pk))
        self.assertEqual(
            retitled[column("changes")],
            line(Partnership, "title", "Byens fortællinger → Byens nye fortællinger"),
        )

    def test_a_creation_lists_every_value_and_a_deletion_the_last_ones(self):
        rows = self.rows(partnership=self.partnership.pk, model="task")

        deleted, created = rows
        for row in rows:
            values = row[column("changes")].splitlines()
            self.assertIn(line(Task, "title", "Book salen"), values)
            self.assertIn(line(Task, "partnership", "Byens nye fortællinger"), values)
        self.assertEqual(deleted[column("reason")], "Dobbelt")
        self.assertEqual(
            len(created[column("changes")].splitlines()),
            len([f for f in Task._meta.concrete_fields if f.name != "id"]),
        )

    def test_stage_moves_show_from_to_and_backward_moves_are_marked(self):
        rows = self.rows(partnership=self.partnership.pk, model="stagetransition")

        back, forward = rows
        self.assertEqual(back[column("mark")], flag(Move.BACK))
        self.assertEqual(forward[column("mark")], "")
        values = back[column("changes")].splitlines()
        self.assertIn(line(StageTransition, "from_stage", "Aftale"), values)
        self.assertIn(line(StageTransition, "to_stage", "Initiering"), values)
        self.assertIn(line(StageTransition, "by", "Mads Bjerregaard"), values)
        self.assertIn(line(StageTransition, "comment", "Partneren trak sig"), values)
        moved_back = self.rows(partnership=self.partnership.pk, model="partnership")
        marks = [r[column("mark")] for r in moved_back]
        self.assertEqual(marks.count(flag(Move.BACK)), 1)
        self.assertEqual(marks.count(""), len(marks) - 1)

    def test_times_are_given_in_local_time_and_in_utc(self):
        rows = self.rows(partnership=self.partnership.pk, model="partnership")
        history = list(
            self.partnership.history.order_by("-history_date", "-history_id")
        )

        self.assertEqual(len(rows), len(history))
        for row, record in zip(rows, history, strict=True):
            local = timezone.localtime(record.history_date)
            self.assertEqual(row[column("local")], local.strftime("%Y-%m-%d %H:%M:%S"))
            self.assertEqual(
                datetime.fromisoformat(row[column("utc")]), record.history_date
            )
            self.assertNotEqual(
                row[column("local")], row[column("utc")][:19].replace("T", " ")
            )

    def test_text_people_typed_never_becomes_a_formula(self):
        self.partnership.title = '=HYPERLINK("https://example.org")'
        save_with_reason(self.partnership, self.manager, "@SUM(1)")

        row = self.rows(partnership=self.partnership.pk, model="partnership")[0]

        for name in ["record", "partnership", "reason"]:
            self.assertEqual(row[column(name)][0], "'", name)
        self.assertFalse(row[column("changes")].startswith(("=", "@", "+", "-")))

    def test_the_file_is_the_same_whatever_the_batch_size(self):
        whole = self.client.get(LOG, {"export": "csv"})
        whole = b"".join(whole.streaming_content)

        with mock.patch.object(audit_export, "BATCH", 3):
            batched = self.client.get(LOG, {"export": "csv"})
            batched = b"".join(batched.streaming_content)

        self.assertEqual(batched, whole)
        self.assertGreater(whole.count(b"\n"), 3 * 3)


class QueryCountTests(TestCase):
    """The log and its CSV cost the same queries for a few rows or many."""

    @classmethod
    def setUpTestData(cls):
        cls.auditor = UserFactory(groups=[roles.AUDITORS])

    def setUp(self):
        self.client.force_login(self.auditor)

    def add_history(self, number):
        """Every kind of row the log names: creations, changes, deletions,
        moves forward and back, and links to since-deleted records."""
        partnership = PartnershipFactory(ready=True, title=f"Partnerskab {number}")
        manager = partnership.project_manager
        partnership.title = f"Partnerskab {number} (ny titel)"
        save_with_reason(partnership, manager, "Ny titel")
        change_stage(
            partnership,
            move=Move.FORWARD,
            user=manager,
            expected_stage=Stage.INITIATION,
        )
        change_stage(
            partnership,
            move=Move.BACK,
            user=manager,
            expected_stage=Stage.AGREEMENT,
            reason="Tilbage",
        )
        task = TaskFactory(partnership=partnership, assignee=manager)
        task.done = True
        save_with_reason(task, manager, "Færdig")
        delete_with_reason(task, manager, "Væk")
        gone = PartnershipFactory(title=f"Nedlagt {number}")
        delete_with_reason(gone, manager, "Oprettet ved en fejl")
        EvaluationInvitationFactory(
            round__partnership=partnership, contact=None, member=manager
        )
        EvaluationInvitationFactory(round__partnership=partnership)

    def queries(self, params):
        with CaptureQueriesContext(connection) as captured:
            response = self.client.get(LOG, params)
            if params.get("export"):
                b"".join(response.streaming_content)
        return len(captured)

    def test_the_csv_costs_the_same_queries_for_more_rows(self):
        self.add_history(1)
        few = self.queries({"export": "csv"})
        rows = Partnership.history.count()
        for number in range(2, 8):
            self.add_history(number)
        self.assertGreater(Partnership.history.count(), 4 * rows)

        self.assertEqual(self.queries({"export": "csv"}), few)

    def test_the_log_page_costs_the_same_queries_for_more_rows(self):
        self.add_history(1)
        few = self.queries({"action": "~"})
        for number in range(2, 8):
            self.add_history(number)

        self.assertEqual(self.queries({"action": "~"}), few)
