"""Send staff who signed in with a password to their second step."""

from functools import cached_property
from urllib.parse import urlencode

from django.conf import settings
from django.shortcuts import redirect
from django.urls import reverse
from django.utils.functional import LazyObject, empty
from django_otp.middleware import OTPMiddleware as BaseOTPMiddleware

from cms import two_factor

# Reachable before the second step: signing in and out, the second-step pages
# themselves and what they load.
OPEN_URL_NAMES = [
    "wagtailadmin_login",
    "wagtailadmin_logout",
    "wagtailadmin_javascript_catalog",
    "wagtailadmin_sprite",
    "two_factor_verify",
    "two_factor_setup",
    "health",
]


class OTPMiddleware(BaseOTPMiddleware):
    """django-otp's middleware, wrapping the user rather than Django's lazy user.

    Wagtail's log() looks through one lazy object to find the model; through
    two it finds none and silently logs nothing (e.g. log(request.user, ...)).
    """

    def _verify_user_sync(self, request, user):
        while isinstance(user, LazyObject):
            if user._wrapped is empty:
                user._setup()
            user = user._wrapped
        return super()._verify_user_sync(request, user)


class TwoFactorMiddleware:
    """Until verified, a user with a device (or who must have one) reaches only
    the second-step pages. Install after django-otp's OTPMiddleware.

    The check covers the whole site, not only the admin, so pages and
    documents restricted to signed-in users wait for the second step too.
    """

    def __init__(self, get_response):
        self.get_response = get_response

    @cached_property
    def open_paths(self) -> set[str]:
        return {reverse(name) for name in OPEN_URL_NAMES}

    @cached_property
    def open_prefixes(self) -> tuple[str, ...]:
        return tuple(p for p in (settings.STATIC_URL, settings.MEDIA_URL) if p)

    def __call__(self, request):
        step = self.pending_step(request)
        if step is not None:
            url = reverse(f"two_factor_{step}")
            if request.method == "GET":
                url += "?" + urlencode({"next": request.get_full_path()})
            return redirect(url)
        return self.get_response(request)

    def pending_step(self, request) -> str | None:
        if request.path in self.open_paths or request.path.startswith(
            self.open_prefixes
        ):
            return None
        session = getattr(request, "session", None)
        if session is None or session.get(two_factor.NOT_NEEDED_SESSION_KEY):
            return None
        user = request.user
        if not user.is_authenticated or user.is_verified():
            return None
        step = two_factor.next_step(user)
        if step is None:
            session[two_factor.NOT_NEEDED_SESSION_KEY] = True
        return step
