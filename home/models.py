from django.db import models
from django.http import Http404
from django.shortcuts import redirect
from django.utils.translation import gettext_lazy as _
from wagtail.contrib.routable_page.models import RoutablePageMixin, path
from wagtail.models import Page
from wagtail.url_routing import RouteResult

from cms.models import CasePage, GuidePage, ToolPage
from cms.models.base import DanishSlugMixin, RouteTrailMixin
from cms.navigation import fallback_url, menu_for
from cms.stages import STAGE_ROUTE, Stage


class HomePage(DanishSlugMixin, RouteTrailMixin, RoutablePageMixin, Page):
    """The front page: what the site offers, where to start, and the stages."""

    intro = models.TextField(
        _("introduction"),
        blank=True,
        help_text=_(
            "Two or three sentences under the page title telling a visitor what "
            "the site offers and who it is for."
        ),
    )

    content_panels = [*Page.content_panels, "intro"]
    api_fields = ["intro"]

    parent_page_types = ["wagtailcore.Page"]
    subpage_types = [
        "cms.GuideIndexPage",
        "cms.ToolboxIndexPage",
        "cms.CaseIndexPage",
        "cms.FilmPage",
        "cms.StandardPage",
    ]
    max_count_per_parent = 1

    class Meta:
        verbose_name = _("home page")

    def route(self, request, path_components):
        try:
            return super().route(request, path_components)
        except Http404:
            # An address on a translated site that names an untranslated page
            # leads to the notice about it rather than to "not found".
            url = fallback_url(request, self, path_components)
            if url is None:
                raise
            return RouteResult(self, args=(_redirect, (url,), {}))

    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        context["sections"] = menu_for(request, self)
        context["stages"] = list(Stage)
        return context

    @path(STAGE_ROUTE.format(code="<str:code>"), name="stage")
    def stage(self, request, code):
        """Everything in the guide, the toolbox and the cases for one stage."""
        if code not in Stage.values:
            raise Http404
        stage = Stage(code)
        context = {
            "stage": stage,
            "stages": list(Stage),
            "chapters": GuidePage.objects.in_stage(stage)
            .filter(locale_id=self.locale_id)
            .order_by("number"),
            "tools": ToolPage.objects.in_stage(stage)
            .filter(locale_id=self.locale_id)
            .order_by("title"),
            "cases": CasePage.objects.in_stage(stage)
            .filter(locale_id=self.locale_id)
            .newest_first(),
        }
        return self.render(
            request,
            context_overrides=context,
            template="home/stage_page.html",
        )


def _redirect(request, url):
    return redirect(url)
