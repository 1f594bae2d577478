from django import forms
from django.core.paginator import EmptyPage, PageNotAnInteger, Paginator
from django.http import Http404, JsonResponse
from django.shortcuts import redirect
from django.template.response import TemplateResponse
from django.utils.http import urlencode
from django.utils.translation import get_language_info
from django.utils.translation import gettext_lazy as _
from django.views.decorators.cache import never_cache
from django.views.decorators.http import require_safe
from wagtail.models import Locale, Page

from cms.health import web_status
from cms.models.base import exclude_private


@never_cache
@require_safe
def health(request):
    """Whether the site reaches its database and cache: 200 when both answer,
    else 503 naming the part that does not (cms/health.py)."""
    status = web_status()
    return JsonResponse(status, status=200 if status["status"] == "ok" else 503)


class SearchForm(forms.Form):
    q = forms.CharField(label=_("Search the site"), max_length=200, required=False)


def search(request):
    """Full-text search over published pages in the current language."""
    form = SearchForm(request.GET)
    query = form.cleaned_data["q"].strip() if form.is_valid() else ""
    results = Page.objects.none()
    if query:
        results = (
            Page.objects.live()
            .public()
            .filter(locale=Locale.get_active())
            .exclude(depth__lte=1)
            .specific()
            .search(query)
        )
    paginator = Paginator(results, 10)
    page_number = request.GET.get("side", "1")
    try:
        results_page = paginator.page(page_number)
    except (EmptyPage, PageNotAnInteger):
        results_page = paginator.page(1)
    return TemplateResponse(
        request,
        "cms/search.html",
        {
            "form": form,
            "query": query,
            "results": results_page,
            "query_prefix": urlencode({"q": query}) + "&",
        },
    )


@require_safe
def untranslated(request, page_id):
    """Where the language switcher sends a reader when a page has no published
    translation in the chosen language: a notice linking to the languages the
    page is published in, or the translation itself once there is one."""
    locale = Locale.get_active()
    translations = list(
        exclude_private(
            Page.objects.live().filter(
                translation_key=Page.objects.filter(pk=page_id)
                .exclude(depth=1)
                .values("translation_key")[:1]
            )
        )
        .select_related("locale")
        .order_by("locale__language_code")
    )
    if not translations:
        raise Http404
    available = []
    for page in translations:
        url = page.get_url(request)
        if url is None:
            continue
        if page.locale_id == locale.pk:
            return redirect(url)
        info = get_language_info(page.locale.language_code)
        available.append(
            {
                "code": page.locale.language_code,
                "language": info["name_translated"],
                "name_local": info["name_local"],
                "title": page.title,
                "url": url,
            }
        )
    if not available:
        raise Http404
    return TemplateResponse(
        request,
        "cms/untranslated.html",
        {
            "language": get_language_info(locale.language_code)["name_translated"],
            "available": available,
        },
    )
