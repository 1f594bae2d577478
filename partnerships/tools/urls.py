"""The stage tools' URLs: admin pages in the ``partnerships`` namespace, and
the few public pages reached by private links (in ``partners``)."""

from django.urls import path

from partnerships.tools import (
    agreement,
    common,
    communication,
    evaluation,
    meetings,
    risks,
)

MODULES = [agreement, communication, evaluation, meetings, risks]

admin_urls = (
    [
        path(
            f"tools/{key}/",
            common.pick_partnership,
            {"tool": key},
            name=f"tool_{key}",
        )
        for key, _label, _stage in common.TOOLS
    ]
    + [pattern for module in MODULES for pattern in module.urlpatterns],
    "partnerships",
)

public_urls = (
    [pattern for module in MODULES for pattern in module.public_urlpatterns],
    "partners",
)
