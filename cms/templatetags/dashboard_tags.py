"""The dashboard's search box searches where the user may search."""

from django import template
from django.utils.translation import gettext as _
from wagtail.admin.auth import user_has_any_page_permission
from wagtail.admin.forms.search import SearchForm
from wagtail.admin.search import admin_search_areas

register = template.Library()


@register.simple_tag(takes_context=True)
def dashboard_search(context):
    """For someone who may not work with pages (Wagtail's box searches them,
    and refuses them), the first search area they may use, as the sidebar's
    box: ``{"url": ..., "form": ...}``, or ``{}`` when there is none. None
    for everyone else: the box stays Wagtail's."""
    request = context["request"]
    if user_has_any_page_permission(request.user):
        return None
    areas = admin_search_areas.search_items_for_request(request)
    if not areas:
        return {}
    area = areas[0]
    placeholder = _("Search %(area)s…") % {"area": str(area.label).lower()}
    return {"url": area.url, "form": SearchForm(placeholder=placeholder)}
