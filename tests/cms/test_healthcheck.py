import os
import subprocess
import sys
import tempfile
import time
from datetime import timedelta
from io import StringIO
from pathlib import Path
from unittest import mock

from django.conf import settings
from django.core.management import CommandError, call_command
from django.db import OperationalError
from django.test import SimpleTestCase, TestCase, override_settings
from django.utils import timezone
from django_tasks_db.compat import TaskResultStatus
from django_tasks_db.models import DBTaskResult, get_date_max


def healthcheck(*args) -> str:
    out = StringIO()
    call_command("healthcheck", *args, stdout=out)
    return out.getvalue()


def queued_task(*, minutes_ago, run_after=None, status=TaskResultStatus.READY):
    task = DBTaskResult.objects.create(
        task_path="partnerships.tasks.send_reminders_to",
        args_kwargs={"args": [1], "kwargs": {}},
        backend_name="default",
        run_after=run_after or get_date_max(),
        status=status,
    )
    # enqueued_at is set on creation (auto_now_add).
    DBTaskResult.objects.filter(pk=task.pk).update(
        enqueued_at=timezone.now() - timedelta(minutes=minutes_ago)
    )
    return task


class DatabaseCheckTests(TestCase):
    def test_reachable_database_is_healthy(self):
        self.assertEqual(healthcheck(), "Healthy.\n")

    def test_unreachable_database_fails_with_the_reason_on_one_line(self):
        error = OperationalError('connection to server at "db" failed\n  refused')
        with (
            mock.patch("cms.health.connection.cursor", side_effect=error),
            self.assertRaises(CommandError) as raised,
        ):
            healthcheck()

        self.assertEqual(
            str(raised.exception),
            'Unhealthy: the database is unreachable: connection to server at "db" '
            "failed refused",
        )


class WorkerCheckTests(TestCase):
    def test_empty_queue_is_healthy(self):
        self.assertEqual(healthcheck("--worker"), "Healthy.\n")

    def test_task_waiting_longer_than_max_wait_is_unhealthy(self):
        queued_task(minutes_ago=16)

        with self.assertRaisesMessage(
            CommandError,
            "Unhealthy: 1 background task(s) waiting longer than 900 s to run",
        ):
            healthcheck("--worker")

    def test_recently_queued_task_is_healthy(self):
        queued_task(minutes_ago=14)

        self.assertEqual(healthcheck("--worker"), "Healthy.\n")

    def test_max_wait_is_an_option(self):
        queued_task(minutes_ago=2)

        with self.assertRaisesMessage(CommandError, "longer than 60 s"):
            healthcheck("--worker", "--max-wait", "60")

    def test_task_due_later_is_not_waiting(self):
        queued_task(minutes_ago=60, run_after=timezone.now() + timedelta(hours=1))

        self.assertEqual(healthcheck("--worker"), "Healthy.\n")

    def test_task_due_long_ago_is_waiting(self):
        queued_task(minutes_ago=60, run_after=timezone.now() - timedelta(minutes=30))

        with self.assertRaises(CommandError):
            healthcheck("--worker")

    def test_finished_and_running_tasks_are_not_waiting(self):
        for status in (
            TaskResultStatus.SUCCESSFUL,
            TaskResultStatus.FAILED,
            TaskResultStatus.RUNNING,
        ):
            queued_task(minutes_ago=60, status=status)

        self.assertEqual(healthcheck("--worker"), "Healthy.\n")

    def test_the_database_is_checked_first(self):
        with (
            mock.patch(
                "cms.health.connection.cursor", side_effect=OperationalError("down")
            ),
            self.assertRaisesMessage(CommandError, "the database is unreachable"),
        ):
            healthcheck("--worker")

    def test_max_wait_must_be_a_positive_number_of_seconds(self):
        for value in ("0", "soon"):
            with self.assertRaises(CommandError):
                healthcheck("--worker", "--max-wait", value)


class SchedulerCheckTests(SimpleTestCase):
    def setUp(self):
        folder = tempfile.TemporaryDirectory()
        self.addCleanup(folder.cleanup)
        self.heartbeat = Path(folder.name) / "heartbeat"
        patcher = override_settings(SCHEDULER_HEARTBEAT_FILE=self.heartbeat)
        patcher.enable()
        self.addCleanup(patcher.disable)

    def age(self, seconds):
        self.heartbeat.touch()
        then = time.time() - seconds
        os.utime(self.heartbeat, (then, then))

    def test_fresh_heartbeat_is_healthy(self):
        self.age(30)

        self.assertEqual(healthcheck("--scheduler"), "Healthy.\n")

    def test_old_heartbeat_is_unhealthy(self):
        self.age(600)

        with self.assertRaisesMessage(CommandError, "is 600 s old, more than 180 s"):
            healthcheck("--scheduler")

    def test_max_age_is_an_option(self):
        self.age(600)

        self.assertEqual(healthcheck("--scheduler", "--max-age", "900"), "Healthy.\n")

    def test_missing_heartbeat_is_unhealthy(self):
        with self.assertRaisesMessage(
            CommandError, f"no scheduler heartbeat at {self.heartbeat}"
        ):
            healthcheck("--scheduler")

    def test_worker_and_scheduler_exclude_each_other(self):
        with self.assertRaises(CommandError):
            healthcheck("--worker", "--scheduler")


class ExitStatusTests(SimpleTestCase):
    def test_unhealthy_exits_1_with_one_line_on_stderr(self):
        missing = Path(tempfile.gettempdir()) / "no-such-heartbeat-file"
        result = subprocess.run(
            [sys.executable, "manage.py", "healthcheck", "--scheduler"],
            cwd=settings.BASE_DIR,
            env={
                **os.environ,
                "DJANGO_SETTINGS_MODULE": "cms.settings.test",
                "SCHEDULER_HEARTBEAT_FILE": str(missing),
            },
            capture_output=True,
            text=True,
            check=False,
        )

        self.assertEqual(result.returncode, 1)
        self.assertEqual(result.stdout, "")
        self.assertEqual(
            result.stderr.splitlines(),
            [
                f"CommandError: Unhealthy: no scheduler heartbeat at {missing}: "
                "has the scheduler started?"
            ],
        )
