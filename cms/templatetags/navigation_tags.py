from django import template
from django.conf import settings
from django.urls import translate_url
from django.utils.translation import get_language, get_language_info
from wagtail.models import Page

from cms import navigation
from cms.stages import STAGE_ROUTE

register = template.Library()


@register.simple_tag(takes_context=True)
def home_page(context):
    return navigation.home_for(context["request"])


@register.simple_tag(takes_context=True)
def main_menu(context):
    """The menu, each item flagged when it is or contains the current page."""
    request = context["request"]
    home = navigation.home_for(request)
    if home is None:
        return []
    page = context.get("page")
    current_path = page.path if isinstance(page, Page) else ""
    return [
        {
            **item,
            "current": item["path"] == current_path,
            "ancestor": current_path.startswith(item["path"]),
        }
        for item in navigation.menu_for(request, home, page)
    ]


@register.simple_tag(takes_context=True)
def breadcrumbs(context, page):
    return navigation.breadcrumbs_for(context["request"], page)


@register.simple_tag(takes_context=True)
def stage_url(context, stage):
    """The public listing of everything that helps with ``stage``."""
    request = context["request"]
    home = navigation.home_for(request)
    if home is None:
        return ""
    return home.get_url(request) + STAGE_ROUTE.format(code=stage.value)


@register.inclusion_tag("includes/language_switch.html", takes_context=True)
def language_switch(context):
    """Links to this page in each language: its translation, else a notice
    that the page is not yet available in that language."""
    request = context["request"]
    page = context.get("page")
    urls = navigation.translation_urls(request, page) if isinstance(page, Page) else {}
    links = []
    for code, _name in settings.LANGUAGES:
        if isinstance(page, Page):
            url = urls.get(code) or navigation.untranslated_url(page, code)
        else:
            url = translate_url(request.get_full_path(), code)
        links.append(
            {
                "code": code,
                "name": get_language_info(code)["name_local"],
                "url": url,
                "current": code == get_language(),
            }
        )
    return {"languages": links}
