"""The archive file: an uncompressed tar of members, each checksummed in its
manifest.json, so a damaged archive is noticed before anything is restored."""

import hashlib
import io
import json
import os
import re
import tarfile
from datetime import datetime
from pathlib import Path

from cms.backups import BackupError

FORMAT = "byg-partnerskaber backup 1"
MANIFEST = "manifest.json"
CHECKPOINTS = "checkpoints.json.gz"
SECRETS = "secrets.json"
# The PostgreSQL dump is compressed by pg_dump, the SQLite copy by gzip.
DATABASE = {"postgresql": "database.pgdump", "sqlite": "database.sqlite3.gz"}
# Member → the storage whose directory it holds. Private media (signed
# agreements) are served only through permission-checked views.
MEDIA = {"media.tar": "default", "private-media.tar": "private"}
ARCHIVE_NAME = re.compile(r"byg-backup-\d{8}T\d{6}Z\.tar")
CHUNK = 1024 * 1024


def archive_name(created: datetime) -> str:
    return f"byg-backup-{created:%Y%m%dT%H%M%SZ}.tar"


def archives_in(directory: Path) -> list[Path]:
    """The backup archives in ``directory``, oldest first."""
    return sorted(
        path
        for path in directory.iterdir()
        if ARCHIVE_NAME.fullmatch(path.name) and path.is_file()
    )


def checksum(fileobj) -> dict:
    digest = hashlib.sha256()
    size = 0
    while block := fileobj.read(CHUNK):
        digest.update(block)
        size += len(block)
    return {"sha256": digest.hexdigest(), "size": size}


def write_archive(path: Path, manifest: dict, members: dict[str, Path]) -> None:
    """Write the manifest and ``members`` (archive name → file) to ``path``,
    a new file readable by its owner only, and flush it to disk."""
    mtime = datetime.fromisoformat(manifest["created"]).timestamp()
    descriptor = os.open(path, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o600)
    with os.fdopen(descriptor, "wb") as file:
        with tarfile.open(fileobj=file, mode="w", format=tarfile.PAX_FORMAT) as tar:
            data = json.dumps(manifest, indent=1).encode()
            info = tarfile.TarInfo(MANIFEST)
            info.size, info.mode, info.mtime = len(data), 0o600, mtime
            tar.addfile(info, io.BytesIO(data))
            for name, member in members.items():
                info = tarfile.TarInfo(name)
                info.size, info.mode, info.mtime = member.stat().st_size, 0o600, mtime
                with member.open("rb") as reader:
                    tar.addfile(info, reader)
        file.flush()
        os.fsync(file.fileno())


def sync_directory(directory: Path) -> None:
    """Make a rename in ``directory`` survive a power cut."""
    descriptor = os.open(directory, os.O_RDONLY)
    try:
        os.fsync(descriptor)
    finally:
        os.close(descriptor)


class Archive:
    """A backup archive opened for reading. ``verify()`` before using it."""

    def __init__(self, path: Path):
        self.path = path
        try:
            # Open until close(): members are read one after another.
            self._tar = tarfile.open(path, mode="r:")  # noqa: SIM115
            self._members = {member.name: member for member in self._tar}
        except (OSError, tarfile.TarError) as error:
            raise BackupError(
                f"{path} is not a readable backup archive: {error}"
            ) from error
        try:
            self.manifest = self._manifest()
        except BackupError:
            self._tar.close()
            raise

    def _manifest(self) -> dict:
        path = self.path
        if MANIFEST not in self._members:
            raise BackupError(f"{path} has no {MANIFEST}: it is not a backup archive")
        try:
            manifest = json.loads(self.read(MANIFEST))
            found = manifest.get("format")
        except (ValueError, AttributeError) as error:
            raise BackupError(f"{path}: {MANIFEST} cannot be read: {error}") from error
        if found != FORMAT:
            raise BackupError(
                f"{path} is not in the format this site reads ({FORMAT!r}): {found!r}"
            )
        database = manifest.get("database")
        complete = (
            isinstance(database, dict)
            and {"vendor", "name"} <= database.keys()
            and isinstance(manifest.get("migrations"), dict)
            and isinstance(manifest.get("members"), dict)
            and "created" in manifest
        )
        if not complete:
            raise BackupError(f"{path}: {MANIFEST} is incomplete")
        vendor, listed = database["vendor"], set(manifest["members"])
        required = {CHECKPOINTS, SECRETS, *MEDIA}
        if vendor in DATABASE:  # another vendor is refused by name when restoring
            required.add(DATABASE[vendor])
        if missing := sorted(required - listed):
            raise BackupError(f"{path}: the manifest lists no {', '.join(missing)}")
        return manifest

    def close(self) -> None:
        self._tar.close()

    def __enter__(self):
        return self

    def __exit__(self, *exc):
        self.close()

    def verify(self, names=None) -> None:
        """BackupError unless every member the manifest lists is there, is
        the only such member, and has its size and sha256 (checked for each
        member, or those in ``names``)."""
        listed = self.manifest["members"]
        present = set(self._members) - {MANIFEST}
        if missing := sorted(set(listed) - present):
            raise BackupError(f"{self.path} lacks {', '.join(missing)}")
        if extra := sorted(present - set(listed)):
            raise BackupError(f"{self.path} holds unlisted {', '.join(extra)}")
        for name, expected in listed.items():
            if names is not None and name not in names:
                continue
            try:
                with self.open(name) as member:
                    found = checksum(member)
            except (OSError, tarfile.TarError):
                found = None  # cut short
            if found != expected:
                raise BackupError(
                    f"{self.path}: {name} is damaged (its checksum or size "
                    "differs from the manifest's); nothing was restored"
                )

    def open(self, name: str):
        member = self._members[name]
        if not member.isfile():
            raise BackupError(f"{self.path}: {name} is not a file")
        return self._tar.extractfile(member)

    def read(self, name: str) -> bytes:
        with self.open(name) as member:
            return member.read()

    def extract(self, name: str, target: Path) -> None:
        """Copy the member ``name`` to the file ``target``."""
        with self.open(name) as member, target.open("wb") as file:
            while block := member.read(CHUNK):
                file.write(block)
