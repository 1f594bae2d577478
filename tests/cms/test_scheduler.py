import os
import signal
import tempfile
from datetime import timedelta
from io import StringIO
from pathlib import Path
from unittest import mock

from django.conf import settings
from django.core.management import CommandError, call_command, get_commands
from django.test import SimpleTestCase, TestCase, override_settings
from django.utils import timezone

from cms import scheduler
from cms.scheduler import Job, ScheduleError
from cms.settings.base import scheduled_commands, tasks_setting
from tests.factories import GuidePageFactory, UserFactory

DATABASE_TASKS = tasks_setting("database")


def entry(**changes) -> dict:
    return {
        "name": "publish",
        "cron": "*/5 * * * *",
        "command": "publish_scheduled",
        **changes,
    }


def run_scheduler(*args) -> str:
    out = StringIO()
    call_command("run_scheduler", *args, stdout=out)
    return out.getvalue()


class ConfiguredScheduleTests(SimpleTestCase):
    def test_every_configured_command_exists(self):
        commands = get_commands()
        for tasks in (DATABASE_TASKS, tasks_setting("immediate")):
            for job in scheduled_commands(tasks):
                self.assertIn(job["command"], commands, job["name"])

    @override_settings(
        TASKS=DATABASE_TASKS, SCHEDULED_COMMANDS=scheduled_commands(DATABASE_TASKS)
    )
    def test_production_schedule_is_valid(self):
        jobs = {job.name: job for job in scheduler.load_schedule()}

        self.assertEqual(jobs["publish-scheduled"].cron, "*/5 * * * *")
        self.assertEqual(jobs["verify-history"].command, "verify_history")
        self.assertEqual(jobs["prune-task-results"].args, ("--min-age-days", "30"))

    def test_schedule_without_database_tasks_is_valid_and_prunes_none(self):
        immediate = tasks_setting("immediate")
        with override_settings(
            TASKS=immediate, SCHEDULED_COMMANDS=scheduled_commands(immediate)
        ):
            jobs = {job.name for job in scheduler.load_schedule()}

        self.assertIn("reminders", jobs)
        self.assertNotIn("prune-task-results", jobs)


class ScheduleValidationTests(SimpleTestCase):
    def assertRefused(self, entries, message):
        with self.assertRaisesMessage(ScheduleError, message):
            scheduler.load_schedule(entries)

    def test_bad_cron_expression(self):
        self.assertRefused(
            [entry(cron="*/5 * * *")], "Job 'publish': '*/5 * * *' is not a cron"
        )
        self.assertRefused([entry(cron="61 * * * *")], "is not a cron expression")

    def test_unknown_command(self):
        self.assertRefused(
            [entry(command="publish_later")],
            "Job 'publish': there is no management command 'publish_later'.",
        )

    def test_arguments_the_command_does_not_take(self):
        self.assertRefused(
            [entry(args=["--no-such-option"])],
            "Job 'publish': publish_scheduled --no-such-option: Error: unrecognized",
        )

    def test_arguments_must_be_strings(self):
        self.assertRefused([entry(args=["--age", 90])], "args must be a list")

    def test_duplicate_names(self):
        self.assertRefused([entry(), entry()], "Two scheduled jobs are named")

    def test_missing_and_unknown_keys(self):
        self.assertRefused([{"name": "x", "cron": "* * * * *"}], "entry 1 must be")
        self.assertRefused([entry(when="daily")], "entry 1: unknown when")

    def test_the_command_refuses_a_bad_schedule(self):
        with (
            override_settings(SCHEDULED_COMMANDS=[entry(cron="every hour")]),
            self.assertRaisesMessage(CommandError, "is not a cron expression"),
        ):
            run_scheduler("--list")


SCHEDULE = [
    entry(name="publish-scheduled"),
    {"name": "reminders", "cron": "0 6 * * *", "command": "send_reminders"},
    {
        "name": "broken",
        "cron": "0 3 * * *",
        "command": "healthcheck",
        "args": ["--scheduler"],
    },
]


@override_settings(SCHEDULED_COMMANDS=SCHEDULE)
class ListTests(SimpleTestCase):
    def test_lists_each_job_with_its_next_run(self):
        lines = run_scheduler("--list").splitlines()

        self.assertEqual(len(lines), 4)
        self.assertRegex(
            lines[0],
            r"^publish-scheduled  \*/5 \* \* \* \*  publish_scheduled\s+"
            r"next \d{4}-\d\d-\d\d \d\d:\d\d CES?T$",
        )
        self.assertRegex(lines[1], r"^reminders\s+0 6 \* \* \*\s+send_reminders\s")
        self.assertIn("healthcheck --scheduler", lines[2])
        self.assertEqual(
            lines[3], f"Heartbeat: {settings.SCHEDULER_HEARTBEAT_FILE}, every 60 s."
        )

    def test_next_run_is_in_the_future(self):
        job = scheduler.find_job(scheduler.load_schedule(), "reminders")
        now = timezone.now()

        next_run = job.trigger.get_next_fire_time(None, now)

        self.assertGreater(next_run, now)
        self.assertLessEqual(next_run, now + timedelta(days=1))
        self.assertEqual((next_run.hour, next_run.minute), (6, 0))


