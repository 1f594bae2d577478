import importlib
import json
import logging
import logging.config
import os
import subprocess
import sys
from datetime import UTC, datetime, timedelta
from io import StringIO
from types import SimpleNamespace
from unittest import mock

import sentry_sdk
from django.conf import settings
from django.core.exceptions import ImproperlyConfigured
from django.test import SimpleTestCase
from gunicorn.config import Config

from cms import observability

PYTHON_LOGGING = """
import logging.config, sys
from cms.observability import logging_config
logging.config.dictConfig(logging_config(sys.argv[1], sys.argv[2]))
log = logging.getLogger("cms.scheduler")
log.info("Job %s finished", "reminders", extra={"job": "reminders", "duration_ms": 12})
log.debug("not at INFO")
try:
    1 / 0
except ZeroDivisionError:
    log.exception("Job broken failed\\non two lines")
logging.getLogger("django.request").info("not below WARNING")
logging.getLogger("django.request").warning("Not Found: /x/")
logging.getLogger("gunicorn.access").info("GET / 200", extra={"status": 200})
"""


def run_python(code: str, *args, env=None) -> subprocess.CompletedProcess:
    return subprocess.run(
        [sys.executable, "-c", code, *args],
        cwd=settings.BASE_DIR,
        env={**os.environ, **(env or {})},
        capture_output=True,
        text=True,
        check=False,
    )


class JsonLogTests(SimpleTestCase):
    @classmethod
    def setUpClass(cls):
        super().setUpClass()
        cls.result = run_python(PYTHON_LOGGING, "json", "INFO")

    def records(self, stream):
        lines = stream.splitlines()
        return [json.loads(line) for line in lines]

    def test_each_record_is_one_json_object_a_line(self):
        records = self.records(self.result.stderr)

        self.assertEqual(len(records), 3)
        for record in records:
            self.assertLessEqual(
                {"timestamp", "level", "logger", "message"}, record.keys()
            )

    def test_fields(self):
        finished = self.records(self.result.stderr)[0]

        self.assertEqual(finished["level"], "INFO")
        self.assertEqual(finished["logger"], "cms.scheduler")
        self.assertEqual(finished["message"], "Job reminders finished")
        self.assertEqual(finished["job"], "reminders")
        self.assertEqual(finished["duration_ms"], 12)
        logged_at = datetime.fromisoformat(finished["timestamp"])
        self.assertEqual(logged_at.utcoffset(), timedelta(0))
        self.assertLess(abs(datetime.now(UTC) - logged_at), timedelta(minutes=5))

    def test_exception_is_in_exc_info(self):
        failed = self.records(self.result.stderr)[1]

        self.assertEqual(failed["level"], "ERROR")
        self.assertEqual(failed["message"], "Job broken failed\non two lines")
        self.assertIn("ZeroDivisionError: division by zero", failed["exc_info"])
        self.assertNotIn("exc_info", self.records(self.result.stderr)[0])

    def test_requests_are_logged_from_warning(self):
        request = self.records(self.result.stderr)[2]

        self.assertEqual(request["logger"], "django.request")
        self.assertEqual(request["message"], "Not Found: /x/")

    def test_access_log_goes_to_stdout(self):
        (access,) = self.records(self.result.stdout)

        self.assertEqual(access["logger"], "gunicorn.access")
        self.assertEqual(access["status"], 200)


class LogConfigTests(SimpleTestCase):
    def test_text_format(self):
        result = run_python(PYTHON_LOGGING, "text", "WARNING")

        lines = result.stderr.splitlines()
        self.assertRegex(
            lines[0], r"^\d{4}-\d\d-\d\d .* ERROR cms.scheduler Job broken"
        )
        self.assertIn("Traceback", result.stderr)
        self.assertIn("WARNING django.request Not Found: /x/", result.stderr)
        self.assertNotIn("Job reminders finished", result.stderr)

    def test_a_higher_level_also_quiets_requests(self):
        config = observability.logging_config("json", "ERROR")

        self.assertEqual(config["loggers"]["django.request"]["level"], "ERROR")
        self.assertEqual(config["root"]["level"], "ERROR")

    def test_unknown_format_or_level_is_refused(self):
        with self.assertRaises(ValueError):
            observability.logging_config("xml", "INFO")
        with self.assertRaises(ValueError):
            observability.logging_config("json", "LOUD")


