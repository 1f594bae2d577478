"""Requests refused before any view sees them."""

from django.http import HttpResponseBadRequest
from django.utils.translation import gettext as _


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
