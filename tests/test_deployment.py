"""The production stack (Dockerfile, compose.yaml, deploy/) agrees with the code
it runs: commands exist, health checks are there, every setting is documented."""

import re
from pathlib import Path

import yaml
from django.conf import settings
from django.core.management import get_commands
from django.test import SimpleTestCase, TestCase, override_settings

ROOT = Path(settings.BASE_DIR)


def compose() -> dict:
    return yaml.safe_load((ROOT / "compose.yaml").read_text())


def site_services(spec: dict) -> dict:
    """The services that run the site's own image."""
    image = spec["services"]["web1"]["image"]
    return {
        name: service
        for name, service in spec["services"].items()
        if service.get("image") == image
    }


def manage_commands(service: dict) -> list[str]:
    """The `manage.py` commands a service runs, in its command and health check."""
    parts = []
    for key in ("command",):
        value = service.get(key, [])
        parts.append(" ".join(value) if isinstance(value, list) else value)
    test = service.get("healthcheck", {}).get("test", [])
    parts.append(" ".join(test) if isinstance(test, list) else test)
    return re.findall(r"manage\.py (\w+)", " ".join(parts))


@override_settings(ALLOWED_HOSTS=["partnerskaber.example.org"])
class InternalHealthCheckTests(TestCase):
    def test_health_answers_probes_by_internal_address(self):
        for host in ("127.0.0.1:8000", "web1:8000"):
            response = self.client.get("/health/", HTTP_HOST=host)
            self.assertEqual(response.status_code, 200, host)
            self.assertEqual(response.json()["status"], "ok")
            self.assertFalse(response.cookies)

    def test_other_addresses_still_check_the_host(self):
        response = self.client.get("/", HTTP_HOST="web1:8000")

        self.assertEqual(response.status_code, 400)


class ComposeFileTests(SimpleTestCase):
    def test_services_that_back_up_or_restore_mount_the_backups_volume(self):
        services = compose()["services"]
        guide = (ROOT / "docs" / "deployment.md").read_text()
        used = set(
            re.findall(
                r"docker compose (?:run --rm|exec)(?: -v \S+)* (\w+)[^\n]*"
                r"manage\.py (?:backup|restore)",
                guide,
            )
        )
        self.assertEqual(used, {"scheduler", "migrate"})
        for name in used:
            self.assertIn("backups:/backups", services[name]["volumes"], name)
            self.assertIn("media:/data/media", services[name]["volumes"], name)

    def test_services_run_commands_that_exist(self):
        commands = get_commands()
        for name, service in site_services(compose()).items():
            for command in manage_commands(service):
                self.assertIn(command, commands, f"{name}: manage.py {command}")

    def test_every_long_running_service_has_a_health_check(self):
        spec = compose()
        dockerfile = (ROOT / "Dockerfile").read_text()
        self.assertIn("HEALTHCHECK", dockerfile)
        for name, service in spec["services"].items():
            if service.get("restart") == "no":
                continue  # a one-off (migrate)
            uses_image_check = name in site_services(spec)
            self.assertTrue(
                "healthcheck" in service or uses_image_check or name == "proxy",
                f"{name} has no health check",
            )

    def test_web_processes_wait_for_their_services_and_sit_behind_the_proxy(self):
        spec = compose()
        webs = sorted(name for name in spec["services"] if name.startswith("web"))
        self.assertGreaterEqual(len(webs), 2)
        caddyfile = (ROOT / "deploy" / "Caddyfile").read_text()
        upstreams = re.search(r"reverse_proxy ([^{]+)\{", caddyfile).group(1).split()
        self.assertEqual(sorted(upstream.split(":")[0] for upstream in upstreams), webs)
        for web in webs:
            depends = spec["services"][web]["depends_on"]
            self.assertEqual(depends["db"]["condition"], "service_healthy")
            self.assertEqual(depends["redis"]["condition"], "service_healthy")
            self.assertEqual(
                depends["migrate"]["condition"], "service_completed_successfully"
            )
            self.assertIn(web, spec["services"]["proxy"]["depends_on"])

    def test_the_site_runs_as_the_runtime_role_the_database_creates(self):
        spec = compose()
        init = (ROOT / "deploy" / "postgres-init.sh").read_text()
        role = re.search(r"CREATE ROLE (\w+) LOGIN", init).group(1)
        self.assertIn(f"grant_runtime_role {role} --execute", str(spec))
        for name in ("web1", "web2", "worker"):
            url = site_services(spec)[name]["environment"]["DATABASE_URL"]
            self.assertTrue(url.startswith(f"postgres://{role}:"), name)

    def test_variables_it_needs_are_in_the_example_environment(self):
        text = (ROOT / "compose.yaml").read_text()
        example = (ROOT / "deploy" / "production.env.example").read_text()
        defined = set(re.findall(r"^([A-Z_]+)=", example, re.MULTILINE))
        for name in set(re.findall(r"\$\{([A-Z_]+)(?::?[?-])", text)) - {"IMAGE"}:
            self.assertIn(name, defined)


class SettingsDocumentedTests(SimpleTestCase):
    def test_every_environment_variable_is_documented(self):
        read = set()
        cms = ROOT / "cms"
        for path in [*cms.glob("settings/*.py"), *cms.glob("*.py")]:
            read |= set(
                re.findall(
                    r"(?:environ(?:\.get)?\(|environ\[|_env_list\("
                    r"|env_(?:int|float|choice)\()\s*\"([A-Z_]+)\"",
                    path.read_text(),
                )
            )
        self.assertIn("SECRET_KEY", read)
        documented = (ROOT / "docs" / "deployment.md").read_text()
        missing = sorted(name for name in read if f"`{name}`" not in documented)
        self.assertEqual(missing, [], "not in docs/deployment.md")


class ImageTests(SimpleTestCase):
    def test_image_installs_the_lock_file_compiled_and_runs_unprivileged(self):
        dockerfile = (ROOT / "Dockerfile").read_text()
        dev = (ROOT / "dev").read_text()
        uv_version = re.search(r"UV_VERSION=([\d.]+)", dev).group(1)
        self.assertIn(f"uv=={uv_version}", dockerfile)
        self.assertRegex(dockerfile, r"uv sync --locked --no-dev\b.*--compile-bytecode")
        user = re.findall(r"^USER (\S+)", dockerfile, re.MULTILINE)
        self.assertTrue(user and user[-1] not in ("root", "0"))

    def test_secrets_and_local_data_stay_out_of_the_image(self):
        ignored = (ROOT / ".dockerignore").read_text().split()
        local = [".git", ".env", ".venv", "/db.sqlite3", "/media", "/private-media"]
        for entry in local:
            self.assertIn(entry, ignored)
