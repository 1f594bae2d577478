from pathlib import Path

from django.conf import settings
from django.core.management.base import BaseCommand, CommandError

from cms.backups import BackupError
from cms.backups.backup import make_backup, prune


class Command(BaseCommand):
    help = (
        "Write one archive, byg-backup-YYYYMMDDTHHMMSSZ.tar, with the database, "
        "the media and private media files, the audit trail's checkpoints and the "
        "secret keys its hashes need, each checksummed in manifest.json. Readable "
        "by its owner only: it holds personal data and keys."
    )

    def add_arguments(self, parser):
        parser.add_argument(
            "--output-dir",
            type=Path,
            metavar="DIR",
            help="where to write the archive (default: BACKUP_DIR)",
        )
        parser.add_argument(
            "--keep",
            type=int,
            metavar="N",
            help="afterwards delete the archives in DIR older than the newest N",
        )

    def handle(self, *args, output_dir, keep, **options):
        if keep is not None and keep < 1:
            raise CommandError("--keep must be at least 1.")
        output_dir = Path(output_dir or settings.BACKUP_DIR)
        try:
            archive = make_backup(output_dir, self.stdout)
            if keep:
                prune(output_dir, keep, self.stdout)
        except BackupError as error:
            raise CommandError(str(error)) from error
        self.stdout.write(self.style.SUCCESS(f"Backup written to {archive}"))