@override_settings(SCHEDULED_COMMANDS=SCHEDULE)
class RunTests(TestCase):
    def test_run_publishes_a_page_whose_time_has_come(self):
        page = GuidePageFactory(live=False)
        revision = page.save_revision(user=UserFactory())
        revision.approved_go_live_at = timezone.now() - timedelta(minutes=1)
        revision.save()

        with self.assertLogs("cms.scheduler", "INFO") as logs:
            output = run_scheduler("--run", "publish-scheduled")

        page.refresh_from_db()
        self.assertTrue(page.live)
        self.assertEqual(output, "Job publish-scheduled finished.\n")
        started, finished = logs.records[0], logs.records[-1]
        self.assertEqual(
            started.getMessage(), "Job publish-scheduled started: publish_scheduled"
        )
        self.assertEqual(finished.job, "publish-scheduled")
        self.assertEqual(finished.command, "publish_scheduled")
        self.assertEqual(finished.outcome, "succeeded")
        self.assertIsInstance(finished.duration_ms, int)

    def test_the_commands_output_goes_to_the_log(self):
        with self.assertLogs("cms.scheduler", "INFO") as logs:
            run_scheduler("--run", "reminders")

        messages = [record.getMessage() for record in logs.records]
        self.assertIn("Queued reminders for 0 person(s).", messages)

    def test_unknown_job_names_the_jobs(self):
        with self.assertRaisesMessage(
            CommandError,
            "No scheduled job is named 'publish'; the jobs are: publish-scheduled, "
            "reminders, broken.",
        ):
            run_scheduler("--run", "publish")

    def test_failing_job_is_logged_with_its_output_and_exits_1(self):
        with (
            override_settings(SCHEDULER_HEARTBEAT_FILE=Path("/nonexistent/beat")),
            self.assertLogs("cms.scheduler", "INFO") as logs,
            self.assertRaisesMessage(CommandError, "Job broken failed"),
        ):
            run_scheduler("--run", "broken")

        failure = logs.records[-1]
        self.assertEqual(failure.levelname, "ERROR")
        self.assertRegex(failure.getMessage(), r"^Job broken failed after \d+ ms$")
        self.assertIn("no scheduler heartbeat", str(failure.exc_info[1]))
        self.assertEqual(failure.outcome, "failed")


class RunJobTests(TestCase):
    def test_a_failing_job_does_not_raise(self):
        job = Job(name="check", cron="* * * * *", command="healthcheck", args=("-x",))

        with self.assertLogs("cms.scheduler", "ERROR"):
            self.assertFalse(scheduler.run_job(job))

    def test_a_job_that_succeeds_returns_true(self):
        job = Job(name="check", cron="* * * * *", command="healthcheck")

        with self.assertLogs("cms.scheduler", "INFO") as logs:
            self.assertTrue(scheduler.run_job(job))

        self.assertIn("Healthy.", [record.getMessage() for record in logs.records])


class SchedulerServiceTests(SimpleTestCase):
    def setUp(self):
        folder = tempfile.TemporaryDirectory()
        self.addCleanup(folder.cleanup)
        self.heartbeat = Path(folder.name) / "run" / "heartbeat"

    def test_jobs_never_overlap_and_missed_runs_become_one(self):
        jobs = [Job(name="publish", cron="*/5 * * * *", command="publish_scheduled")]

        service = scheduler.build_scheduler(jobs, self.heartbeat)

        job = service.get_job("publish")
        self.assertEqual(job.max_instances, 1)
        self.assertTrue(job.coalesce)
        self.assertEqual(job.misfire_grace_time, scheduler.MISFIRE_GRACE_SECONDS)
        beat = next(job for job in service.get_jobs() if job.id != "publish")
        self.assertEqual(beat.trigger.interval, timedelta(seconds=60))

    def test_heartbeat_file_and_its_folder_are_created(self):
        scheduler.touch_heartbeat(self.heartbeat)

        self.assertTrue(self.heartbeat.exists())

    def test_sigterm_stops_the_scheduler(self):
        service = scheduler.build_scheduler([], self.heartbeat)
        # A job asks the process to stop at once, as `docker stop` does.
        service.add_job(
            os.kill,
            "interval",
            hours=1,
            next_run_time=timezone.now(),
            args=[os.getpid(), signal.SIGTERM],
        )
        before = signal.getsignal(signal.SIGTERM)

        with self.assertLogs("cms.scheduler", "INFO") as logs:
            scheduler.serve(service, self.heartbeat)

        self.assertFalse(service.running)
        self.assertTrue(self.heartbeat.exists())
        self.assertIs(signal.getsignal(signal.SIGTERM), before)
        self.assertEqual(logs.records[-1].getMessage(), "Scheduler stopped")

    def test_a_signal_before_the_start_stops_it_at_once(self):
        service = scheduler.build_scheduler([], self.heartbeat)
        # A stop asked for while the heartbeat is being written, before the
        # scheduler runs.
        stop_now = mock.patch.object(
            scheduler,
            "touch_heartbeat",
            side_effect=lambda path: os.kill(os.getpid(), signal.SIGTERM),
        )

        with stop_now, self.assertLogs("cms.scheduler", "INFO"):
            scheduler.serve(service, self.heartbeat)

        self.assertFalse(service.running)

    def test_a_heartbeat_that_cannot_be_written_stops_it_with_the_reason(self):
        service = scheduler.build_scheduler([], self.heartbeat)
        (blocked := self.heartbeat.parent.parent / "blocked").write_text("")

        with self.assertRaisesMessage(ScheduleError, "cannot be written"):
            scheduler.serve(service, blocked / "heartbeat")

        self.assertFalse(service.running)