SENTRY = """
import json, os, warnings
# No option that sentry-sdk deprecates.
warnings.filterwarnings("error", category=DeprecationWarning, module="sentry_sdk")
from cms.observability import init_error_reporting
import sentry_sdk
assert init_error_reporting(os.environ)
client = sentry_sdk.get_client()
options = client.options
print(json.dumps({
    "active": client.is_active(),
    "dsn": options["dsn"],
    "environment": options["environment"],
    "release": options["release"],
    "traces_sample_rate": options["traces_sample_rate"],
    "send_default_pii": client.should_send_default_pii(),
    "data_collection": options["data_collection"],
    "django": "django" in client.integrations,
}))
"""


class ErrorReportingTests(SimpleTestCase):
    def test_reports_go_to_the_dsn_without_personal_data(self):
        result = run_python(
            SENTRY,
            env={
                "DJANGO_SETTINGS_MODULE": "cms.settings.test",
                "SENTRY_DSN": "https://key@example.invalid/1",
                "SENTRY_ENVIRONMENT": "staging",
                "SENTRY_RELEASE": "2026.12.1",
                "SENTRY_TRACES_SAMPLE_RATE": "0.25",
            },
        )
        self.assertEqual(result.returncode, 0, result.stderr)
        options = json.loads(result.stdout)

        self.assertTrue(options["active"])
        self.assertEqual(options["dsn"], "https://key@example.invalid/1")
        self.assertEqual(options["environment"], "staging")
        self.assertEqual(options["release"], "2026.12.1")
        self.assertEqual(options["traces_sample_rate"], 0.25)
        self.assertTrue(options["django"])
        self.assertFalse(options["send_default_pii"])
        collected = options["data_collection"]
        self.assertFalse(collected["user_info"])
        self.assertEqual(collected["cookies"], {"mode": "off"})
        self.assertEqual(collected["http_bodies"], [])
        self.assertEqual(collected["url_query_params"], {"mode": "off"})
        self.assertFalse(collected["stack_frame_variables"])
        self.assertFalse(collected["database_query_data"])
        self.assertIn("forwarded", collected["http_headers"]["request"]["terms"])

    def test_defaults(self):
        result = run_python(SENTRY, env={"SENTRY_DSN": "https://key@example.invalid/1"})
        options = json.loads(result.stdout)

        self.assertEqual(options["environment"], "production")
        self.assertEqual(options["traces_sample_rate"], 0)

    def test_without_dsn_nothing_is_set_up(self):
        with mock.patch.object(sentry_sdk, "init") as init:
            self.assertFalse(observability.init_error_reporting({"SENTRY_DSN": " "}))

        init.assert_not_called()

    def test_sample_rate_outside_0_to_1_is_refused(self):
        for rate in ("2", "-0.1", "often", "nan"):
            with (
                self.subTest(rate=rate),
                mock.patch.object(sentry_sdk, "init") as init,
                self.assertRaisesMessage(
                    ImproperlyConfigured, "SENTRY_TRACES_SAMPLE_RATE must be"
                ),
            ):
                observability.init_error_reporting(
                    {
                        "SENTRY_DSN": "https://key@example.invalid/1",
                        "SENTRY_TRACES_SAMPLE_RATE": rate,
                    }
                )
            init.assert_not_called()


GUNICORN_VARIABLES = {
    "PORT",
    "WEB_CONCURRENCY",
    "FORWARDED_ALLOW_IPS",
    "LOG_FORMAT",
    "LOG_LEVEL",
}


def gunicorn_settings(**environ):
    """cms.gunicorn as gunicorn reads it with ``environ`` (and no other of
    its variables) set."""
    with mock.patch.dict(os.environ, environ):
        for name in GUNICORN_VARIABLES - set(environ):
            os.environ.pop(name, None)
        import cms.gunicorn

        return importlib.reload(cms.gunicorn)


