from datetime import datetime
from zoneinfo import ZoneInfo

from django.conf import settings
from django.core.management.base import BaseCommand, CommandError

from cms import scheduler
from cms.scheduler import ScheduleError


class Command(BaseCommand):
    help = (
        "Run the management commands in SCHEDULED_COMMANDS at their cron times "
        "(in TIME_ZONE) until stopped (SIGTERM or Ctrl-C), logging each run, and "
        "touch SCHEDULER_HEARTBEAT_FILE every minute for `healthcheck "
        "--scheduler`. A job never runs twice at once; a failing job is logged "
        "and the others go on."
    )

    def add_arguments(self, parser):
        mode = parser.add_mutually_exclusive_group()
        mode.add_argument(
            "--list",
            action="store_true",
            dest="show",
            help="print each job with its cron expression and next run, and exit",
        )
        mode.add_argument(
            "--run",
            metavar="NAME",
            dest="job_name",
            help="run that job now and exit with its outcome (1 if it failed)",
        )

    def handle(self, *args, show, job_name, **options):
        heartbeat_file = settings.SCHEDULER_HEARTBEAT_FILE
        try:
            jobs = scheduler.load_schedule()
            if show:
                self.list_jobs(jobs, heartbeat_file)
            elif job_name:
                self.run_now(scheduler.find_job(jobs, job_name))
            else:
                service = scheduler.build_scheduler(jobs, heartbeat_file)
                scheduler.serve(service, heartbeat_file)
        except ScheduleError as error:
            raise CommandError(str(error)) from None

    def run_now(self, job):
        if not scheduler.run_job(job):
            raise CommandError(f"Job {job.name} failed; the log says why.")
        self.stdout.write(f"Job {job.name} finished.")

    def list_jobs(self, jobs, heartbeat_file):
        now = datetime.now(ZoneInfo(settings.TIME_ZONE))
        rows = [
            (
                job.name,
                job.cron,
                job.command_line,
                f"{job.trigger.get_next_fire_time(None, now):%Y-%m-%d %H:%M %Z}",
            )
            for job in jobs
        ]
        widths = [max(len(row[i]) for row in rows) for i in range(3)] if rows else []
        for row in rows:
            cells = [cell.ljust(w) for cell, w in zip(row[:3], widths, strict=True)]
            self.stdout.write(f"{'  '.join(cells)}  next {row[3]}")
        self.stdout.write(
            f"Heartbeat: {heartbeat_file}, every {scheduler.HEARTBEAT_SECONDS} s."
        )
