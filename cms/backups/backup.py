"""Writing a backup archive (``manage.py backup``) and pruning old ones."""

import gzip
import json
import platform
import shutil
import tempfile
import time
from datetime import UTC, datetime
from io import StringIO
from pathlib import Path

import django
import wagtail
from django.conf import settings
from django.core.management import call_command

from cms.backups import BackupError, database, human_size, media, step
from cms.backups.archive import (
    CHECKPOINTS,
    DATABASE,
    FORMAT,
    SECRETS,
    archive_name,
    archives_in,
    checksum,
    sync_directory,
    write_archive,
)

# A backup's members are written to a private directory beside the archives,
# named so; one untouched for a day is from a backup that was stopped midway
# (a backup takes minutes).
WORK_PREFIX = ".byg-backup-"
ABANDONED_AFTER = 24 * 60 * 60


def make_backup(output_dir: Path, out) -> Path:
    """Write a new archive to ``output_dir`` and return its path. Members are
    written to a private directory beside it and the archive appears under
    its final name only when complete; on any error nothing is left."""
    started = time.monotonic()
    created = datetime.now(UTC).replace(microsecond=0)
    target = output_dir / archive_name(created)
    if database.vendor() not in DATABASE:
        raise BackupError(
            f"Backups cover PostgreSQL and SQLite, not {database.vendor()}."
        )
    work = _work_directory(output_dir)
    try:
        manifest = {
            "format": FORMAT,
            "created": created.isoformat(),
            "database": database.describe(),
            "migrations": database.applied_migrations(),
            "versions": {
                "django": django.get_version(),
                "wagtail": wagtail.__version__,
                "python": platform.python_version(),
            },
        }
        members = _write_members(work, manifest, out)
        manifest["members"] = {}
        for name, path in members.items():
            with path.open("rb") as file:
                manifest["members"][name] = checksum(file)
        partial = work / target.name
        write_archive(partial, manifest, members)
        if target.exists():
            raise BackupError(f"{target} exists already; try again in a second.")
        partial.rename(target)
        sync_directory(output_dir)
    except OSError as error:
        raise BackupError(
            f"The backup cannot be written to {output_dir}: {error}"
        ) from error
    finally:
        shutil.rmtree(work, ignore_errors=True)
    seconds = time.monotonic() - started
    out.write(f"Archive: {human_size(target.stat().st_size)} ({seconds:.1f} s)")
    return target


def prune(output_dir: Path, keep: int, out) -> list[Path]:
    """Delete the archives in ``output_dir`` older than the newest ``keep``,
    and what backups that were stopped midway (killed, the machine down) left
    behind: their work directories hold a database dump and the secret keys.
    Returns what it deleted."""
    older = archives_in(output_dir)[:-keep]
    for path in older:
        path.unlink()
        out.write(f"Deleted the older archive {path.name}")
    for work in output_dir.glob(f"{WORK_PREFIX}*"):
        if work.is_dir() and time.time() - work.stat().st_mtime > ABANDONED_AFTER:
            shutil.rmtree(work)
            out.write(f"Deleted {work.name}, left by a backup that was stopped")
            older.append(work)
    return older


def _work_directory(output_dir: Path) -> Path:
    try:
        output_dir.mkdir(mode=0o700, parents=True, exist_ok=True)
        return Path(tempfile.mkdtemp(dir=output_dir, prefix=WORK_PREFIX))
    except OSError as error:
        raise BackupError(
            f"Cannot write to the backup directory {output_dir}: {error}"
        ) from error


def _write_members(work: Path, manifest: dict, out) -> dict[str, Path]:
    members = {}
    # Checkpoints before the database: the database then holds at least the
    # entries they name, so a write in between cannot fail verification.
    with step(out, "Checkpoints") as report:
        exported = StringIO()
        call_command("export_checkpoints", stdout=exported)
        manifest["checkpoints"] = len(json.loads(exported.getvalue())["checkpoints"])
        members[CHECKPOINTS] = work / CHECKPOINTS
        with gzip.open(members[CHECKPOINTS], "wt", encoding="utf-8") as file:
            file.write(exported.getvalue())
        chains = manifest["checkpoints"]
        report.outcome = f"{chains} history chains, {_size(members[CHECKPOINTS])}"

    with step(out, f"Database ({database.vendor()} {database.name()})") as report:
        name = DATABASE[database.vendor()]
        members[name] = work / name
        database.dump(members[name])
        report.outcome = _size(members[name])

    roots = media.roots()
    manifest["media"] = {}
    for name, root in roots.items():
        with step(out, f"Media ({root})") as report:
            members[name] = work / name
            nested = media.nested(root, roots.values())
            packed = media.pack(root, members[name], nested)
            manifest["media"][name] = {"root": str(root), "files": packed.files}
            report.outcome = f"{packed.files} files, {human_size(packed.bytes)}"
            if packed.skipped:
                report.outcome += f", {packed.skipped} links or special files left out"

    fallbacks = list(settings.SECRET_KEY_FALLBACKS)
    members[SECRETS] = work / SECRETS
    members[SECRETS].write_text(
        json.dumps(
            {"SECRET_KEY": settings.SECRET_KEY, "SECRET_KEY_FALLBACKS": fallbacks}
        )
    )
    out.write(f"Secrets: SECRET_KEY and {len(fallbacks)} fallback key(s)")
    return members


def _size(path: Path) -> str:
    return human_size(path.stat().st_size)
