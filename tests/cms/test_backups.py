"""manage.py backup and restore (cms/backups/), on SQLite and PostgreSQL.

Restoring replaces the test database, so those tests are transactional and
reload the migrated content afterwards (serialized_rollback)."""

import gzip
import hashlib
import io
import json
import os
import stat
import tarfile
import time
from io import StringIO
from pathlib import Path
from tempfile import TemporaryDirectory
from unittest import mock

import pytest
import wagtail_factories
from django.apps import apps
from django.conf import settings
from django.contrib.contenttypes.models import ContentType
from django.core.files.base import ContentFile
from django.core.files.storage import default_storage, storages
from django.core.files.uploadedfile import SimpleUploadedFile
from django.core.management import CommandError, call_command
from django.db import connection
from django.db.migrations.loader import MigrationLoader
from django.test import SimpleTestCase, TransactionTestCase, override_settings

from cms.backups import media
from cms.backups.archive import DATABASE, MANIFEST, archives_in
from partnerships.history import save_with_reason, system_user
from partnerships.models import Agreement, Organisation, Partnership
from tests.factories import AgreementFactory, OrganisationFactory, PartnershipFactory

PDF = b"%PDF-1.4\n% underskrevet aftale\n"


def backup(output_dir: Path, **options) -> Path:
    call_command("backup", output_dir=output_dir, stdout=StringIO(), **options)
    return archives_in(output_dir)[-1]


def restore(archive: Path, *args, **options) -> str:
    out = StringIO()
    options.setdefault("interactive", False)
    call_command("restore", str(archive), *args, stdout=out, **options)
    return out.getvalue()


def rewrite(archive: Path, change_manifest=None, members=None, rename=None) -> None:
    """Rewrite ``archive`` as a consistent archive with a changed manifest,
    members (name → new bytes, their checksums updated) and/or members
    renamed (old name → new)."""
    members = members or {}
    with tarfile.open(archive) as tar:
        contents = {info.name: tar.extractfile(info).read() for info in tar}
    contents.update(members)
    manifest = json.loads(contents.pop(MANIFEST))
    for old, new in (rename or {}).items():
        contents[new] = contents.pop(old)
        manifest["members"][new] = manifest["members"].pop(old)
    for name in members:
        manifest["members"][name] = {
            "sha256": hashlib.sha256(contents[name]).hexdigest(),
            "size": len(contents[name]),
        }
    if change_manifest:
        change_manifest(manifest)
    contents = {MANIFEST: json.dumps(manifest).encode(), **contents}
    with tarfile.open(archive, "w") as tar:
        for name, data in contents.items():
            info = tarfile.TarInfo(name)
            info.size = len(data)
            tar.addfile(info, io.BytesIO(data))


