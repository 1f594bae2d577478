"""The stage tools' URLs: admin pages in the ``partnerships`` namespace, and
the few public pages reached by private links (in ``partners``). Each tool's
package has a ``urls`` module with ``urlpatterns`` and ``public_urlpatterns``."""

from django.urls import path
from wagtail.utils.urlpatterns import decorate_urlpatterns

from partnerships.tools.agreement import urls as agreement
from partnerships.tools.common import TOOLS, explain_concluded
from partnerships.tools.communication import urls as communication
from partnerships.tools.evaluation import urls as evaluation
from partnerships.tools.meetings import urls as meetings
from partnerships.tools.risks import urls as risks
from partnerships.tools.views import pick_partnership

# Each tool's URLs, by its key in TOOLS.
TOOL_URLS = {
    "agreement": agreement,
    "communication_plan": communication,
    "evaluation": evaluation,
    "meeting": meetings,
    "risks": risks,
}

admin_urls = (
    [
        path(f"tools/{key}/", pick_partnership, {"tool": key}, name=f"tool_{key}")
        for key, _label, _stage in TOOLS
    ]
    + [
        pattern
        for key, urls in TOOL_URLS.items()
        for pattern in decorate_urlpatterns(urls.urlpatterns, explain_concluded(key))
    ],
    "partnerships",
)

public_urls = (
    [pattern for urls in TOOL_URLS.values() for pattern in urls.public_urlpatterns],
    "partners",
)
