"""The public pages, read-only, through Wagtail's API (v2) under /api/v2/.

Wagtail's API lists live, public pages only: drafts, unpublished pages and
pages behind a view restriction stay out. Anyone may read it, so it asks for
no login and takes no session (the CRM API's defaults do not apply here).
"""

from rest_framework.permissions import AllowAny
from rest_framework.renderers import JSONRenderer
from wagtail.api.v2.router import WagtailAPIRouter
from wagtail.api.v2.views import PagesAPIViewSet


class PublicPagesAPIViewSet(PagesAPIViewSet):
    authentication_classes = []
    permission_classes = [AllowAny]
    # JSON only, as the CRM API (REST_FRAMEWORK in the settings): Wagtail adds
    # the browsable HTML API, which the page cache would keep under the path.
    renderer_classes = [JSONRenderer]
    # The OpenAPI schema describes the CRM API; Wagtail documents this one.
    schema = None


router = WagtailAPIRouter("wagtailapi")
router.register_endpoint("pages", PublicPagesAPIViewSet)
