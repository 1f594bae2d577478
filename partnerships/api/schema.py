"""The OpenAPI schema (drf-spectacular) describes the CRM API only: Wagtail's
own API views (the admin's and the public pages') are documented by Wagtail."""


def crm_endpoints_only(endpoints):
    """drf-spectacular preprocessing hook: keep the /api/crm/ endpoints."""
    return [endpoint for endpoint in endpoints if endpoint[0].startswith("/api/crm/")]
