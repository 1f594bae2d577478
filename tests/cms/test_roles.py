from django.contrib.auth.models import Group, Permission
from django.db import connection
from django.db.migrations.executor import MigrationExecutor
from django.test import TestCase

from cms import roles
from cms.migrations._frozen import grant, revoke


class RoleGroupTests(TestCase):
    def test_every_role_exists_and_can_reach_the_admin(self):
        for name in [
            roles.EDITORS,
            roles.MODERATORS,
            roles.PROJECT_MANAGERS,
            roles.AUDITORS,
            roles.PRIVACY_OFFICERS,
        ]:
            with self.subTest(role=name):
                group = Group.objects.get(name=name)
                self.assertTrue(
                    group.permissions.filter(codename="access_admin").exists()
                )

    def test_crm_roles_get_no_page_permissions(self):
        for name in [roles.PROJECT_MANAGERS, roles.AUDITORS, roles.PRIVACY_OFFICERS]:
            with self.subTest(role=name):
                group = Group.objects.get(name=name)
                self.assertFalse(group.page_permissions.exists())

    def test_auditors_hold_no_write_permission(self):
        writes = Permission.objects.filter(
            group__name=roles.AUDITORS,
            codename__regex=r"^(add|change|delete)_",
        )
        self.assertEqual(list(writes.values_list("codename", flat=True)), [])

    def test_privacy_officers_may_only_read_and_record_erasures(self):
        codenames = Permission.objects.filter(
            group__name=roles.PRIVACY_OFFICERS
        ).values_list("content_type__app_label", "codename")
        self.assertEqual(
            sorted(codenames),
            [
                ("partnerships", "add_erasure"),
                ("partnerships", "view_erasure"),
                ("wagtailadmin", "access_admin"),
            ],
        )


class GrantTests(TestCase):
    """The helpers migrations use to give roles their permissions."""

    def test_grant_creates_the_group_and_adds_permissions(self):
        apps = MigrationExecutor(connection).loader.project_state().apps

        grant(apps, "Testers", ["wagtailadmin.access_admin"])
        revoke(apps, "Testers", ["wagtailadmin.access_admin"])
        grant(apps, "Testers", ["auth.view_group"])

        group = Group.objects.get(name="Testers")
        self.assertEqual(
            list(group.permissions.values_list("codename", flat=True)),
            ["view_group"],
        )
