import fcntl
import hashlib
import json
import os
import tempfile
from pathlib import Path

import pytest
from django.conf import settings
from django.core.cache import cache
from django.core.management import call_command
from django.db import connection
from django.utils import translation
from wagtail.models import Site


@pytest.fixture
def home(db):
    """The site's home page, created by the home app's data migration."""
    return Site.objects.get(is_default_site=True).root_page.specific


@pytest.fixture(autouse=True)
def _isolate():
    """Cached menus and the language a request activated must not leak from
    one test into the next."""
    cache.clear()
    translation.activate(settings.LANGUAGE_CODE)
    yield
    cache.clear()
    translation.activate(settings.LANGUAGE_CODE)


def pytest_collection_modifyitems(config, items):
    if connection.vendor == "postgresql":
        return
    skip = pytest.mark.skip(reason="needs PostgreSQL (set DATABASE_URL)")
    for item in items:
        if "postgres" in item.keywords:
            item.add_marker(skip)


# The migrated test database is kept between runs (--reuse-db in pyproject.toml)
# and migrated afresh with --create-db (CI), after a migration or uv.lock changed,
# and after a run that did not finish (it may have left a test's rows, or none).
# A state file in the temp directory, locked while a run uses the database, says
# whether it was left clean and after which migrations; a second run at the same
# time migrates a database of its own.
_reuse = {}


def _state_file() -> Path:
    db = connection.settings_dict
    name = connection.creation._get_test_db_name()
    key = f"{db['ENGINE']} {db['HOST']} {db['PORT']} {name}".encode()
    digest = hashlib.sha256(key).hexdigest()[:12]
    return Path(tempfile.gettempdir()) / f"byg-partnerskaber-test-{digest}.state"


def _migration_files() -> dict[str, str]:
    """What the migrated database depends on: each migration's and uv.lock's hash."""
    base = settings.BASE_DIR
    return {
        str(path.relative_to(base)): hashlib.sha256(path.read_bytes()).hexdigest()
        for path in [*base.glob("*/migrations/*.py"), base / "uv.lock"]
    }


def _current(state: str, files: dict[str, str]) -> bool:
    """Whether the kept database was left clean and every migration it ran is
    unchanged. migrate applies a migration added since, but not a changed or
    removed one (an edited migration, another branch, other dependencies)."""
    if not state.startswith("clean "):
        return False
    try:
        kept = json.loads(state.removeprefix("clean "))
    except ValueError:
        return False
    return all(files.get(path) == digest for path, digest in kept.items())


def _record(text: str) -> None:
    state = _reuse["state"]
    state.seek(0)
    state.truncate()
    state.write(text)
    state.flush()


@pytest.fixture(scope="session")
def django_db_keepdb(request):
    """Whether to keep the test database; a run that finds another run using
    it gets a database of its own, which it does not keep."""
    state = _state_file().open("a+")
    try:
        fcntl.flock(state, fcntl.LOCK_EX | fcntl.LOCK_NB)
    except BlockingIOError:
        state.close()
        test = settings.DATABASES["default"]["TEST"]
        if connection.vendor == "sqlite":
            test["NAME"] = None  # in memory
        else:
            test["NAME"] = f"{connection.creation._get_test_db_name()}_{os.getpid()}"
        plugins = request.config.pluginmanager
        with plugins.get_plugin("capturemanager").global_and_fixture_disabled():
            plugins.get_plugin("terminalreporter").write_line(
                "Another run is using the test database; this one migrates its own."
            )
        return False
    _reuse["state"] = state
    return request.config.getvalue("reuse_db")


@pytest.fixture(scope="session")
def django_db_createdb(request, django_db_keepdb):
    """Migrate afresh unless the kept database is clean and current."""
    if "state" not in _reuse:
        return request.config.getvalue("create_db")
    _reuse["state"].seek(0)
    state = _reuse["state"].read()
    _reuse["files"] = _migration_files()
    _record("in use")
    return request.config.getvalue("create_db") or not _current(state, _reuse["files"])


@pytest.fixture(scope="session")
def django_db_setup(django_db_setup, django_db_keepdb, django_db_blocker):
    """Leave a kept database as the migrations left it. Transactional tests
    (browser tests, concurrency tests) empty every table after themselves, so
    the last one's emptying is undone from the snapshot Django took for
    serialized_rollback."""
    yield
    if not django_db_keepdb:
        return
    with django_db_blocker.unblock():
        if not Site.objects.exists():
            snapshot = getattr(connection, "_test_serialized_contents", None)
            if snapshot is None:
                return  # stays "in use": the next run migrates afresh
            # As TransactionTestCase flushes: sequences keep counting, so they
            # stay ahead of the restored rows' ids.
            call_command(
                "flush",
                interactive=False,
                verbosity=0,
                reset_sequences=False,
                inhibit_post_migrate=True,
            )
            connection.creation.deserialize_db_from_string(snapshot)
    _record(f"clean {json.dumps(_reuse['files'])}")
