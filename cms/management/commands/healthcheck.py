from argparse import ArgumentTypeError

from django.conf import settings
from django.core.management.base import BaseCommand, CommandError

from cms import health


def seconds(value: str) -> int:
    try:
        number = int(value)
    except ValueError:
        raise ArgumentTypeError(f"{value!r} is not a whole number of seconds") from None
    if number < 1:
        raise ArgumentTypeError("must be at least 1 second")
    return number


class Command(BaseCommand):
    help = (
        "Container health check for services without a web port. Exits 0 when "
        "healthy, else 1 with the reason on stderr. Without options: the "
        "database answers. --worker: the database answers and no background "
        "task has been due for longer than --max-wait seconds (db_worker keeps "
        "up). --scheduler: run_scheduler touched its heartbeat file within "
        "--max-age seconds."
    )
    # Runs every few seconds: no system checks.
    requires_system_checks = []

    def add_arguments(self, parser):
        service = parser.add_mutually_exclusive_group()
        service.add_argument(
            "--worker", action="store_true", help="check the task worker"
        )
        service.add_argument(
            "--scheduler", action="store_true", help="check the scheduler"
        )
        parser.add_argument(
            "--max-wait",
            type=seconds,
            default=900,
            metavar="SECONDS",
            help="with --worker: how long a due task may wait (default 900)",
        )
        parser.add_argument(
            "--max-age",
            type=seconds,
            default=180,
            metavar="SECONDS",
            help="with --scheduler: how old the heartbeat may be (default 180)",
        )

    def handle(self, *args, worker, scheduler, max_wait, max_age, **options):
        if scheduler:
            problem = health.heartbeat_problem(
                settings.SCHEDULER_HEARTBEAT_FILE, max_age
            )
        else:
            problem = health.database_problem()
            if problem is None and worker:
                problem = health.waiting_tasks_problem(max_wait)
        if problem:
            raise CommandError(f"Unhealthy: {problem}")
        self.stdout.write("Healthy.")
