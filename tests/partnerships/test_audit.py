import csv
import io

from django.db import connection
from django.test import TestCase
from django.test.utils import CaptureQueriesContext
from django.urls import reverse
from django.utils import timezone

from cms import roles
from cms.stages import Stage
from partnerships import audit, audit_export
from partnerships.audit import change_log, describe, partnership_as_of
from partnerships.audit_values import field_changes
from partnerships.history import acting_as
from partnerships.lifecycle import Move
from partnerships.models import (
    CaseProposal,
    Organisation,
    PartnerRole,
    Partnership,
    Task,
    TeamMember,
)
from partnerships.services import change_stage
from tests.factories import (
    GuidePageFactory,
    OrganisationFactory,
    PartnershipFactory,
    UserFactory,
)

LOG = reverse("partnerships_audit_log")


class AuditWorkspaceAccessTests(TestCase):
    @classmethod
    def setUpTestData(cls):
        cls.partnership = PartnershipFactory(ready=True)
        cls.urls = [
            LOG,
            LOG + "?export=csv",
            reverse(
                "partnerships_audit_record", args=["partnership", cls.partnership.pk]
            ),
            reverse("partnerships_audit_as_of", args=[cls.partnership.pk]),
        ]

    def test_auditors_read_it_and_no_one_else_does(self):
        for groups, expected in [
            ([roles.AUDITORS], 200),
            ([roles.PROJECT_MANAGERS], 403),
            ([roles.EDITORS], 403),
        ]:
            self.client.force_login(UserFactory(groups=groups))
            for url in self.urls:
                with self.subTest(groups=groups, url=url):
                    status = self.client.get(url).status_code
                    if expected == 200:
                        self.assertEqual(status, 200)
                    else:
                        self.assertIn(status, {302, 403})

    def test_the_workspace_refuses_writes(self):
        self.client.force_login(UserFactory(groups=[roles.AUDITORS]))

        for url in self.urls:
            with self.subTest(url=url):
                self.assertEqual(self.client.post(url).status_code, 405)


