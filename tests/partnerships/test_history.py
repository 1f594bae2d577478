import ast
import re
from pathlib import Path

from django.apps import apps
from django.conf import settings
from django.contrib.auth import get_user_model
from django.test import SimpleTestCase, TestCase
from django.urls import reverse

from partnerships.history import SYSTEM_USERNAME, acting_as
from partnerships.models import Organisation
from tests.factories import OrganisationFactory, UserFactory

BULK_WRITES = {"update", "bulk_create", "bulk_update", "raw", "extra"}
QUERYSET = re.compile(r"\b(objects|filter|exclude|all|select_for_update|history)\b")
CODE = ["partnerships", "demo", "cms", "home"]
# Statements that read, or set a session's or role's rights, and write no rows.
READING_SQL = ("SELECT", "SET ", "GRANT ", "REVOKE ")
# Files whose raw SQL writes no CRM rows, and why.
NOT_CRM_WRITES = {
    "cms/workflow_names.py": "renames Wagtail's default workflow, not CRM data",
    "partnerships/management/commands/grant_runtime_role.py": "grants rights",
    "partnerships/management/commands/check_runtime_role.py": (
        "tries the writes the runtime role must be refused, and rolls back"
    ),
    "cms/backups/database.py": (
        "reads the server version and object owners and refreshes planner "
        "statistics (ANALYZE); a restore replaces the whole database and then "
        "verifies the trail against the archive's checkpoints"
    ),
    "partnerships/verification.py": (
        "reads history tables with a SELECT built from their columns"
    ),
    "partnerships/privacy/erasure.py": (
        "an erasure rewrites history rows under its record and seals them "
        "(docs/privacy.md); tracked live records it saves"
    ),
}


def untracked_model_names() -> set[str]:
    """Class names of models without history (and no tracked model's name)."""
    models = apps.get_models()
    tracked = {
        m.__name__
        for m in models
        if hasattr(m._meta, "simple_history_manager_attribute")
    }
    return {m.__name__ for m in models} - tracked


def bulk_writes(path: Path):
    """Queryset bulk writes and raw SQL in one source file."""
    for node in ast.walk(ast.parse(path.read_text())):
        if not (isinstance(node, ast.Call) and isinstance(node.func, ast.Attribute)):
            continue
        receiver = ast.unparse(node.func.value)
        bulk = (
            node.func.attr in BULK_WRITES
            and QUERYSET.search(receiver)
            and receiver.split(".")[0] not in untracked_model_names()
        )
        sql = (
            node.args[0].value
            if node.args and isinstance(node.args[0], ast.Constant)
            else ""
        )
        raw_sql = (
            node.func.attr == "execute"
            and "cursor" in receiver
            and not str(sql).lstrip().upper().startswith(READING_SQL)
        )
        if bulk or raw_sql:
            yield f"{path}:{node.lineno}: {ast.unparse(node)[:80]}"


class NoHistoryBypassTests(SimpleTestCase):
    """QuerySet.update(), bulk_create() and raw SQL write no history rows, so
    the CRM's code may not use them."""

    def test_no_code_writes_around_the_history(self):
        base = Path(settings.BASE_DIR)
        found = [
            finding
            for package in CODE
            for path in (base / package).rglob("*.py")
            if "migrations" not in path.parts
            and str(path.relative_to(base)) not in NOT_CRM_WRITES
            for finding in bulk_writes(path)
        ]
        self.assertEqual(found, [])

    def test_the_scan_finds_a_bypass(self):
        sample = (
            Path(settings.BASE_DIR) / "tests" / "partnerships" / "bypass_sample.txt"
        )
        sample.write_text(
            "Organisation.objects.filter(pk=1).update(name='x')\n"
            "context.update({'a': 1})\n"
            "cursor.execute('DELETE FROM x')\n"
            "cursor.execute('SET TRANSACTION READ ONLY')\n"
            "Organisation.objects.bulk_create([])\n"
            "Session.objects.filter(pk=1).delete()\n"
            "StaticDevice.objects.bulk_create([])\n"
        )
        try:
            self.assertEqual(len(list(bulk_writes(sample))), 3)
        finally:
            sample.unlink()


class ActingUserTests(TestCase):
    def test_a_write_without_a_person_is_attributed_to_the_system_user(self):
        organisation = OrganisationFactory()

        user = organisation.history.get().history_user
        self.assertEqual(user.username, SYSTEM_USERNAME)
        self.assertFalse(user.has_usable_password())
        self.assertFalse(user.is_active)

    def test_acting_as_attributes_writes_to_that_person(self):
        person = UserFactory()
        with acting_as(person):
            organisation = OrganisationFactory()

        self.assertEqual(organisation.history.get().history_user, person)
        self.assertEqual(Organisation.history.filter(history_user=None).count(), 0)


class UserDeletionTests(TestCase):
    def test_a_user_named_in_the_audit_trail_is_kept_and_told_to_deactivate(self):
        person = UserFactory()
        with acting_as(person):
            OrganisationFactory()
        admin = UserFactory(username="root-admin")
        admin.is_superuser = True
        admin.save()
        self.client.force_login(admin)
        url = reverse("wagtailusers_users:delete", args=[person.pk])

        response = self.client.post(url)

        self.assertRedirects(
            response, reverse("wagtailusers_users:edit", args=[person.pk])
        )
        self.assertTrue(get_user_model().objects.filter(pk=person.pk).exists())

    def test_a_user_without_crm_traces_can_still_be_deleted(self):
        person = UserFactory()
        admin = UserFactory(username="root-admin")
        admin.is_superuser = True
        admin.save()
        self.client.force_login(admin)

        self.client.post(reverse("wagtailusers_users:delete", args=[person.pk]))

        self.assertFalse(get_user_model().objects.filter(pk=person.pk).exists())
