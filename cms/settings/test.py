"""Fast, isolated settings for the test suite (SQLite unless DATABASE_URL is set)."""

import tempfile

from .base import *

DEBUG = False
SECRET_KEY = "test-only-insecure-key"
ALLOWED_HOSTS = ["*"]
PASSWORD_HASHERS = ["django.contrib.auth.hashers.MD5PasswordHasher"]
CACHES = {"default": {"BACKEND": "django.core.cache.backends.locmem.LocMemCache"}}
EMAIL_BACKEND = "django.core.mail.backends.locmem.EmailBackend"
MEDIA_ROOT = Path(tempfile.gettempdir()) / "byg-partnerskaber-test-media"
STORAGES["private"]["OPTIONS"]["location"] = MEDIA_ROOT / "private"
WAGTAILADMIN_BASE_URL = "http://testserver"
# Static files come from the finders; there is no collectstatic in tests.
STATIC_ROOT = None
