"""Local development: debug on, console e-mail, a throwaway secret key."""

from .base import *

DEBUG = True
# The demo content and its load_demo command; production settings leave it out.
INSTALLED_APPS = [*INSTALLED_APPS, "demo"]
SECRET_KEY = SECRET_KEY or "dev-only-insecure-key-do-not-use-in-production"
ALLOWED_HOSTS = ["127.0.0.1", "localhost", "[::1]"]
EMAIL_BACKEND = "django.core.mail.backends.console.EmailBackend"
# runserver serves static files from the finders; no collectstatic needed.
STATIC_ROOT = None
