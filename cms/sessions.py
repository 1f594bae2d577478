"""Staff sessions end after SESSION_IDLE_TIMEOUT seconds without a request and
SESSION_COOKIE_AGE seconds after signing in, whatever happens in between."""

from django.conf import settings
from django.contrib import messages
from django.contrib.auth import logout
from django.utils import timezone
from django.utils.translation import gettext as _

SIGNED_IN_AT = "signed_in_at"
LAST_SEEN_AT = "last_seen_at"
# Saving the session on every request would write to the database each time;
# a minute's precision is enough for a 30-minute timeout.
LAST_SEEN_PRECISION = 60


def stamp_sign_in(sender, request, user, **kwargs):
    """Signal receiver (user_logged_in): the session's clocks start at sign-in,
    which saves the session anyway, so later requests need not write."""
    now = timezone.now().timestamp()
    request.session[SIGNED_IN_AT] = request.session[LAST_SEEN_AT] = now


class SessionTimeoutMiddleware:
    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        if request.user.is_authenticated:
            self.check(request)
        return self.get_response(request)

    def check(self, request) -> None:
        session = request.session
        now = timezone.now().timestamp()
        signed_in_at = session.setdefault(SIGNED_IN_AT, now)
        last_seen_at = session.get(LAST_SEEN_AT, now)
        if now - last_seen_at > settings.SESSION_IDLE_TIMEOUT:
            self.end(request, _("You were signed out after a period of inactivity."))
        elif now - signed_in_at > settings.SESSION_COOKIE_AGE:
            self.end(request, _("Your session has expired. Please sign in again."))
        elif now - last_seen_at >= LAST_SEEN_PRECISION or LAST_SEEN_AT not in session:
            session[LAST_SEEN_AT] = now

    @staticmethod
    def end(request, message: str) -> None:
        # The view then sees an anonymous user, so admin views send the
        # browser to the sign-in page with ?next= and public pages still work.
        logout(request)
        messages.info(request, message)