class ChangeLogTests(TestCase):
    @classmethod
    def setUpTestData(cls):
        cls.auditor = UserFactory(groups=[roles.AUDITORS])
        cls.partnership = PartnershipFactory(ready=True, title="Læseklub")
        cls.manager = cls.partnership.project_manager
        change_stage(
            cls.partnership,
            move=Move.FORWARD,
            user=cls.manager,
            expected_stage=Stage.INITIATION,
            reason="Klar til aftale",
        )
        change_stage(
            cls.partnership,
            move=Move.BACK,
            user=cls.manager,
            expected_stage=Stage.AGREEMENT,
            reason="Partneren trak sig",
        )

    def setUp(self):
        self.client.force_login(self.auditor)

    def test_rows_name_the_partnership_by_its_current_or_last_title(self):
        self.partnership.title = "Læseklub for unge"
        self.partnership.save()
        gone = PartnershipFactory(title="Nedlagt")
        gone_id = gone.pk
        gone.title = "Nedlagt til sidst"
        gone.save()
        gone.delete()

        entries = self.client.get(LOG).context["entries"]
        titles = {e["partnership_ref"]: e["partnership_title"] for e in entries}

        self.assertEqual(titles[self.partnership.pk], "Læseklub for unge")
        self.assertEqual(titles[gone_id], "Nedlagt til sidst")

    def test_shows_who_moved_it_back_and_why(self):
        response = self.client.get(
            LOG, {"partnership": self.partnership.pk, "model": "partnership"}
        )

        entries = response.context["entries"]
        self.assertEqual(entries[0]["user"], self.manager)
        self.assertIn("Partneren trak sig", entries[0]["history_change_reason"])
        self.assertEqual(entries[-1]["action"], "created")

    def test_filters_by_action_user_and_dates(self):
        def count(**params):
            # The export lists every matching change; a page, only some.
            response = self.client.get(LOG, {**params, "export": "csv"})
            content = b"".join(response.streaming_content).decode()
            return len(list(csv.reader(io.StringIO(content)))) - 1

        total = count()
        self.assertGreater(total, count(action="~"))
        self.assertEqual(count(user=self.auditor.pk), 0)
        self.assertEqual(count(since="2000-01-01", until="2000-01-02"), 0)
        today = timezone.localdate().isoformat()
        self.assertEqual(count(since=today, until=today), total)

    def test_every_change_is_listed_once(self):
        proposal = CaseProposal.objects.create(
            partnership=self.partnership, cycle=1, proposed_by=self.manager
        )

        rows = [(row["model_name"], row["history_id"]) for row in change_log()]

        self.assertEqual(len(rows), len(set(rows)))
        created = proposal.history.get().history_id
        self.assertEqual(rows.count(("caseproposal", created)), 1)
        only = change_log(model="caseproposal")
        self.assertEqual([row["history_id"] for row in only], [created])

    def test_bad_filter_says_so_and_shows_nothing(self):
        response = self.client.get(LOG, {"since": "not-a-date"})

        self.assertContains(response, 'role="alert"')
        self.assertEqual(response.context["page"].paginator.count, 0)

    def test_csv_export_lists_every_matching_change(self):
        response = self.client.get(LOG, {"export": "csv", "model": "stagetransition"})

        rows = list(
            csv.reader(io.StringIO(b"".join(response.streaming_content).decode()))
        )
        self.assertEqual(
            rows[0], ["\ufeff" + audit_export.header()[0]] + audit_export.header()[1:]
        )
        self.assertEqual(len(rows), 1 + 2)

    def test_csv_export_never_hands_a_spreadsheet_a_formula(self):
        self.partnership.title = "Ny titel"
        self.partnership._change_reason = '=HYPERLINK("https://example.org")'
        self.partnership.save()

        response = self.client.get(LOG, {"export": "csv", "model": "partnership"})

        rows = list(
            csv.reader(io.StringIO(b"".join(response.streaming_content).decode()))
        )
        reasons = [row[-1] for row in rows[1:]]
        self.assertIn('\'=HYPERLINK("https://example.org")', reasons)
        self.assertFalse([r for r in reasons if r.startswith("=")])

    def test_page_costs_the_same_number_of_queries_with_more_changes(self):
        def queries():
            with CaptureQueriesContext(connection) as captured:
                self.client.get(LOG)
            return len(captured)

        # At most one query per kind of record on the page, plus a fixed few.
        budget = len(audit.TRACKED) + 8
        self.assertLessEqual(queries(), budget)
        for number in range(60):
            OrganisationFactory(name=f"Forening {number}")
        self.assertLessEqual(queries(), budget)


class FieldDiffTests(TestCase):
    def test_text_foreign_key_and_stage_changes_are_readable(self):
        partnership = PartnershipFactory(ready=True, title="Før")
        other = UserFactory(first_name="Ida", last_name="Ny")
        partnership.title = "Efter"
        partnership.project_manager = other
        partnership.save()
        new, old = list(partnership.history.all()[:2])

        changes = {
            str(c["field"]): (c["old"], c["new"]) for c in field_changes(new, old)
        }

        self.assertEqual(changes["titel"], ("Før", "Efter"))
        self.assertEqual(changes["projektleder"][1], "Ida Ny")

    def test_deleted_related_record_is_still_named(self):
        organisation = Organisation.objects.create(
            name="Gammel forening", sector="other"
        )
        partnership = PartnershipFactory()
        role = PartnerRole.objects.create(
            partnership=partnership, organisation=organisation
        )
        role_id = role.pk
        other = OrganisationFactory(name="Ny forening")
        role.organisation = other
        role.save()
        role.delete()
        organisation.delete()

        changed, created = list(
            PartnerRole.history.filter(
                id=role_id, history_type__in=["+", "~"]
            ).order_by("-history_id")
        )
        changes = field_changes(changed, created)

        self.assertEqual(changes[0]["old"], "Gammel forening (slettet)")
        self.assertEqual(changes[0]["new"], "Ny forening")

    def test_stage_changes_show_in_the_record_history_page(self):
        partnership = PartnershipFactory(ready=True)
        change_stage(
            partnership,
            move=Move.FORWARD,
            user=partnership.project_manager,
            expected_stage=Stage.INITIATION,
        )
        self.client.force_login(UserFactory(groups=[roles.AUDITORS]))

        response = self.client.get(
            reverse("partnerships_audit_record", args=["partnership", partnership.pk])
        )

        self.assertContains(response, "<td>Initiering</td><td>Aftale</td>", html=True)


