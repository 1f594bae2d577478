import time
from pathlib import Path

from django.core.management.base import BaseCommand, CommandError
from django.db import connection, transaction

from partnerships.audit import TRACKED
from partnerships.verification import missing_triggers, read_exported, trail_problems


class Progress:
    """A progress bar on a terminal; elsewhere (logs, cron mail) a line at
    every tenth of a large table."""

    WIDTH = 30

    def __init__(self, out, total):
        self.out, self.total = out, total
        self.terminal = hasattr(out, "isatty") and out.isatty()
        self.tenth = 0
        self.shown = False

    def __call__(self, done):
        if not self.total:
            return
        share = min(done / self.total, 1)
        if self.terminal:
            filled = int(share * self.WIDTH)
            bar = "#" * filled + "-" * (self.WIDTH - filled)
            self.out.write(f"\r    [{bar}] {share:4.0%} {done}/{self.total}", ending="")
            self.out.flush()
            self.shown = True
        elif self.total >= 100_000 and int(share * 10) > self.tenth:
            self.tenth = int(share * 10)
            self.out.write(f"    {share:.0%} ({done}/{self.total})")

    def clear(self):
        if self.shown:
            self.out.write("\r" + " " * (self.WIDTH + 40) + "\r", ending="")
            self.shown = False


class Command(BaseCommand):
    help = (
        "Verify the CRM's audit trail: every history row's hash chain, each "
        "chain's signed checkpoint (nothing deleted from its end), each live "
        "record against its newest history row, and on PostgreSQL the triggers "
        "that make history append-only. With --checkpoints, also that no chain "
        "has lost entries since that file was exported (export_checkpoints)."
    )

    def add_arguments(self, parser):
        parser.add_argument(
            "--checkpoints",
            metavar="FILE",
            help="a file written by export_checkpoints earlier and kept elsewhere",
        )

    def handle(self, *args, **options):
        exported = self._exported(options["checkpoints"])
        problems = []
        # One snapshot for all tables, so a write while verifying is no problem.
        outermost = not connection.in_atomic_block
        with transaction.atomic():
            if connection.vendor == "postgresql" and outermost:
                with connection.cursor() as cursor:
                    cursor.execute(
                        "SET TRANSACTION ISOLATION LEVEL REPEATABLE READ READ ONLY"
                    )
            started = time.monotonic()
            rows = 0
            for number, model in enumerate(TRACKED, start=1):
                label = model.history.model._meta.label_lower
                total = model.history.count()
                rows += total
                self.stdout.write(
                    f"[{number}/{len(TRACKED)}] {model._meta.verbose_name_plural}: "
                    f"{total} entries …"
                )
                progress = Progress(self.stdout, total)
                found = trail_problems(model, exported.get(label), on_rows=progress)
                for problem in found:
                    progress.clear()
                    self.stdout.write(self.style.ERROR(f"    {problem}"))
                    problems.append(problem)
                progress.clear()
            for trigger in missing_triggers():
                problem = f"the trigger {trigger} is missing"
                self.stdout.write(self.style.ERROR(f"    {problem}"))
                problems.append(problem)
        seconds = time.monotonic() - started
        self.stdout.write(
            f"{rows} history entries checked in {seconds:.1f} s "
            f"({rows / max(seconds, 0.001):,.0f} a second)."
        )
        if problems:
            raise CommandError(f"{len(problems)} problem(s) in the audit trail.")
        self.stdout.write(self.style.SUCCESS("The audit trail is intact."))

    def _exported(self, path):
        if not path:
            return {}
        try:
            return read_exported(Path(path).read_text(encoding="utf-8"))
        except (OSError, UnicodeDecodeError) as error:
            raise CommandError(f"{path} cannot be read: {error}") from error
        except ValueError as error:
            raise CommandError(f"{path} is refused: {error}") from error
