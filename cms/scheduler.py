"""The scheduler service (`manage.py run_scheduler`): runs the management
commands listed in SCHEDULED_COMMANDS at their cron times, logs each run, and
touches a heartbeat file that `manage.py healthcheck --scheduler` reads."""

import logging
import signal
import threading
import time
from dataclasses import dataclass
from io import StringIO
from pathlib import Path

from apscheduler.events import EVENT_SCHEDULER_STARTED
from apscheduler.schedulers.blocking import BlockingScheduler
from apscheduler.triggers.cron import CronTrigger
from django.conf import settings
from django.core.management import call_command, get_commands, load_command_class
from django.core.management.base import BaseCommand, CommandError
from django.db import connections

logger = logging.getLogger(__name__)

HEARTBEAT_SECONDS = 60
# A run that could not start on time (all threads busy) still starts up to
# this late; later than that it is skipped until its next time.
MISFIRE_GRACE_SECONDS = 300
ENTRY_KEYS = {"name", "cron", "command", "args"}


class ScheduleError(ValueError):
    """The scheduler cannot run: SCHEDULED_COMMANDS is wrong, or the heartbeat
    cannot be written; the message says where."""


@dataclass(frozen=True)
class Job:
    name: str
    cron: str
    command: str
    args: tuple[str, ...] = ()

    @property
    def trigger(self) -> CronTrigger:
        return CronTrigger.from_crontab(self.cron, timezone=settings.TIME_ZONE)

    @property
    def command_line(self) -> str:
        return " ".join([self.command, *self.args])


def load_schedule(entries: list[dict] | None = None) -> list[Job]:
    """The jobs in ``entries`` (default: settings.SCHEDULED_COMMANDS), each
    checked: a unique name, a valid cron expression, an existing command that
    accepts the arguments given."""
    if entries is None:
        entries = settings.SCHEDULED_COMMANDS
    commands = get_commands()
    jobs: list[Job] = []
    for number, entry in enumerate(entries, start=1):
        if not isinstance(entry, dict) or not {"name", "cron", "command"} <= set(entry):
            raise ScheduleError(
                f"SCHEDULED_COMMANDS entry {number} must be a dict with name, "
                "cron, command and optionally args."
            )
        if set(entry) - ENTRY_KEYS:
            unknown = ", ".join(sorted(set(entry) - ENTRY_KEYS))
            raise ScheduleError(f"SCHEDULED_COMMANDS entry {number}: unknown {unknown}")
        name, cron, command = entry["name"], entry["cron"], entry["command"]
        args = entry.get("args", [])
        if any(job.name == name for job in jobs):
            raise ScheduleError(f"Two scheduled jobs are named {name!r}.")
        if not isinstance(args, list | tuple) or not all(
            isinstance(arg, str) for arg in args
        ):
            raise ScheduleError(f"Job {name!r}: args must be a list of strings.")
        if command not in commands:
            raise ScheduleError(
                f"Job {name!r}: there is no management command {command!r}."
            )
        job = Job(name=name, cron=cron, command=command, args=tuple(args))
        try:
            job.trigger  # noqa: B018 (builds and so checks the expression)
        except (TypeError, ValueError) as error:
            raise ScheduleError(
                f"Job {name!r}: {cron!r} is not a cron expression "
                f"(minute hour day month weekday): {error}"
            ) from None
        _check_arguments(job, commands[command])
        jobs.append(job)
    return jobs


def _check_arguments(job: Job, app: str | BaseCommand) -> None:
    command = (
        app if isinstance(app, BaseCommand) else load_command_class(app, job.command)
    )
    parser = command.create_parser("manage.py", job.command)
    try:
        parser.parse_args(list(job.args))
    except CommandError as error:
        raise ScheduleError(f"Job {job.name!r}: {job.command_line}: {error}") from None


def find_job(jobs: list[Job], name: str) -> Job:
    for job in jobs:
        if job.name == name:
            return job
    names = ", ".join(job.name for job in jobs) or "none"
    raise ScheduleError(f"No scheduled job is named {name!r}; the jobs are: {names}.")


