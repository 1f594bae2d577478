"""The CRM API (/api/crm/) answers each role as the admin does: the same
permission rules, the same audited services, the same refusals."""

from django.db import connection
from django.test import TestCase, override_settings
from django.test.utils import CaptureQueriesContext
from django.utils.translation import gettext
from rest_framework.authtoken.models import Token
from wagtail.models import ModelLogEntry

from cms import roles
from cms.stages import Stage
from partnerships import concurrency, lifecycle
from partnerships.api.views import CONCLUDED
from partnerships.concurrency import version_of
from partnerships.forms import TASK_OUTSIDE_THE_TEAM
from partnerships.history import save_with_reason
from partnerships.lifecycle import Move
from partnerships.models import (
    Contact,
    Organisation,
    Partnership,
    StageTransition,
    Task,
    TeamMember,
)
from tests.factories import (
    ContactFactory,
    OrganisationFactory,
    PartnershipFactory,
    TaskFactory,
    UserFactory,
)

API = "/api/crm/"


# What a browser asks for.
BROWSER = "text/html,application/xhtml+xml,*/*;q=0.8"


class APITestCase(TestCase):
    @classmethod
    def setUpTestData(cls):
        cls.manager = UserFactory(groups=[roles.PROJECT_MANAGERS])
        cls.colleague = UserFactory(groups=[roles.PROJECT_MANAGERS])
        cls.outsider = UserFactory(groups=[roles.PROJECT_MANAGERS])
        cls.auditor = UserFactory(groups=[roles.AUDITORS])
        cls.editor = UserFactory(groups=[roles.EDITORS])
        cls.admin = UserFactory(is_superuser=True)
        cls.partnership = PartnershipFactory(
            title="Læseklub", project_manager=cls.manager, ready=True
        )
        TeamMember.objects.create(partnership=cls.partnership, user=cls.colleague)
        cls.concluded = PartnershipFactory(project_manager=cls.manager)
        Partnership.objects.filter(pk=cls.concluded.pk).update(stage=Stage.CONCLUDED)
        cls.task = TaskFactory(partnership=cls.partnership, assignee=cls.colleague)
        cls.organisation = OrganisationFactory(name="Kulturhuset")
        cls.contact = ContactFactory(organisation=cls.organisation)

    def as_user(self, user):
        """Send the requests that follow with ``user``'s API token."""
        token, _created = Token.objects.get_or_create(user=user)
        self.client.defaults["HTTP_AUTHORIZATION"] = f"Token {token.key}"

    def get(self, path, user=None, **params):
        if user is not None:
            self.as_user(user)
        return self.client.get(API + path, params)

    def post(self, path, data, user=None):
        if user is not None:
            self.as_user(user)
        return self.client.post(API + path, data, content_type="application/json")

    def patch(self, path, data, user=None):
        if user is not None:
            self.as_user(user)
        return self.client.patch(API + path, data, content_type="application/json")

    def url(self, obj, suffix=""):
        collection = {
            Partnership: "partnerships",
            Organisation: "organisations",
            Contact: "contacts",
            Task: "tasks",
        }[type(obj)]
        return f"{collection}/{obj.pk}/{suffix}"


class AuthenticationTests(APITestCase):
    def test_anonymous_requests_are_told_to_authenticate(self):
        for path in [
            "partnerships/",
            self.url(self.partnership),
            "organisations/",
            "contacts/",
            "tasks/",
            "change-log/",
            self.url(self.partnership, "history/"),
        ]:
            with self.subTest(path=path):
                response = self.client.get(API + path)
                self.assertEqual(response.status_code, 401)
                self.assertEqual(response["WWW-Authenticate"], "Token")

    def test_an_unknown_token_is_refused(self):
        self.client.defaults["HTTP_AUTHORIZATION"] = "Token " + "0" * 40
        self.assertEqual(self.client.get(API + "partnerships/").status_code, 401)

    def test_a_valid_token_reads_as_its_user(self):
        response = self.get("partnerships/", self.manager)
        self.assertEqual(response.status_code, 200)
        self.assertIn("Læseklub", [row["title"] for row in response.json()["results"]])

    def test_a_signed_in_session_works_too(self):
        self.client.force_login(self.auditor)
        self.assertEqual(self.client.get(API + "partnerships/").status_code, 200)

    def test_json_answers_carry_the_content_security_policy(self):
        response = self.get("partnerships/", self.manager)
        self.assertEqual(response["Content-Type"], "application/json")
        self.assertIn("default-src 'self'", response["Content-Security-Policy"])

    @override_settings(PAGE_CACHE_SECONDS=60)
    def test_an_answer_to_a_token_is_never_kept_for_others(self):
        self.as_user(self.manager)
        response = self.client.get(API + "partnerships/", HTTP_ACCEPT=BROWSER)
        self.assertEqual(response.status_code, 200)
        self.assertEqual(response["Content-Type"], "application/json")

        del self.client.defaults["HTTP_AUTHORIZATION"]
        response = self.client.get(API + "partnerships/", HTTP_ACCEPT=BROWSER)
        self.assertEqual(response.status_code, 401)
        self.assertNotContains(response, "Læseklub", status_code=401)