class GunicornConfigTests(SimpleTestCase):
    def test_defaults(self):
        config = gunicorn_settings()

        self.assertEqual(config.bind, "0.0.0.0:8000")
        self.assertEqual(config.workers, 2)
        self.assertEqual(config.threads, 1)
        self.assertEqual(config.timeout, 60)
        self.assertEqual(config.graceful_timeout, 30)
        self.assertEqual(config.forwarded_allow_ips, "127.0.0.1")
        self.assertEqual(
            config.worker_tmp_dir, "/dev/shm" if os.path.isdir("/dev/shm") else None
        )
        loggers = config.logconfig_dict["loggers"]
        self.assertEqual(loggers["gunicorn.access"]["handlers"], ["stdout"])
        self.assertIn("json", config.logconfig_dict["formatters"])

    def test_environment(self):
        config = gunicorn_settings(
            PORT="9000",
            WEB_CONCURRENCY="5",
            FORWARDED_ALLOW_IPS="*",
            LOG_FORMAT="text",
            LOG_LEVEL="warning",
        )

        self.assertEqual(config.bind, "0.0.0.0:9000")
        self.assertEqual(config.workers, 5)
        self.assertEqual(config.forwarded_allow_ips, "*")
        self.assertIn("text", config.logconfig_dict["formatters"])
        self.assertEqual(config.logconfig_dict["root"]["level"], "WARNING")

    def test_bad_values_name_their_variable(self):
        for name, value in [("WEB_CONCURRENCY", "two"), ("PORT", "0")]:
            with (
                self.subTest(name=name),
                self.assertRaisesMessage(ImproperlyConfigured, f"{name} must be"),
            ):
                gunicorn_settings(**{name: value})

    def test_gunicorn_accepts_the_configuration(self):
        result = subprocess.run(
            [
                os.path.join(os.path.dirname(sys.executable), "gunicorn"),
                "--check-config",
                "-c",
                "python:cms.gunicorn",
                "cms.wsgi",
            ],
            cwd=settings.BASE_DIR,
            env={**os.environ, "DJANGO_SETTINGS_MODULE": "cms.settings.test"},
            capture_output=True,
            text=True,
            check=False,
        )

        self.assertEqual(result.returncode, 0, result.stderr)


class AccessLogTests(SimpleTestCase):
    def setUp(self):
        import cms.gunicorn

        config = Config()
        config.set("accesslog", "-")
        self.logger = cms.gunicorn.AccessLogger(config)
        self.addCleanup(self.remove_gunicorn_handlers)
        self.output = StringIO()
        handler = logging.StreamHandler(self.output)
        handler.setFormatter(
            logging.config.DictConfigurator({}).configure_formatter(
                dict(observability.logging_config()["formatters"]["json"])
            )
        )
        access_log = self.logger.access_log
        for attribute, value in [("handlers", [handler]), ("propagate", False)]:
            patcher = mock.patch.object(access_log, attribute, value)
            patcher.start()
            self.addCleanup(patcher.stop)

    def remove_gunicorn_handlers(self):
        for log in (self.logger.error_log, self.logger.access_log):
            for handler in list(log.handlers):
                if getattr(handler, "_gunicorn", False):
                    log.removeHandler(handler)

    def access(self, path, status):
        response = SimpleNamespace(status=status, sent=5120, headers=[])
        request = SimpleNamespace(headers=[])
        environ = {
            "REQUEST_METHOD": "GET",
            "PATH_INFO": path,
            "QUERY_STRING": "q=personal",
            "RAW_URI": f"{path}?q=personal",
            "SERVER_PROTOCOL": "HTTP/1.1",
            "REMOTE_ADDR": "172.18.0.5",
            "HTTP_X_FORWARDED_FOR": "203.0.113.7",
            "HTTP_USER_AGENT": "Mozilla/5.0",
        }
        self.logger.access(response, request, environ, timedelta(microseconds=12_345))
        return [json.loads(line) for line in self.output.getvalue().splitlines()]

    def test_a_request_is_one_json_record_with_its_fields(self):
        (record,) = self.access("/soeg/", "200 OK")

        self.assertEqual(record["message"], "GET /soeg/ 200")
        self.assertEqual(record["logger"], "gunicorn.access")
        self.assertEqual(record["method"], "GET")
        self.assertEqual(record["path"], "/soeg/")
        self.assertEqual(record["status"], 200)
        self.assertEqual(record["duration_ms"], 12.3)
        self.assertEqual(record["remote_addr"], "172.18.0.5")
        self.assertEqual(record["forwarded_for"], "203.0.113.7")
        self.assertEqual(record["bytes"], 5120)
        self.assertNotIn("personal", json.dumps(record))

    def test_successful_health_probes_are_left_out(self):
        self.assertEqual(self.access("/health/", "200 OK"), [])
        (failed,) = self.access("/health/", "503 Service Unavailable")
        self.assertEqual(failed["status"], 503)
