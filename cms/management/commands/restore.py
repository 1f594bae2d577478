import shlex
from pathlib import Path

from django.conf import settings
from django.core.management.base import BaseCommand, CommandError

from cms.backups import BackupError, database, media
from cms.backups.archive import SECRETS
from cms.backups.restore import Restore


class Command(BaseCommand):
    help = (
        "Replace the database and the media files with those in a backup "
        "archive, then verify the audit trail against the archive's "
        "checkpoints. The archive is checked first; a damaged archive, another "
        "database vendor or another SECRET_KEY changes nothing."
    )

    def add_arguments(self, parser):
        parser.add_argument(
            "archive", type=Path, help="the archive, or its name in BACKUP_DIR"
        )
        parser.add_argument(
            "--no-input",
            "--noinput",
            action="store_false",
            dest="interactive",
            help="do not ask for confirmation",
        )
        parser.add_argument(
            "--skip-media", action="store_true", help="restore the database only"
        )
        parser.add_argument(
            "--print-secrets",
            action="store_true",
            help="print the archive's SECRET_KEY and SECRET_KEY_FALLBACKS and stop",
        )
        parser.add_argument(
            "--no-privileges",
            action="store_true",
            help="PostgreSQL: restore no owners and grants; everything then "
            "belongs to the restoring role (run grant_runtime_role afterwards)",
        )

    def handle(self, *args, archive, interactive, skip_media, **options):
        privileges = not options["no_privileges"]
        try:
            with Restore(self._find(archive), self.stdout) as restore:
                if options["print_secrets"]:
                    restore.verify([SECRETS])
                    self._print_secrets(restore.secrets())
                    return
                restore.verify()
                restore.check(privileges)
                if interactive and not self._confirmed(skip_media):
                    raise CommandError("Restore cancelled; nothing was changed.")
                restore.run(with_media=not skip_media, privileges=privileges)
        except BackupError as error:
            raise CommandError(str(error)) from error
        self.stdout.write(self.style.SUCCESS("Restore complete."))

    def _find(self, archive: Path) -> Path:
        in_backup_dir = Path(settings.BACKUP_DIR) / archive
        if (
            not archive.exists()
            and not archive.is_absolute()
            and in_backup_dir.exists()
        ):
            return in_backup_dir
        return archive

    def _print_secrets(self, secrets: dict) -> None:
        self.stdout.write(f"SECRET_KEY={shlex.quote(secrets['SECRET_KEY'])}")
        if fallbacks := secrets["SECRET_KEY_FALLBACKS"]:
            joined = shlex.quote(",".join(fallbacks))
            self.stdout.write(f"SECRET_KEY_FALLBACKS={joined}")

    def _confirmed(self, skip_media: bool) -> bool:
        what = f"the database {database.name()}"
        if not skip_media:
            roots = ", ".join(str(root) for root in media.roots().values())
            what += f" and the media files ({roots})"
        answer = input(f"This replaces {what}. Type 'yes' to continue: ")
        return answer.strip().lower() == "yes"
