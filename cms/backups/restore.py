"""Restoring a backup archive (``manage.py restore``): everything is checked
first, then the database and the media files are replaced, and the restored
audit trail is verified against the archive's checkpoints."""

import gzip
import json
import shutil
import tempfile
import time
from pathlib import Path

from django.conf import settings
from django.contrib.contenttypes.models import ContentType
from django.core.cache import caches
from django.core.management import CommandError, call_command
from django.utils.crypto import constant_time_compare

from cms.backups import BackupError, database, media, step
from cms.backups.archive import CHECKPOINTS, DATABASE, SECRETS, Archive


class Restore:
    """One archive being restored: ``verify()``, ``check()``, then ``run()``."""

    def __init__(self, path: Path, out):
        self.archive = Archive(path)
        self.manifest = self.archive.manifest
        self.out = out
        try:
            self.work = Path(tempfile.mkdtemp(prefix="byg-restore-"))
        except OSError as error:
            self.archive.close()
            raise BackupError(f"No temporary directory (TMPDIR): {error}") from error

    def __enter__(self):
        return self

    def __exit__(self, *exc):
        self.archive.close()
        shutil.rmtree(self.work, ignore_errors=True)

    def verify(self, names=None) -> None:
        """Every member's checksum (or only those of ``names``)."""
        self.archive.verify(names)
        if names is None:
            made = self.manifest["database"]
            versions = self.manifest.get("versions", {})
            self.out.write(
                f"Archive {self.archive.path.name}: made {self.manifest['created']} "
                f"from {made['vendor']} {made['name']} (Django "
                f"{versions.get('django')}, Wagtail {versions.get('wagtail')}); "
                f"{len(self.manifest['members'])} members verified."
            )

    def secrets(self) -> dict:
        try:
            secrets = json.loads(self.archive.read(SECRETS))
            key, fallbacks = secrets["SECRET_KEY"], secrets["SECRET_KEY_FALLBACKS"]
        except (ValueError, TypeError, KeyError) as error:
            raise BackupError(
                f"The archive's {SECRETS} cannot be read: {error}"
            ) from error
        return {"SECRET_KEY": key, "SECRET_KEY_FALLBACKS": fallbacks}

    def check(self, privileges: bool) -> None:
        """BackupError if this site cannot take the archive; nothing changes."""
        vendor = self.manifest["database"]["vendor"]
        if vendor != database.vendor():
            raise BackupError(
                f"The archive holds a {vendor} database; this site uses "
                f"{database.vendor()}. Nothing was changed."
            )
        self._check_secret_key()
        if unknown := database.unknown_migrations(self.manifest["migrations"]):
            raise BackupError(
                "The archive was made by a newer version of the site (migrations "
                f"unknown here: {', '.join(unknown)}). Restore it with that "
                "version. Nothing was changed."
            )
        self.dump = self.work / DATABASE[vendor]
        try:
            self.archive.extract(DATABASE[vendor], self.dump)
        except OSError as error:
            raise BackupError(
                f"The database cannot be unpacked to {self.work}: {error}. Point "
                "TMPDIR at a directory with room for it. Nothing was changed."
            ) from error
        if problems := database.restore_problems(self.dump, self.manifest, privileges):
            raise BackupError("\n".join([*problems, "Nothing was changed."]))
        if sessions := database.other_sessions():
            self.out.write(
                f"Note: {sessions} other connection(s) to the database are open; "
                "stop the web, worker and scheduler first, or the restore waits "
                "for them."
            )

    def run(self, with_media: bool, privileges: bool) -> None:
        started = time.monotonic()
        roots = media.roots() if with_media else {}
        staged = {}
        try:
            for name, root in roots.items():
                with step(self.out, f"Media ({root})") as report:
                    with self.archive.open(name) as member:
                        nested = self._nested(root, roots)
                        staged[name] = media.stage(member, root, nested)
                    files = media.count_files(staged[name])
                    report.outcome = f"{files} files unpacked beside the current ones"
            with step(self.out, f"Database ({database.name()})") as report:
                database.restore(self.dump, privileges)
                report.outcome = "restored"
        except BaseException:
            for path in staged.values():
                media.discard(path)
            raise
        for name, root in roots.items():
            try:
                media.replace_contents(root, staged[name], self._nested(root, roots))
            except OSError as error:
                raise BackupError(
                    f"The database was restored, but replacing the files in {root} "
                    f"failed: {error}. The archive's files are in {staged[name]}."
                ) from error
            self.out.write(f"Media ({root}): replaced")
        for cache in caches.all():
            cache.clear()
        ContentType.objects.clear_cache()
        self.out.write("Caches cleared.")
        if pending := database.pending_migrations():
            self.out.write(f"The archive's database lacks {pending} migration(s):")
            call_command("migrate", interactive=False, stdout=self.out)
        self._verify_trail()
        self.out.write(f"Restored in {time.monotonic() - started:.1f} s.")

    def _check_secret_key(self) -> None:
        secrets = self.secrets()
        configured = [settings.SECRET_KEY, *settings.SECRET_KEY_FALLBACKS]
        if not any(
            constant_time_compare(secrets["SECRET_KEY"], key) for key in configured
        ):
            raise BackupError(
                "The archive was made with another SECRET_KEY, neither this site's "
                "SECRET_KEY nor one of its SECRET_KEY_FALLBACKS, so its audit trail "
                "would not verify. Set SECRET_KEY (and SECRET_KEY_FALLBACKS) from "
                "the archive's secrets, which `manage.py restore ARCHIVE "
                "--print-secrets` prints. Nothing was changed."
            )
        missing = [
            key
            for key in secrets["SECRET_KEY_FALLBACKS"]
            if not any(constant_time_compare(key, mine) for mine in configured)
        ]
        if missing:
            self.out.write(
                f"Note: {len(missing)} of the archive's SECRET_KEY_FALLBACKS are not "
                "configured here; history signed with them will not verify."
            )

    @staticmethod
    def _nested(root: Path, roots: dict) -> list[Path]:
        return media.nested(root, roots.values())

    def _verify_trail(self) -> None:
        checkpoints = self.work / "checkpoints.json"
        with self.archive.open(CHECKPOINTS) as member, gzip.open(member) as text:
            checkpoints.write_bytes(text.read())
        self.out.write("Verifying the audit trail against the archive's checkpoints:")
        try:
            call_command(
                "verify_history", checkpoints=str(checkpoints), stdout=self.out
            )
        except CommandError as error:
            raise BackupError(
                "The database and the files were restored, but the audit trail "
                f"does not verify: {error} The problems are listed above."
            ) from error