class ReadPermissionTests(APITestCase):
    READABLE = ["partnerships/", "organisations/", "contacts/", "tasks/"]

    def test_editors_read_nothing_of_the_crm(self):
        for path in [*self.READABLE, self.url(self.partnership)]:
            with self.subTest(path=path):
                self.assertEqual(self.get(path, self.editor).status_code, 403)

    def test_auditors_managers_and_administrators_read_every_register(self):
        for user in (self.auditor, self.outsider, self.admin):
            for path in [*self.READABLE, self.url(self.partnership)]:
                with self.subTest(user=user.username, path=path):
                    self.assertEqual(self.get(path, user).status_code, 200)

    def test_a_project_manager_reads_partnerships_they_are_not_on(self):
        response = self.get(self.url(self.partnership), self.outsider)

        self.assertEqual(response.json()["title"], "Læseklub")
        self.assertEqual(response.json()["version"], version_of(self.partnership))
        self.assertEqual(response.json()["team"], [self.colleague.pk])

    def test_lists_are_paged_by_25(self):
        Organisation.objects.bulk_create(
            Organisation(name=f"Forening {n}", sector="culture") for n in range(30)
        )
        response = self.get("organisations/", self.manager)
        self.assertEqual(response.json()["count"], Organisation.objects.count())
        self.assertEqual(len(response.json()["results"]), 25)

    def test_list_queries_do_not_grow_with_the_rows(self):
        self.as_user(self.manager)
        for path in self.READABLE:
            with self.subTest(path=path):
                with CaptureQueriesContext(connection) as few:
                    self.client.get(API + path)
                PartnershipFactory.create_batch(3, project_manager=self.manager)
                TaskFactory.create_batch(3, partnership=self.partnership)
                ContactFactory.create_batch(3)
                with self.assertNumQueries(len(few)):
                    self.client.get(API + path)

    def test_tasks_are_filtered_by_partnership(self):
        TaskFactory(partnership=self.concluded)
        response = self.get("tasks/", self.manager, partnership=self.partnership.pk)
        self.assertEqual(
            [row["id"] for row in response.json()["results"]], [self.task.pk]
        )

    def test_a_filter_with_a_word_for_an_id_is_refused(self):
        response = self.get("tasks/", self.manager, partnership="nogle")
        self.assertEqual(response.status_code, 400)


