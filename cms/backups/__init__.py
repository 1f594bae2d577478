"""Backups of the whole site in one archive (``manage.py backup``) and their
restore (``manage.py restore``): database, media files, the audit trail's
exported checkpoints and the secret keys its hashes need."""

import time
from contextlib import contextmanager
from types import SimpleNamespace


class BackupError(Exception):
    """A backup or restore that cannot go on; the message says why, and
    whether anything was changed."""


def human_size(size: float) -> str:
    if size < 1024:
        return f"{size:.0f} B"
    for unit in ("KB", "MB", "GB"):
        size /= 1024
        if size < 1024 or unit == "GB":
            break
    return f"{size:.1f} {unit}"


@contextmanager
def step(out, label: str):
    """Report one step on one line: ``label`` as the step starts (a terminal
    shows it at once), then the ``outcome`` the step sets and its duration."""
    out.write(f"{label}: ", ending="")
    out.flush()
    started = time.monotonic()
    report = SimpleNamespace(outcome="done")
    try:
        yield report
    except BaseException:
        out.write("failed")
        raise
    out.write(f"{report.outcome} ({time.monotonic() - started:.1f} s)")
