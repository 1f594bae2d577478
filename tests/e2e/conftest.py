import os
import shutil

import pytest
from django.db import connections

# Playwright's sync API runs an event loop in the test thread; the ORM calls in
# these tests are still synchronous and safe.
os.environ.setdefault("DJANGO_ALLOW_ASYNC_UNSAFE", "true")

CHROMIUM = shutil.which("chromium")


def pytest_collection_modifyitems(config, items):
    for item in items:
        if "e2e" in item.nodeid.split("/"):
            item.add_marker(pytest.mark.browser)
    if CHROMIUM is None and not os.environ.get("REQUIRE_BROWSER"):
        skip = pytest.mark.skip(reason="Debian's chromium is not installed")
        for item in items:
            if "browser" in item.keywords:
                item.add_marker(skip)


@pytest.fixture(scope="session")
def browser_type_launch_args(browser_type_launch_args):
    if CHROMIUM is None:
        pytest.fail("REQUIRE_BROWSER is set but Debian's chromium is not installed")
    return {
        **browser_type_launch_args,
        "executable_path": CHROMIUM,
        "args": [
            "--no-sandbox",
            "--disable-gpu",
            "--disable-background-networking",
            "--disable-component-update",
            "--disable-sync",
            "--no-first-run",
        ],
    }


@pytest.fixture(scope="session", autouse=True)
def _share_migrated_data_snapshot(django_db_setup, django_db_blocker):
    """Let serialized_rollback restore the migrations' data inside Playwright.

    Playwright runs its event loop in a greenlet with its own context, where
    Django hands out a fresh connection object without the snapshot of the
    migrated data; keeping the snapshot on the class makes every connection see it.
    """
    with django_db_blocker.unblock():
        wrapper = connections["default"]
        snapshot = getattr(wrapper, "_test_serialized_contents", None)
        if snapshot is not None:
            type(wrapper)._test_serialized_contents = snapshot