class PartnershipWriteTests(APITestCase):
    def test_members_change_their_open_partnership_with_history(self):
        for user in (self.manager, self.colleague, self.admin):
            with self.subTest(user=user.username):
                response = self.patch(
                    self.url(self.partnership), {"purpose": f"Af {user}"}, user
                )
                self.assertEqual(response.status_code, 200, response.content)
                self.partnership.refresh_from_db()
                self.assertEqual(self.partnership.purpose, f"Af {user}")
                latest = self.partnership.history.first()
                self.assertEqual(latest.history_user, user)

    def test_others_may_not_change_it_and_nothing_changes(self):
        before = version_of(self.partnership)
        for user in (self.outsider, self.auditor, self.editor):
            with self.subTest(user=user.username):
                response = self.patch(
                    self.url(self.partnership), {"purpose": "Kapret"}, user
                )
                self.assertEqual(response.status_code, 403)
        self.assertEqual(version_of(self.partnership), before)

    def test_a_concluded_partnership_is_refused_with_the_reason(self):
        response = self.patch(self.url(self.concluded), {"title": "Nyt"}, self.manager)

        self.assertEqual(response.status_code, 403)
        self.assertEqual(response.json()["detail"], str(CONCLUDED))

    def test_the_stage_cannot_be_set_by_an_edit(self):
        self.patch(self.url(self.partnership), {"stage": Stage.CONCLUDED}, self.manager)
        self.partnership.refresh_from_db()
        self.assertEqual(self.partnership.stage, Stage.INITIATION)

    def test_a_stale_version_is_refused_with_409(self):
        version = self.get(self.url(self.partnership), self.manager).json()["version"]
        save_with_reason(self.partnership, self.colleague, "Imellemtiden")
        self.partnership.title = "Ændret af en anden"
        save_with_reason(self.partnership, self.colleague, "Imellemtiden")

        response = self.patch(
            self.url(self.partnership), {"purpose": "Mit", "version": version}
        )

        self.assertEqual(response.status_code, 409)
        self.assertEqual(response.json()["errors"], [str(concurrency.CONFLICT)])
        self.partnership.refresh_from_db()
        self.assertNotEqual(self.partnership.purpose, "Mit")

    def test_the_current_version_is_accepted(self):
        version = self.get(self.url(self.partnership), self.manager).json()["version"]
        response = self.patch(
            self.url(self.partnership), {"purpose": "Mit", "version": version}
        )
        self.assertEqual(response.status_code, 200)
        self.assertNotEqual(response.json()["version"], version)

    def test_the_model_rules_apply(self):
        response = self.patch(
            self.url(self.partnership),
            {"start_date": "2026-05-01", "end_date": "2026-04-01"},
            self.manager,
        )
        self.assertEqual(response.status_code, 400)
        self.assertIn("end_date", response.json())

    def test_project_managers_create_partnerships_they_manage(self):
        response = self.post("partnerships/", {"title": "Ny"}, self.outsider)

        self.assertEqual(response.status_code, 201, response.content)
        created = Partnership.objects.get(pk=response.json()["id"])
        self.assertEqual(created.project_manager, self.outsider)
        self.assertEqual(created.history.get().history_user, self.outsider)
        self.assertTrue(
            ModelLogEntry.objects.filter(
                action="wagtail.create", object_id=str(created.pk)
            ).exists()
        )

    def test_auditors_and_editors_create_none(self):
        for user in (self.auditor, self.editor):
            with self.subTest(user=user.username):
                response = self.post("partnerships/", {"title": "Ny"}, user)
                self.assertEqual(response.status_code, 403)
        self.assertFalse(Partnership.objects.filter(title="Ny").exists())

    def test_only_people_who_may_manage_are_made_project_manager(self):
        response = self.post(
            "partnerships/",
            {"title": "Ny", "project_manager": self.auditor.pk},
            self.manager,
        )
        self.assertEqual(response.status_code, 400)
        self.assertIn("project_manager", response.json())

    def test_nothing_is_deleted_through_the_api(self):
        self.as_user(self.admin)
        response = self.client.delete(API + self.url(self.partnership))
        self.assertEqual(response.status_code, 405)