class PointInTimeTests(TestCase):
    def test_reconstructs_stage_partners_and_tasks_at_a_past_moment(self):
        partnership = PartnershipFactory(ready=True)
        partnership.tasks.add(Task(title="Første opgave"))
        partnership.save()
        before = timezone.now()
        with acting_as(partnership.project_manager):
            change_stage(
                partnership,
                move=Move.FORWARD,
                user=partnership.project_manager,
                expected_stage=Stage.INITIATION,
            )
            partnership.tasks.add(Task(title="Anden opgave"))
            partnership.save()

        past = partnership_as_of(partnership.pk, before)
        now = partnership_as_of(partnership.pk, timezone.now())

        self.assertEqual(past["partnership"].stage, Stage.INITIATION)
        self.assertEqual([t.title for t in past["tasks"]], ["Første opgave"])
        self.assertEqual(len(past["partners"]), 1)
        self.assertEqual(now["partnership"].stage, Stage.AGREEMENT)
        self.assertEqual(len(now["tasks"]), 2)
        self.assertIsNone(
            partnership_as_of(partnership.pk, timezone.now().replace(year=2000))
        )
        self.assertEqual(Partnership.objects.get().stage, Stage.AGREEMENT)


class PageHistoryTests(TestCase):
    def test_auditors_see_page_changes_without_page_permissions(self):
        chapter = GuidePageFactory(title="Klare aftaler")
        editor = UserFactory(groups=[roles.EDITORS])
        chapter.title = "Klare aftaler, nu"
        chapter.save_revision(user=editor, log_action=True)
        url = reverse("partnerships_audit_pages")

        self.client.force_login(UserFactory(groups=[roles.AUDITORS]))
        response = self.client.get(url, {"side": chapter.pk})

        self.assertEqual(response.status_code, 200)
        self.assertContains(response, "Klare aftaler")
        self.assertContains(response, editor.get_full_name())
        self.client.force_login(UserFactory(groups=[roles.PROJECT_MANAGERS]))
        self.assertIn(self.client.get(url).status_code, {302, 403})


class ManyToManyHistoryTests(TestCase):
    def test_team_and_goal_changes_are_named_rows_in_the_change_log(self):
        partnership = PartnershipFactory(ready=True)
        colleague = UserFactory(first_name="Ida", last_name="Holm")
        partnership_rows = partnership.history.count()

        partnership.team_members.add(TeamMember(user=colleague))
        partnership.save()
        partnership.team_members.clear()
        partnership.save()

        self.assertEqual(partnership.history.count(), partnership_rows)
        rows = describe(
            list(change_log(partnerships=[partnership.pk], model="teammember"))
        )
        self.assertEqual([r["action"] for r in rows], ["deleted", "created"])
        self.assertEqual({r["label"] for r in rows}, {"Ida Holm"})
        goals = describe(
            list(change_log(partnerships=[partnership.pk], model="partnershipgoal"))
        )
        self.assertEqual(len(goals), 1)
        self.assertEqual(goals[0]["label"], str(partnership.goal_links.get().goal))
