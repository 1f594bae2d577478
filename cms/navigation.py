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
DAY = 60 * 60 * 24


def versioned_get_many(keys: list[str]) -> tuple[int, dict]:
    """The current version and the values stored under ``keys`` for it, in
    one cache round trip. Values are stored with the version they were made
    for (``versioned_set``); one made for an older version counts as missing."""
    found = cache.get_many([VERSION_KEY, *keys])
    version = found.pop(VERSION_KEY, None)
    if version is None:
        version = time.time_ns()
        cache.set(VERSION_KEY, version, None)
    return version, {
        key: stored[1]
        for key, stored in found.items()
        if isinstance(stored, tuple) and stored[0] == version
    }


def versioned_set(key: str, version: int, value, timeout=DAY) -> None:
    cache.set(key, (version, value), timeout)


def invalidate(**kwargs) -> None:
    """Signal receiver: the page tree visible to readers has changed."""
    cache.set(VERSION_KEY, time.time_ns(), None)


def _menu_key(home) -> str:
    return f"cms:menu:{home.pk}"


def _translations_key(page) -> str:
    return f"cms:translations:{page.translation_key}"


def _navigation(request, key: str, also=()):
    """The navigation value under ``key`` for this request. The first call of
    a request fetches the version, ``key`` and the keys ``also`` needed later
    in the same request in one round trip; later calls reuse them, and fetch
    only a key that was not among them."""
    memo = getattr(request, "cms_navigation", None)
    if memo is None:
        keys = list(dict.fromkeys([key, *also]))
        version, values = versioned_get_many(keys)
        memo = request.cms_navigation = {
            "version": version,
            "values": values,
            "fetched": set(keys),
        }
    if key not in memo["fetched"]:
        stored = cache.get(key)
        if isinstance(stored, tuple) and stored[0] == memo["version"]:
            memo["values"][key] = stored[1]
        memo["fetched"].add(key)
    return memo["version"], memo["values"].get(key)


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


def menu_for(request, home, page=None) -> list[dict]:
    """Published pages marked "show in menus" under ``home``, as plain data.
    ``page``, the page shown, has its translation links fetched alongside."""
    key = _menu_key(home)
    also = [_translations_key(page)] if isinstance(page, Page) else []
    version, menu = _navigation(request, key, also)
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
        versioned_set(key, version, menu)
    return menu


def breadcrumbs_for(request, page) -> list[Page]:
    """The page's ancestors from the home page down, reusing routing's trail."""
    trail = getattr(request, "cms_trail", [])
    if trail and trail[-1].path == page.path[: -Page.steplen]:
        return trail
    return list(page.get_ancestors().filter(depth__gt=1))


def translation_urls(request, page) -> dict[str, str]:
    """{language code: URL} for the page's published translations."""
    key = _translations_key(page)
    home = getattr(request, "cms_home", None)
    version, urls = _navigation(request, key, [_menu_key(home)] if home else [])
    if urls is None:
        translations = page.get_translations(inclusive=True).live()
        urls = {
            translation.locale.language_code: translation.get_url(request)
            for translation in translations.select_related("locale")
        }
        versioned_set(key, version, urls)
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