class StageChangeTests(APITestCase):
    def move(self, partnership, user, move=Move.FORWARD, **data):
        return self.post(
            self.url(partnership, "stage/"),
            {"move": move, "expected_stage": partnership.stage, **data},
            user,
        )

    def test_a_member_moves_through_the_gate_with_history_naming_them(self):
        response = self.move(self.partnership, self.colleague, reason="Klar")

        self.assertEqual(response.status_code, 200, response.content)
        self.assertEqual(response.json()["stage"], Stage.AGREEMENT)
        transition = StageTransition.objects.get(partnership=self.partnership)
        self.assertEqual(transition.by, self.colleague)
        self.assertEqual(self.partnership.history.first().history_user, self.colleague)

    def test_an_unmet_gate_is_refused_with_what_is_missing(self):
        bare = PartnershipFactory(project_manager=self.manager)

        response = self.move(bare, self.manager)

        self.assertEqual(response.status_code, 400)
        unmet = lifecycle.unmet_conditions(Stage.AGREEMENT, bare.facts())
        self.assertEqual(response.json()["errors"], [str(c) for c in unmet])
        bare.refresh_from_db()
        self.assertEqual(bare.stage, Stage.INITIATION)
        self.assertFalse(StageTransition.objects.filter(partnership=bare).exists())

    def test_a_stale_stage_is_a_conflict(self):
        response = self.post(
            self.url(self.partnership, "stage/"),
            {"move": Move.FORWARD, "expected_stage": Stage.AGREEMENT},
            self.manager,
        )
        self.assertEqual(response.status_code, 409)
        self.assertEqual(response.json()["errors"], [str(concurrency.CONFLICT)])

    def test_a_move_back_needs_a_reason(self):
        self.move(self.partnership, self.manager)
        self.partnership.refresh_from_db()

        response = self.move(self.partnership, self.manager, move=Move.BACK)

        self.assertEqual(response.status_code, 400)
        self.assertEqual(
            response.json()["errors"], [gettext("Give a reason for this move.")]
        )

    def test_a_move_that_does_not_exist_is_refused(self):
        response = self.move(self.partnership, self.manager, move="teleport")
        self.assertEqual(response.status_code, 400)

    def test_non_members_may_not_move_it(self):
        for user in (self.outsider, self.auditor, self.editor):
            with self.subTest(user=user.username):
                response = self.move(self.partnership, user)
                self.assertEqual(response.status_code, 403)
        self.partnership.refresh_from_db()
        self.assertEqual(self.partnership.stage, Stage.INITIATION)

    def test_an_administrator_may_move_any(self):
        self.assertEqual(self.move(self.partnership, self.admin).status_code, 200)


class RegisterWriteTests(APITestCase):
    def test_project_managers_create_and_change_organisations_and_contacts(self):
        response = self.post(
            "organisations/", {"name": "Museet", "sector": "culture"}, self.manager
        )
        self.assertEqual(response.status_code, 201, response.content)
        museum = Organisation.objects.get(name="Museet")
        self.assertEqual(museum.history.get().history_user, self.manager)

        response = self.patch(self.url(self.contact), {"role": "Leder"})
        self.assertEqual(response.status_code, 200, response.content)
        self.contact.refresh_from_db()
        self.assertEqual(self.contact.history.first().history_user, self.manager)

    def test_auditors_and_editors_change_no_register(self):
        for user in (self.auditor, self.editor):
            for path, data in [
                ("organisations/", {"name": "X", "sector": "culture"}),
                ("contacts/", {"name": "X"}),
            ]:
                with self.subTest(user=user.username, path=path):
                    self.assertEqual(self.post(path, data, user).status_code, 403)
            with self.subTest(user=user.username, path="patch"):
                response = self.patch(self.url(self.organisation), {"notes": "X"})
                self.assertEqual(response.status_code, 403)

    def test_a_stale_organisation_is_refused_with_409(self):
        version = self.get(self.url(self.organisation), self.manager).json()["version"]
        self.organisation.notes = "Imellemtiden"
        save_with_reason(self.organisation, self.colleague, "Imellemtiden")

        response = self.patch(
            self.url(self.organisation), {"notes": "Mit", "version": version}
        )

        self.assertEqual(response.status_code, 409)
        self.organisation.refresh_from_db()
        self.assertEqual(self.organisation.notes, "Imellemtiden")

    def test_a_duplicate_name_is_refused(self):
        response = self.post(
            "organisations/", {"name": "Kulturhuset", "sector": "culture"}, self.manager
        )
        self.assertEqual(response.status_code, 400)
        self.assertIn("name", response.json())


