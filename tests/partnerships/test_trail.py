import os
from io import StringIO

import pytest
from django.contrib.auth import get_user_model
from django.core.management import CommandError, call_command
from django.db import connection
from django.test import TestCase
from django.urls import reverse

from cms import roles
from partnerships.history import acting_as
from partnerships.models import (
    Challenge,
    ClauseTemplate,
    Organisation,
    Questionnaire,
    Risk,
)
from tests.factories import (
    AgreementClauseFactory,
    ChallengeFactory,
    ClauseTemplateFactory,
    EvaluationRoundFactory,
    OrganisationFactory,
    QuestionnaireFactory,
    RiskFactory,
    UserFactory,
)


def verify():
    out = StringIO()
    call_command("verify_history", stdout=out)
    return out.getvalue()


class DeletedLinkTargetTests(TestCase):
    """Deleting an editor's template clears the links to it with history."""

    def setUp(self):
        self.editor = UserFactory(groups=[roles.EDITORS])

    def assert_unlinked_with_history(self, record, field, deleted_title):
        newest = record.history.order_by("history_id").last()
        self.assertIsNone(getattr(type(record).objects.get(pk=record.pk), field))
        self.assertIsNone(getattr(newest, f"{field}_id"))
        self.assertEqual(newest.history_user, self.editor)
        self.assertIn(f"{deleted_title}” (", newest.history_change_reason)
        self.assertIn("The audit trail is intact.", verify())

    def test_deleting_a_challenge_in_the_snippets_admin_unlinks_its_risks(self):
        challenge = ChallengeFactory(title="Uklare roller")
        risk = RiskFactory(challenge=challenge)
        self.client.force_login(self.editor)
        url = reverse(
            Challenge.snippet_viewset.get_url_name("delete"), args=[challenge.pk]
        )

        response = self.client.post(url)

        self.assertEqual(response.status_code, 302)
        self.assertFalse(Challenge.objects.filter(pk=challenge.pk).exists())
        self.assert_unlinked_with_history(risk, "challenge", "Uklare roller")

    def test_deleting_clause_templates_in_bulk_unlinks_their_clauses(self):
        template = ClauseTemplateFactory(heading="Formål")
        clause = AgreementClauseFactory(template=template)
        self.client.force_login(self.editor)
        url = reverse(
            "wagtail_bulk_action",
            args=["partnerships", "clausetemplate", "delete"],
        )

        response = self.client.post(f"{url}?id={template.pk}")

        self.assertEqual(response.status_code, 302)
        self.assertFalse(ClauseTemplate.objects.filter(pk=template.pk).exists())
        self.assert_unlinked_with_history(clause, "template", "Formål")

    def test_deleting_a_questionnaire_unlinks_its_rounds(self):
        questionnaire = QuestionnaireFactory(title="Midtvejs")
        evaluation_round = EvaluationRoundFactory(questionnaire=questionnaire)

        with acting_as(self.editor):
            questionnaire.delete()

        self.assertFalse(Questionnaire.objects.filter(pk=questionnaire.pk).exists())
        self.assert_unlinked_with_history(evaluation_round, "questionnaire", "Midtvejs")

    def test_records_deleted_along_with_another_get_no_extra_row(self):
        risk = RiskFactory(challenge=ChallengeFactory())
        rows = risk.history.count()

        risk.partnership.delete()

        self.assertFalse(Risk.objects.filter(pk=risk.pk).exists())
        self.assertEqual(risk.history.count(), rows + 1)
        self.assertEqual(risk.history.order_by("history_id").last().history_type, "-")


