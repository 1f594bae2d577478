"""Home page, menu, breadcrumbs and translations for templates, with few queries.

Menus and translation links change only when pages are published, unpublished,
moved or deleted, so they are cached until one of those happens.
"""

import time

from django.core.cache import cache
from django.db.models import Q
from django.urls import reverse
from django.utils.translation import get_language, override
from wagtail.models import Locale, Page, Site

from cms.models.base import exclude_private

VERSION_KEY = "cms:navigation-version"


def current_version() -> int:
    """A number that changes whenever pages readers see change."""
    return _version()


def _version() -> int:
    version = cache.get(VERSION_KEY)
    if version is None:
        version = time.time_ns()
        cache.set(VERSION_KEY, version, None)
    return version


def invalidate(**kwargs) -> None:
    """Signal receiver: the page tree visible to readers has changed."""
    cache.set(VERSION_KEY, time.time_ns(), None)


def home_for(request):
    """The home page in the active language, from routing when possible."""
    if not hasattr(request, "cms_home"):
        trail = getattr(request, "cms_trail", [])
        if trail and trail[0].depth == 2:
            home = trail[0]
        else:
            site = Site.find_for_request(request)
            home = None
            if site is not None:
                home = (
                    Page.objects.live()
                    .filter(
                        translation_key=site.root_page.translation_key,
                        locale__language_code=get_language(),
                    )
                    .specific(defer=True)
                    .first()
                ) or site.root_page.specific_deferred
        request.cms_home = home
    return request.cms_home


def menu_for(request, home) -> list[dict]:
    """Published pages marked "show in menus" under ``home``, as plain data."""
    key = f"cms:menu:{home.pk}:{_version()}"
    menu = cache.get(key)
    if menu is None:
        pages = exclude_private(home.get_children().live().in_menu()).specific()
        menu = [
            {
                "title": page.title,
                "url": page.get_url(request),
                "path": page.path,
                "intro": getattr(page, "intro", "") or page.search_description,
            }
            for page in pages
        ]
        cache.set(key, menu, 60 * 60 * 24)
    return menu


def breadcrumbs_for(request, page) -> list[Page]:
    """The page's ancestors from the home page down, reusing routing's trail."""
    trail = getattr(request, "cms_trail", [])
    if trail and trail[-1].path == page.path[: -Page.steplen]:
        return trail
    return list(page.get_ancestors().filter(depth__gt=1))


def translation_urls(request, page) -> dict[str, str]:
    """{language code: URL} for the page's published translations."""
    key = f"cms:translations:{page.translation_key}:{_version()}"
    urls = cache.get(key)
    if urls is None:
        translations = page.get_translations(inclusive=True).live()
        urls = {
            translation.locale.language_code: translation.get_url(request)
            for translation in translations.select_related("locale")
        }
        cache.set(key, urls, 60 * 60 * 24)
    return urls


def untranslated_url(page, code: str) -> str:
    """The notice saying ``page`` is not yet available in the language ``code``."""
    with override(code):
        return reverse("untranslated", args=[page.pk])


def fallback_url(request, home, path_components) -> str | None:
    """Where to send a reader whose address under a translated home page found
    nothing, or None for a plain "not found".

    Readers (and the language switcher of other sites) often swap the language
    prefix of an address and keep the rest; editors may also translate a page
    under a new slug. So each part of the path is matched among the published
    children of the default language's tree by its own slug or by the slug of
    its translation. The page found is shown in this language if it has a
    translation here, else the notice that it has not.
    """
    default = Locale.get_default()
    if home.locale_id == default.pk:
        return None
    page = home.get_translation_or_none(default)
    for slug in path_components:
        if page is None:
            return None
        translated = Page.objects.filter(locale_id=home.locale_id, slug=slug)
        named = Q(slug=slug) | Q(
            translation_key__in=translated.values("translation_key")
        )
        page = exclude_private(page.get_children().live()).filter(named).first()
    if page is None or page.depth == home.depth:
        return None
    here = (
        Page.objects.live()
        .filter(translation_key=page.translation_key, locale_id=home.locale_id)
        .first()
    )
    url = here.get_url(request) if here is not None else None
    if url == request.path:
        return None
    return url or untranslated_url(page, home.locale.language_code)