def flip_byte(archive: Path, member: str) -> None:
    with tarfile.open(archive) as tar:
        info = tar.getmember(member)
    with archive.open("r+b") as file:
        file.seek(info.offset_data + info.size // 2)
        byte = file.read(1)
        file.seek(-1, io.SEEK_CUR)
        file.write(bytes([byte[0] ^ 0xFF]))


class MediaFolders:
    """Media and private media in a folder of the test's own, replaced by a
    restore without touching anyone else's files."""

    nested_private = False

    def setUp(self):
        super().setUp()
        self.folder = Path(self.enterContext(TemporaryDirectory()))
        self.media_root = self.folder / "media"
        self.private_root = (
            self.media_root / "private"
            if self.nested_private
            else self.folder / "private"
        )
        private = {"BACKEND": "django.core.files.storage.FileSystemStorage"}
        private["OPTIONS"] = {"location": self.private_root, "base_url": None}
        self.enterContext(
            override_settings(
                MEDIA_ROOT=self.media_root,
                STORAGES={**settings.STORAGES, "private": private},
            )
        )
        # The agreement's file field took its storage when models were loaded.
        field = Agreement._meta.get_field("signed_scan")
        self.enterContext(mock.patch.object(field, "storage", storages["private"]))
        self.backups = self.folder / "backups"


class RestoreTestCase(MediaFolders, TransactionTestCase):
    serialized_rollback = True

    def tearDown(self):
        # Restore empties the content type cache; reloading the snapshot
        # afterwards would then create content types anew before their rows.
        for model in apps.get_models(include_auto_created=True):
            ContentType.objects.get_for_model(model, for_concrete_model=False)
        super().tearDown()


class RoundTripTests(RestoreTestCase):
    def test_restore_brings_back_the_backed_up_data_and_files(self):
        partnership = PartnershipFactory(title="Læselyst på havnen")
        image = wagtail_factories.ImageFactory(title="Havnen")
        image_bytes = default_storage.open(image.file.name).read()
        agreement = AgreementFactory(
            partnership=partnership, signed_scan=SimpleUploadedFile("aftale.pdf", PDF)
        )
        scan = agreement.signed_scan.name
        entries = Partnership.history.count()
        archive = backup(self.backups)

        partnership.title = "Ændret bagefter"
        save_with_reason(partnership, system_user(), "Efter backuppen")
        OrganisationFactory(name="Kommer senere")
        default_storage.delete(image.file.name)
        storages["private"].delete(scan)
        default_storage.save("later.txt", ContentFile(b"senere"))

        output = restore(archive)

        partnership.refresh_from_db()
        self.assertEqual(partnership.title, "Læselyst på havnen")
        self.assertEqual(Partnership.history.count(), entries)
        self.assertFalse(Organisation.objects.filter(name="Kommer senere").exists())
        self.assertEqual(default_storage.open(image.file.name).read(), image_bytes)
        self.assertEqual(storages["private"].open(scan).read(), PDF)
        self.assertFalse(default_storage.exists("later.txt"))
        self.assertIn("The audit trail is intact.", output)
        self.assertEqual(
            [path.name for path in self.media_root.iterdir()], ["original_images"]
        )

    def test_an_archive_made_before_a_key_change_restores_with_the_old_key_as_fallback(
        self,
    ):
        OrganisationFactory(name="Teatret")
        archive = backup(self.backups)
        new_keys = override_settings(
            SECRET_KEY="the-new-key", SECRET_KEY_FALLBACKS=[settings.SECRET_KEY]
        )

        with new_keys:
            output = restore(archive, skip_media=True)

        self.assertIn("The audit trail is intact.", output)
        self.assertTrue(Organisation.objects.filter(name="Teatret").exists())


class UnverifiedTrailTests(RestoreTestCase):
    def test_a_trail_that_does_not_verify_fails_with_its_problems(self):
        organisation = OrganisationFactory(name="Teatret")
        archive = backup(self.backups)
        organisation.notes = "Efter backuppen"
        save_with_reason(organisation, system_user(), "Efter backuppen")
        newer = StringIO()
        call_command("export_checkpoints", stdout=newer)
        # Checkpoints that name an entry the archive's database lacks.
        checkpoints = gzip.compress(newer.getvalue().encode())
        rewrite(archive, members={"checkpoints.json.gz": checkpoints})
        out = StringIO()

        with self.assertRaisesMessage(CommandError, "does not verify"):
            call_command("restore", str(archive), interactive=False, stdout=out)

        problem = f"#{organisation.pk}: entry"
        self.assertIn(problem, out.getvalue())
        self.assertIn("rolled back since", out.getvalue())


class RefusalTests(RestoreTestCase):
    """An archive this site cannot take changes nothing."""

    nested_private = True

    def setUp(self):
        super().setUp()
        self.organisation = OrganisationFactory(name="Før backuppen")
        default_storage.save("before.txt", ContentFile(b"foer"))
        self.archive = backup(self.backups)
        self.organisation.name = "Efter backuppen"
        save_with_reason(self.organisation, system_user(), "Efter backuppen")
        default_storage.save("after.txt", ContentFile(b"efter"))

    def assertNothingChanged(self):
        self.organisation.refresh_from_db()
        self.assertEqual(self.organisation.name, "Efter backuppen")
        self.assertTrue(default_storage.exists("after.txt"))
        self.assertEqual(
            sorted(path.name for path in self.media_root.iterdir()),
            ["after.txt", "before.txt"],
        )

    def test_a_damaged_member_is_refused(self):
        member = DATABASE[connection.vendor]
        flip_byte(self.archive, member)

        with self.assertRaisesMessage(CommandError, f"{member} is damaged"):
            restore(self.archive)

        self.assertNothingChanged()

    def test_a_truncated_archive_is_refused(self):
        with self.archive.open("r+b") as file:
            file.truncate(self.archive.stat().st_size // 2)

        with self.assertRaises(CommandError):
            restore(self.archive)

        self.assertNothingChanged()

    def test_another_secret_key_is_refused_and_print_secrets_shows_the_archives(self):
        with override_settings(SECRET_KEY="another-key", SECRET_KEY_FALLBACKS=[]):
            with self.assertRaisesMessage(CommandError, "--print-secrets"):
                restore(self.archive)
            printed = restore(self.archive, print_secrets=True)

        self.assertEqual(printed, f"SECRET_KEY={settings.SECRET_KEY}\n")
        self.assertNothingChanged()

    def test_secrets_are_printed_only_when_asked(self):
        output = restore(self.archive)

        self.assertNotIn(settings.SECRET_KEY, output)

    def test_another_database_vendor_is_refused(self):
        other = "sqlite" if connection.vendor == "postgresql" else "postgresql"

        def other_vendor(manifest):
            manifest["database"]["vendor"] = other

        rename = {DATABASE[connection.vendor]: DATABASE[other]}
        rewrite(self.archive, other_vendor, rename=rename)

        with self.assertRaisesMessage(CommandError, f"holds a {other} database"):
            restore(self.archive)
        self.assertNothingChanged()

    def test_an_archive_from_newer_code_is_refused(self):
        def future(manifest):
            manifest["migrations"]["partnerships"] = "9999_from_the_future"

        rewrite(self.archive, future)

        with self.assertRaisesMessage(
            CommandError, "partnerships.9999_from_the_future"
        ):
            restore(self.archive)
        self.assertNothingChanged()

    def test_media_escaping_their_folder_are_refused(self):
        evil = io.BytesIO()
        with tarfile.open(fileobj=evil, mode="w") as tar:
            info = tarfile.TarInfo("../outside.txt")
            info.size = 4
            tar.addfile(info, io.BytesIO(b"evil"))
        rewrite(self.archive, members={"media.tar": evil.getvalue()})

        with self.assertRaisesMessage(CommandError, "cannot be unpacked"):
            restore(self.archive)

        self.assertFalse((self.folder / "outside.txt").exists())
        self.assertNothingChanged()

    def test_no_answer_but_yes_cancels(self):
        answer = mock.patch("builtins.input", return_value="no")
        with answer as asked, self.assertRaisesMessage(CommandError, "cancelled"):
            restore(self.archive, interactive=True)

        self.assertIn(
            f"This replaces the database {connection.settings_dict['NAME']} and the "
            "media files",
            asked.call_args.args[0],
        )
        self.assertNothingChanged()


class BackupTests(MediaFolders, TransactionTestCase):
    serialized_rollback = True

    def test_the_archive_is_private_and_checksums_every_member(self):
        default_storage.save("plan.txt", ContentFile(b"plan"))

        archive = backup(self.backups)

        self.assertEqual(stat.S_IMODE(archive.stat().st_mode), 0o600)
        with tarfile.open(archive) as tar:
            names = tar.getnames()
            manifest = json.loads(tar.extractfile(MANIFEST).read())
            for name, expected in manifest["members"].items():
                data = tar.extractfile(name).read()
                self.assertEqual(hashlib.sha256(data).hexdigest(), expected["sha256"])
                self.assertEqual(len(data), expected["size"])
            secrets = json.loads(tar.extractfile("secrets.json").read())
        self.assertEqual(names[0], MANIFEST)
        self.assertEqual(sorted(names[1:]), sorted(manifest["members"]))
        self.assertEqual(manifest["database"]["vendor"], connection.vendor)
        latest = dict(MigrationLoader(connection).graph.leaf_nodes())
        self.assertEqual(manifest["migrations"]["partnerships"], latest["partnerships"])
        self.assertEqual(set(manifest["versions"]), {"django", "wagtail", "python"})
        self.assertTrue(manifest["created"].endswith("+00:00"))
        self.assertEqual(manifest["media"]["media.tar"]["files"], 1)
        self.assertEqual(secrets["SECRET_KEY"], settings.SECRET_KEY)
        self.assertEqual(archive.parent, self.backups)
        self.assertEqual(list(self.backups.iterdir()), [archive])

    def test_keep_deletes_only_the_older_archives(self):
        self.backups.mkdir()
        older = [
            self.backups / f"byg-backup-2020010{day}T000000Z.tar" for day in (1, 2, 3)
        ]
        for path in older:
            path.write_bytes(b"old")
        other = self.backups / "byg-backup-notes.tar"
        other.write_bytes(b"not an archive")

        archive = backup(self.backups, keep=2)

        self.assertEqual(
            sorted(self.backups.iterdir()), sorted([older[2], archive, other])
        )

    def test_keep_deletes_what_a_stopped_backup_left_but_not_a_running_one(self):
        self.backups.mkdir()
        stopped = self.backups / ".byg-backup-stopped"
        stopped.mkdir()
        (stopped / "secrets.json").write_text("{}")
        two_days_ago = time.time() - 2 * 24 * 60 * 60
        os.utime(stopped, (two_days_ago, two_days_ago))
        running = self.backups / ".byg-backup-running"
        running.mkdir()
        out = StringIO()

        call_command("backup", output_dir=self.backups, keep=2, stdout=out)

        self.assertFalse(stopped.exists())
        self.assertTrue(running.exists())
        self.assertIn(
            ".byg-backup-stopped, left by a backup that was stopped", out.getvalue()
        )

    def test_keep_must_be_at_least_one(self):
        with self.assertRaisesMessage(CommandError, "--keep must be at least 1"):
            call_command("backup", output_dir=self.backups, keep=0)

    def test_an_unwritable_output_dir_is_refused(self):
        self.folder.joinpath("a-file").write_text("")

        with self.assertRaisesMessage(CommandError, "Cannot write to the backup"):
            backup(self.folder / "a-file" / "backups")

    def test_a_failure_midway_leaves_nothing_behind(self):
        failing = mock.patch.object(
            media, "pack", side_effect=OSError(28, "No space left on device")
        )

        with failing, self.assertRaisesMessage(CommandError, "No space left"):
            backup(self.backups)

        self.assertEqual(list(self.backups.iterdir()), [])


class NestedMediaTests(SimpleTestCase):
    def test_a_root_inside_another_is_left_out_and_left_alone(self):
        folder = Path(self.enterContext(TemporaryDirectory()))
        root, private = folder / "media", folder / "media" / "private"
        (root / "images").mkdir(parents=True)
        private.mkdir()
        (root / "images" / "old.jpg").write_bytes(b"old")
        (private / "signed.pdf").write_bytes(PDF)
        packed = folder / "media.tar"

        media.pack(root, packed, [private])
        (root / "images" / "old.jpg").unlink()
        (root / "later.txt").write_text("later")
        (private / "later.pdf").write_bytes(PDF)
        with packed.open("rb") as file:
            staged = media.stage(file, root, [private])
        media.replace_contents(root, staged, [private])

        found = sorted(str(path.relative_to(root)) for path in root.rglob("*"))
        self.assertEqual(
            found,
            [
                "images",
                "images/old.jpg",
                "private",
                "private/later.pdf",
                "private/signed.pdf",
            ],
        )


def roles_of(table: str, role: str) -> list[bool]:
    with connection.cursor() as cursor:
        cursor.execute(
            "SELECT has_table_privilege(%s, %s, 'INSERT'), "
            "has_table_privilege(%s, %s, 'UPDATE')",
            [role, table, role, table],
        )
        return list(cursor.fetchone())


@pytest.mark.postgres
class PostgresTests(RestoreTestCase):
    role = "byg_backup_test_runtime"
    history = "partnerships_historicalorganisation"

    def setUp(self):
        super().setUp()
        self.drop_role()
        self.addCleanup(self.drop_role)
        with connection.cursor() as cursor:
            cursor.execute(f"CREATE ROLE {self.role} NOLOGIN")
        call_command("grant_runtime_role", self.role, execute=True, stdout=StringIO())

    def drop_role(self):
        with connection.cursor() as cursor:
            cursor.execute("SELECT 1 FROM pg_roles WHERE rolname = %s", [self.role])
            if cursor.fetchone():
                cursor.execute(f"DROP OWNED BY {self.role}")
                cursor.execute(f"DROP ROLE {self.role}")

    def test_the_runtime_roles_grants_come_back(self):
        archive = backup(self.backups)

        restore(archive, skip_media=True)

        self.assertEqual(roles_of(self.history, self.role), [True, False])

    def test_a_missing_role_is_refused_unless_privileges_are_left_out(self):
        OrganisationFactory(name="I arkivet")
        archive = backup(self.backups)
        self.drop_role()
        OrganisationFactory(name="Efter backuppen")

        with self.assertRaisesMessage(CommandError, f"lacks: {self.role}"):
            restore(archive, skip_media=True)
        self.assertTrue(Organisation.objects.filter(name="Efter backuppen").exists())

        output = restore(archive, "--no-privileges", skip_media=True)
        self.assertIn("The audit trail is intact.", output)
        self.assertFalse(Organisation.objects.filter(name="Efter backuppen").exists())

    def test_tables_the_archive_lacks_are_refused(self):
        archive = backup(self.backups)
        with connection.cursor() as cursor:
            cursor.execute("CREATE TABLE byg_backup_test_newer (id integer)")
        self.addCleanup(self.drop_table)

        with self.assertRaisesMessage(CommandError, "public.byg_backup_test_newer"):
            restore(archive, skip_media=True)

    def drop_table(self):
        with connection.cursor() as cursor:
            cursor.execute("DROP TABLE IF EXISTS byg_backup_test_newer")

    def test_a_missing_pg_dump_is_refused_and_leaves_nothing(self):
        no_tools = mock.patch.dict("os.environ", {"PATH": str(self.folder)})
        with no_tools, self.assertRaisesMessage(CommandError, "pg_dump is not"):
            backup(self.backups)

        self.assertEqual(list(self.backups.iterdir()), [])