def run_job(job: Job) -> bool:
    """Run one job's command, log its output and outcome, and return whether
    it succeeded. Never raises: one failing job must not stop the others."""
    context = {"job": job.name, "command": job.command_line}
    _close_stale_connections()
    logger.info("Job %s started: %s", job.name, job.command_line, extra=context)
    output = StringIO()
    started = time.monotonic()
    failure = None
    try:
        call_command(job.command, *job.args, stdout=output, stderr=output)
    except Exception as error:
        failure = error
    finally:
        _close_stale_connections()
    duration_ms = round((time.monotonic() - started) * 1000)
    if text := output.getvalue().strip():
        logger.info("%s", text, extra=context)
    outcome = {
        **context,
        "duration_ms": duration_ms,
        "outcome": "failed" if failure else "succeeded",
    }
    if failure:
        # With its traceback, so that error reporting gets it.
        logger.error(
            "Job %s failed after %d ms",
            job.name,
            duration_ms,
            exc_info=failure,
            extra=outcome,
        )
        return False
    logger.info("Job %s finished in %d ms", job.name, duration_ms, extra=outcome)
    return True


def _close_stale_connections() -> None:
    """django.db.close_old_connections() for a long-lived process, which must
    not reuse a connection the database dropped, and must not hold one for
    hours; a connection inside a transaction (a caller's) is left alone."""
    for connection in connections.all(initialized_only=True):
        if not connection.in_atomic_block:
            connection.close_if_unusable_or_obsolete()


def touch_heartbeat(path: Path) -> None:
    path.parent.mkdir(parents=True, exist_ok=True)
    path.touch()


def _heartbeat(path: Path) -> None:
    try:
        touch_heartbeat(path)
    except OSError:
        logger.exception("The scheduler heartbeat %s cannot be written", path)


def build_scheduler(jobs: list[Job], heartbeat_file: Path) -> BlockingScheduler:
    scheduler = BlockingScheduler(timezone=settings.TIME_ZONE)
    # Never two runs of one job at once; runs missed while it was busy
    # become one.
    once = {
        "max_instances": 1,
        "coalesce": True,
        "misfire_grace_time": MISFIRE_GRACE_SECONDS,
    }
    for job in jobs:
        scheduler.add_job(
            run_job, job.trigger, args=[job], id=job.name, name=job.name, **once
        )
    scheduler.add_job(
        _heartbeat,
        "interval",
        seconds=HEARTBEAT_SECONDS,
        args=[heartbeat_file],
        name="heartbeat",
        **once,
    )
    return scheduler


def serve(scheduler: BlockingScheduler, heartbeat_file: Path) -> None:
    """Touch the heartbeat, then run until SIGTERM (docker stop) or Ctrl-C; a
    job that is running then is not interrupted, no new one starts."""
    requested = threading.Event()
    stopping = threading.Lock()

    def stop(event=None):
        requested.set()
        with stopping:
            if scheduler.running:
                scheduler.shutdown(wait=False)

    def on_signal(signum, frame):
        # The signal may arrive while this thread holds the scheduler's locks
        # (submitting a job); shutting down here would wait for them forever.
        threading.Thread(target=stop, name="scheduler-stop", daemon=True).start()

    def stop_if_requested(event):
        # A signal that came before the scheduler was running.
        if requested.is_set():
            stop()

    scheduler.add_listener(stop_if_requested, EVENT_SCHEDULER_STARTED)
    previous = {
        signum: signal.signal(signum, on_signal)
        for signum in (signal.SIGTERM, signal.SIGINT)
    }
    try:
        # Only now: whoever waits for the heartbeat may stop the scheduler.
        try:
            touch_heartbeat(heartbeat_file)
        except OSError as error:
            raise ScheduleError(
                f"The heartbeat file {heartbeat_file} cannot be written: {error}"
            ) from None
        names = ", ".join(job.name for job in scheduler.get_jobs())
        logger.info("Scheduler started: %s", names)
        scheduler.start()
    finally:
        for signum, handler in previous.items():
            signal.signal(signum, handler)
    logger.info("Scheduler stopped")
