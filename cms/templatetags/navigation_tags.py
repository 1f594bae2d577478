from django import template
from django.conf import settings
from django.urls import translate_url
from django.utils.translation import get_language, get_language_info
from wagtail.models import Locale, Page, Site

register = template.Library()


def _home(request):
    site = Site.find_for_request(request)
    return site.root_page.localized if site else None


@register.simple_tag(takes_context=True)
def main_menu(context):
    """Live pages marked "show in menus" under the home page, flagged when current."""
    home = _home(context["request"])
    if home is None:
        return []
    current = context.get("page")
    current_path = current.path if isinstance(current, Page) else ""
    return [
        {
            "page": item,
            "current": item.path == current_path,
            "ancestor": current_path.startswith(item.path),
        }
        for item in home.get_children().live().in_menu().public()
    ]


@register.simple_tag(takes_context=True)
def home_page(context):
    return _home(context["request"])


@register.inclusion_tag("includes/language_switch.html", takes_context=True)
def language_switch(context):
    """Links to this page in each language: its translation, else that home page."""
    request = context["request"]
    page = context.get("page")
    current = get_language()
    urls = {}
    if isinstance(page, Page):
        translations = page.get_translations(inclusive=True).live()
        for translation in translations.select_related("locale"):
            urls[translation.locale.language_code] = translation.get_url(request)
    site_root = Site.find_for_request(request)
    locales = {locale.language_code: locale for locale in Locale.objects.all()}
    links = []
    for code, _name in settings.LANGUAGES:
        url = urls.get(code)
        if url is None and page is None:
            url = translate_url(request.get_full_path(), code)
        if url is None and site_root and code in locales:
            root = site_root.root_page.get_translation_or_none(locales[code])
            url = root.get_url(request) if root and root.live else None
        if url:
            name = get_language_info(code)["name_local"]
            links.append(
                {"code": code, "name": name, "url": url, "current": code == current}
            )
    return {"languages": links}
