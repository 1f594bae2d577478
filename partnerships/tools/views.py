"""The toolbox's way into a stage tool: choose the partnership to open it for."""

from django.template.response import TemplateResponse

from partnerships import permissions
from partnerships.models import Partnership
from partnerships.tools.common import TOOL_LABELS


def pick_partnership(request, tool: str):
    """The user's own partnerships first, then the others."""
    permissions.require(permissions.can_see_partnerships(request.user))
    partnerships = Partnership.objects.select_related("project_manager").order_by(
        "title"
    )
    mine = {p.pk for p in Partnership.objects.for_member(request.user)}
    return TemplateResponse(
        request,
        "partnerships/tools/pick.html",
        {
            "tool_label": TOOL_LABELS[tool],
            "mine": [p for p in partnerships if p.pk in mine],
            "others": [p for p in partnerships if p.pk not in mine],
            "url_name": f"partnerships:{tool}",
        },
    )
