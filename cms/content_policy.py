"""The Content-Security-Policy header (django-csp), with one exception for the
Wagtail admin, whose panels and date pickers still run inline scripts."""

from csp.constants import UNSAFE_INLINE
from csp.middleware import CSPMiddleware
from django.urls import reverse

ADMIN_ADDITIONS = {"script-src": [UNSAFE_INLINE]}


class ContentPolicyMiddleware(CSPMiddleware):
    def get_policy_parts(self, request, response, report_only=False):
        parts = super().get_policy_parts(request, response, report_only)
        if request.path_info.startswith(reverse("wagtailadmin_home")):
            parts.update = {**ADMIN_ADDITIONS, **(parts.update or {})}
        return parts