class TaskWriteTests(APITestCase):
    def test_members_add_and_change_tasks_with_history(self):
        response = self.post(
            "tasks/",
            {
                "partnership": self.partnership.pk,
                "title": "Book lokale",
                "assignee": self.colleague.pk,
            },
            self.manager,
        )
        self.assertEqual(response.status_code, 201, response.content)
        task = Task.objects.get(pk=response.json()["id"])
        self.assertEqual(task.history.get().history_user, self.manager)

        response = self.patch(self.url(self.task), {"done": True}, self.colleague)
        self.assertEqual(response.status_code, 200, response.content)
        self.assertEqual(self.task.history.first().history_user, self.colleague)

    def test_non_members_change_no_task(self):
        for user in (self.outsider, self.auditor, self.editor):
            with self.subTest(user=user.username):
                response = self.patch(self.url(self.task), {"done": True}, user)
                self.assertEqual(response.status_code, 403)
                response = self.post(
                    "tasks/",
                    {"partnership": self.partnership.pk, "title": "Kapret"},
                    user,
                )
                self.assertEqual(response.status_code, 403)
        self.task.refresh_from_db()
        self.assertFalse(self.task.done)
        self.assertFalse(Task.objects.filter(title="Kapret").exists())

    def test_a_task_goes_only_to_the_team(self):
        response = self.patch(
            self.url(self.task), {"assignee": self.outsider.pk}, self.manager
        )
        self.assertEqual(response.status_code, 400)
        self.assertEqual(response.json()["assignee"], [str(TASK_OUTSIDE_THE_TEAM)])

    def test_tasks_of_a_concluded_partnership_are_refused(self):
        response = self.post(
            "tasks/", {"partnership": self.concluded.pk, "title": "Sent"}, self.manager
        )
        self.assertEqual(response.status_code, 403)
        self.assertEqual(response.json()["detail"], str(CONCLUDED))
        self.assertFalse(Task.objects.filter(title="Sent").exists())

    def test_a_stale_task_is_refused_with_409(self):
        version = self.get(self.url(self.task), self.manager).json()["version"]
        self.task.title = "Ændret af en anden"
        save_with_reason(self.task, self.colleague, "Imellemtiden")

        response = self.patch(self.url(self.task), {"done": True, "version": version})

        self.assertEqual(response.status_code, 409)
        self.task.refresh_from_db()
        self.assertFalse(self.task.done)

    def test_a_task_stays_in_its_partnership(self):
        self.patch(
            self.url(self.task), {"partnership": self.concluded.pk}, self.manager
        )
        self.task.refresh_from_db()
        self.assertEqual(self.task.partnership, self.partnership)


class HistoryTests(APITestCase):
    def test_auditors_and_administrators_read_a_partnerships_history(self):
        self.patch(self.url(self.partnership), {"purpose": "Nyt"}, self.manager)
        for user in (self.auditor, self.admin):
            with self.subTest(user=user.username):
                response = self.get(self.url(self.partnership, "history/"), user)
                self.assertEqual(response.status_code, 200)
                newest = response.json()["results"][0]
                self.assertEqual(
                    (newest["model_name"], newest["action"], newest["user"]),
                    ("partnership", "changed", self.manager.username),
                )

    def test_no_one_else_reads_the_history(self):
        for user in (self.manager, self.colleague, self.outsider, self.editor):
            for path in (self.url(self.partnership, "history/"), "change-log/"):
                with self.subTest(user=user.username, path=path):
                    self.assertEqual(self.get(path, user).status_code, 403)

    def test_the_history_is_read_only(self):
        self.as_user(self.auditor)
        for method in (self.client.post, self.client.put, self.client.delete):
            with self.subTest(method=method.__name__):
                response = method(API + self.url(self.partnership, "history/"))
                self.assertEqual(response.status_code, 405)

    def test_the_change_log_is_filtered_and_paged_without_a_count(self):
        for n in range(30):
            self.organisation.notes = f"Note {n}"
            save_with_reason(self.organisation, self.manager, "Test")

        response = self.get("change-log/", self.auditor, model="organisation")

        body = response.json()
        self.assertEqual(len(body["results"]), 25)
        self.assertNotIn("count", body)
        self.assertIn("page=2", body["next"])
        self.assertEqual(
            {row["model_name"] for row in body["results"]}, {"organisation"}
        )
        second = self.client.get(body["next"]).json()
        total = Organisation.history.count()
        self.assertEqual(len(second["results"]), total - 25)
        self.assertIsNone(second["next"])

    def test_a_bad_filter_is_refused(self):
        response = self.get("change-log/", self.auditor, since="i går")
        self.assertEqual(response.status_code, 400)
        self.assertIn("since", response.json())


class SchemaTests(APITestCase):
    def test_the_openapi_schema_describes_the_crm_api(self):
        response = self.client.get("/api/schema/", {"format": "json"})
        self.assertEqual(response.status_code, 401)

        self.as_user(self.manager)
        schema = self.client.get("/api/schema/", {"format": "json"}).json()
        self.assertIn("/api/crm/partnerships/{id}/stage/", schema["paths"])
        self.assertIn("tokenAuth", schema["components"]["securitySchemes"])
