"""Fast, isolated settings for the test suite (SQLite unless DATABASE_URL is set)."""

import hashlib
import tempfile

from .base import *

DEBUG = False
# The tests load the demo content (tests/demo, the demo site and browser tests).
INSTALLED_APPS = [*INSTALLED_APPS, "demo"]
SECRET_KEY = "test-only-insecure-key"
ALLOWED_HOSTS = ["*"]
PASSWORD_HASHERS = ["django.contrib.auth.hashers.MD5PasswordHasher"]
# client.login() passes no request; axes still guards every real sign-in.
AUTHENTICATION_BACKENDS = [
    "cms.lockouts.TestClientAxesBackend",
    "django.contrib.auth.backends.ModelBackend",
]
if DATABASE_IS_POSTGRES:
    # The test runner empties tables with TRUNCATE, which the history tables'
    # triggers refuse unless the owner asks for it (partnerships 0013).
    DATABASES["default"].setdefault("OPTIONS", {})["options"] = (
        "-c partnerships.allow_truncate=on"
    )
else:
    # A file, not memory, so that --reuse-db keeps the migrated test database
    # between runs (tests/conftest.py); one per checkout.
    _checkout = hashlib.sha256(str(BASE_DIR).encode()).hexdigest()[:8]
    _test_db = (
        Path(tempfile.gettempdir()) / f"byg-partnerskaber-test-{_checkout}.sqlite3"
    )
    DATABASES["default"]["TEST"] = {"NAME": str(_test_db)}
CACHES = {"default": {"BACKEND": "django.core.cache.backends.locmem.LocMemCache"}}
# Tests change pages directly; tests/cms/test_page_cache.py switches it on.
PAGE_CACHE_SECONDS = 0
EMAIL_BACKEND = "django.core.mail.backends.locmem.EmailBackend"
MEDIA_ROOT = Path(tempfile.gettempdir()) / "byg-partnerskaber-test-media"
STORAGES["private"]["OPTIONS"]["location"] = MEDIA_ROOT / "private"
WAGTAILADMIN_BASE_URL = "http://testserver"
# Most tests sign in with force_login; tests/cms/test_two_factor.py turns
# the requirement on.
TWO_FACTOR_REQUIRED = False
# Static files come from the finders; there is no collectstatic in tests.
STATIC_ROOT = None
