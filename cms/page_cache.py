"""Whole public pages for anonymous visitors, kept in the cache.

A visitor without a session (no login, no password-protected page opened)
who asks for a page without a query string gets the
page as it was rendered for the first such visitor, until pages change: the
key carries the navigation version (``cms.navigation``), which publishing,
unpublishing, moving or deleting a page, or changing a view restriction,
moves on. Nothing else is cached: logged-in staff (who see the user bar),
the admin, partners' private pages, search results, errors and redirects,
and any response that sets a cookie.

The middleware sits before sessions, language, CSRF, sign-in and messages
(cms/settings/base.py): a visitor without a session is anonymous (public
pages show no messages), so a cached page skips them all. It is
stored as they left it, with their headers (``Content-Language``, ``Vary``).
"""

from django.conf import settings
from django.utils.cache import patch_vary_headers

from cms.navigation import versioned_get_many, versioned_set

NOT_CACHED = ("/admin/", "/django-admin/", "/api/", "/p/", "/documents/")


def _cacheable_request(request) -> bool:
    return (
        request.method in ("GET", "HEAD")
        and not request.GET
        and not request.path_info.startswith(NOT_CACHED)
        # Signed in, or a protected page opened: a session. No other way of
        # signing in reaches these pages.
        and settings.SESSION_COOKIE_NAME not in request.COOKIES
        and "HTTP_AUTHORIZATION" not in request.META
    )


def _cacheable_response(response) -> bool:
    return (
        response.status_code == 200
        and not response.streaming
        and not response.cookies
        and response.get("Content-Type", "").startswith("text/html")
        and "private" not in response.get("Cache-Control", "")
        and "no-store" not in response.get("Cache-Control", "")
    )


class PageCacheMiddleware:
    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        seconds = settings.PAGE_CACHE_SECONDS
        if not seconds or not _cacheable_request(request):
            return self.get_response(request)
        key = f"cms:page:{request.scheme}:{request.get_host()}:{request.path}"
        # The version and the page in one cache round trip.
        version, values = versioned_get_many([key])
        cached = values.get(key)
        if cached is not None:
            return cached
        response = self.get_response(request)
        # Pages differ for visitors with a session (staff, protected pages).
        patch_vary_headers(response, ["Cookie"])
        if _cacheable_response(response):
            if hasattr(response, "render") and not response.is_rendered:
                response.add_post_render_callback(
                    lambda rendered: versioned_set(key, version, rendered, seconds)
                )
            else:
                versioned_set(key, version, response, seconds)
        return response
