"""Requests answered or refused before any view sees them."""

from django.http import HttpResponseBadRequest
from django.utils.translation import gettext as _

from cms.views import health


class RefuseNulBytesMiddleware:
    """A NUL character in the address (path or query string) answers 400.

    PostgreSQL cannot store or compare text holding NUL, so such a value
    reaching a filter, a search or a lookup would end in a server error; no
    browser sends one unless someone typed ``%00`` on purpose.
    """

    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        parts = [request.path]
        for key, values in request.GET.lists():
            parts += [key, *values]
        if any("\x00" in part for part in parts):
            return HttpResponseBadRequest(
                _("The address contains a NUL character, which is not allowed."),
                content_type="text/plain; charset=utf-8",
            )
        return self.get_response(request)


class HealthCheckMiddleware:
    """Answers ``/health/`` before the host name is checked.

    Container health checks and the reverse proxy probe each web process by
    its internal address (``127.0.0.1:8000``, ``web1:8000``), which is not
    one of ALLOWED_HOSTS and need not be. The answer says only whether the
    database and cache respond; it sets no cookie and is never cached.
    """

    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        if request.path_info == "/health/":
            return health(request)
        return self.get_response(request)
