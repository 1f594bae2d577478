"""The public pages, read-only, through Wagtail's API (v2) under /api/v2/.

Wagtail's API lists live, public pages only: drafts, unpublished pages and
pages behind a view restriction stay out. Anyone may read it, so it asks for
no login and takes no session (the CRM API's defaults do not apply here).
"""

from rest_framework.permissions import AllowAny
from wagtail.api.v2.router import WagtailAPIRouter
from wagtail.api.v2.views import PagesAPIViewSet


class PublicPagesAPIViewSet(PagesAPIViewSet):
    authentication_classes = []
    permission_classes = [AllowAny]
    # The OpenAPI schema describes the CRM API; Wagtail documents this one.
    schema = None


router = WagtailAPIRouter("wagtailapi")
router.register_endpoint("pages", PublicPagesAPIViewSet)