class BulkUserDeletionTests(TestCase):
    def setUp(self):
        admin = UserFactory(username="root-admin")
        admin.is_superuser = True
        admin.save()
        self.client.force_login(admin)
        self.url = reverse("wagtail_bulk_action", args=["auth", "user", "delete"])

    def test_users_named_in_the_audit_trail_are_kept_and_none_is_deleted(self):
        named = UserFactory(first_name="Ida", last_name="Holm")
        with acting_as(named):
            OrganisationFactory()
        other = UserFactory()

        response = self.client.post(
            f"{self.url}?id={named.pk}&id={other.pk}&next=/admin/users/", follow=True
        )

        self.assertEqual(response.status_code, 200)
        users = get_user_model().objects
        self.assertTrue(users.filter(pk=named.pk).exists())
        self.assertTrue(users.filter(pk=other.pk).exists())
        message = str(list(response.context["messages"])[0])
        self.assertIn("Ida Holm", message)
        self.assertIn("ingen konti blev slettet", message)

    def test_users_without_crm_traces_can_be_deleted_in_bulk(self):
        people = UserFactory.create_batch(2)

        self.client.post(f"{self.url}?id={people[0].pk}&id={people[1].pk}")

        self.assertFalse(
            get_user_model().objects.filter(pk__in=[p.pk for p in people]).exists()
        )


class RuntimeRoleCommandTests(TestCase):
    def test_roles_are_postgresql_only(self):
        if connection.vendor == "postgresql":
            self.skipTest("SQLite only")
        for command in [("grant_runtime_role", "byg"), ("check_runtime_role",)]:
            with (
                self.subTest(command=command[0]),
                self.assertRaisesMessage(CommandError, "PostgreSQL only"),
            ):
                call_command(*command, stdout=StringIO())


@pytest.mark.postgres
class RuntimeRoleTests(TestCase):
    """The least-privileged role the site runs as on PostgreSQL."""

    def setUp(self):
        self.role = f"byg_runtime_test_{os.getpid()}"
        with connection.cursor() as cursor:
            cursor.execute(f"CREATE ROLE {self.role}")

    def run_as_role(self, *command):
        out = StringIO()
        with connection.cursor() as cursor:
            cursor.execute(f"SET LOCAL ROLE {self.role}")
        try:
            call_command(*command, stdout=out)
        finally:
            with connection.cursor() as cursor:
                cursor.execute("RESET ROLE")
        return out.getvalue()

    def test_the_granted_role_writes_with_history_and_cannot_change_it(self):
        call_command("grant_runtime_role", self.role, "--execute", stdout=StringIO())

        output = self.run_as_role("check_runtime_role")

        self.assertIn(
            "Refused: TRUNCATE partnerships_historicalorganisation (permission denied",
            output,
        )
        self.assertIn("Refused: DROP TRIGGER", output)
        self.assertIn("Refused: CREATE TABLE", output)
        self.assertIn("Refused: SELECT crm_erase_history_text(0", output)
        self.assertIn("Refused: UPDATE partnerships_erasure", output)
        self.assertIn("its history verifies", output)
        self.assertIn("cannot change the audit trail", output)
        self.assertIn("The audit trail is intact.", self.run_as_role("verify_history"))
        # Nothing the check wrote is kept.
        self.assertFalse(
            Organisation.history.filter(name="check_runtime_role").exists()
        )

    def test_the_check_fails_for_the_tables_owner(self):
        with self.assertRaisesMessage(CommandError, "DROP TRIGGER"):
            call_command("check_runtime_role", stdout=StringIO())

    def test_the_grants_give_history_tables_select_and_insert_only(self):
        out = StringIO()
        call_command("grant_runtime_role", self.role, stdout=out)

        statements = out.getvalue()
        self.assertIn(
            f'GRANT SELECT, INSERT ON "partnerships_historicalorganisation" TO '
            f'"{self.role}"',
            statements,
        )
        self.assertIn(
            'GRANT SELECT, INSERT, UPDATE ON "partnerships_chaincheckpoint" TO',
            statements,
        )
        self.assertIn(
            'GRANT SELECT, INSERT, UPDATE, DELETE ON "partnerships_organisation" TO',
            statements,
        )

    def test_an_unknown_or_superuser_role_is_refused(self):
        for role, message in [
            ("byg_no_such_role", "There is no role"),
            ("postgres", "is a superuser"),
        ]:
            with (
                self.subTest(role=role),
                self.assertRaisesMessage(CommandError, message),
            ):
                call_command("grant_runtime_role", role, stdout=StringIO())
