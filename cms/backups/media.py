"""Media files in a backup: each storage's directory as a plain tar (images,
video and office documents are compressed already), restored by unpacking
beside the old files and then swapping the new ones in."""

import shutil
import tarfile
import tempfile
from dataclasses import dataclass
from pathlib import Path

from django.core.files.storage import storages

from cms.backups import BackupError
from cms.backups.archive import MEDIA

STAGING = ".restore-"


@dataclass
class Packed:
    files: int = 0
    bytes: int = 0
    skipped: int = 0


def roots() -> dict[str, Path]:
    """Archive member → the directory its storage keeps files in."""
    found = {}
    for member, alias in MEDIA.items():
        location = getattr(storages[alias], "location", None)
        if location is None:
            raise BackupError(
                f"The {alias!r} storage keeps no files on this server's disk, so "
                "its files cannot be backed up here."
            )
        found[member] = Path(location)
    return found


def nested(root: Path, all_roots) -> list[Path]:
    """The other roots inside ``root``: each has a member of its own, so
    ``root``'s member leaves it out and its restore leaves it alone."""
    return [
        other for other in all_roots if other != root and other.is_relative_to(root)
    ]


def pack(root: Path, target: Path, leave_out: list[Path]) -> Packed:
    """Write the files under ``root`` (none if it is absent) to the tar
    ``target``. Symbolic links and special files are skipped: restore
    unpacks plain files and directories only."""
    packed = Packed()

    def keep(info):
        path = root / info.name
        if path in leave_out or info.name.startswith(STAGING):
            return None
        if info.isfile():
            packed.files += 1
            packed.bytes += info.size
        elif not info.isdir():
            packed.skipped += 1
            return None
        return info

    with tarfile.open(target, mode="w", format=tarfile.PAX_FORMAT) as tar:
        if root.is_dir():
            for entry in sorted(root.iterdir()):
                tar.add(entry, arcname=entry.name, filter=keep)
    return packed


def stage(fileobj, root: Path, leave_out: list[Path]) -> Path:
    """Unpack a member read from ``fileobj`` into a new directory inside
    ``root`` (so swapping it in is a rename on the same file system).
    Entries that would land outside it, links and special files are refused
    (``filter="data"``)."""
    root.mkdir(parents=True, exist_ok=True)
    staged = Path(tempfile.mkdtemp(dir=root, prefix=f"{STAGING}new-"))
    try:
        with tarfile.open(fileobj=fileobj, mode="r|") as tar:
            tar.extractall(staged, filter="data")
        for other in leave_out:
            shutil.rmtree(staged / other.relative_to(root), ignore_errors=True)
    except (OSError, tarfile.TarError) as error:
        shutil.rmtree(staged, ignore_errors=True)
        raise BackupError(
            f"The files for {root} cannot be unpacked: {error}"
        ) from error
    return staged


def count_files(directory: Path) -> int:
    return sum(1 for path in directory.rglob("*") if path.is_file())


def replace_contents(root: Path, staged: Path, leave_out: list[Path]) -> None:
    """Make ``root`` hold what ``staged`` (inside it) holds, leaving the
    nested roots ``leave_out`` where they are."""
    old = Path(tempfile.mkdtemp(dir=root, prefix=f"{STAGING}old-"))
    _move_out(root, old, leave_out, skip={staged, old})
    _move_in(staged, root)
    shutil.rmtree(old)
    shutil.rmtree(staged)


def discard(staged: Path) -> None:
    shutil.rmtree(staged, ignore_errors=True)


def _move_out(directory: Path, old: Path, leave_out, skip) -> None:
    for entry in list(directory.iterdir()):
        if entry in skip or entry in leave_out:
            continue
        if any(path.is_relative_to(entry) for path in leave_out):
            # A directory holding a nested root: empty it around that root.
            (old / entry.name).mkdir()
            _move_out(entry, old / entry.name, leave_out, skip)
        else:
            entry.rename(old / entry.name)


def _move_in(new: Path, directory: Path) -> None:
    for entry in list(new.iterdir()):
        target = directory / entry.name
        if entry.is_dir() and target.is_dir() and not target.is_symlink():
            _move_in(entry, target)
        else:
            entry.rename(target)
