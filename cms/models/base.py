"""Shared pieces of the knowledge site's page types."""

import contextlib

from django.apps import apps
from django.db import models
from django.db.models import Exists, F, OuterRef, Q
from django.db.models.functions import Substr
from django.http import Http404
from django.utils.translation import gettext_lazy as _
from wagtail.embeds.embeds import get_embed, get_embed_hash
from wagtail.embeds.exceptions import EmbedException
from wagtail.embeds.models import Embed
from wagtail.models import Page, PageManager, PageViewRestriction
from wagtail.query import PageQuerySet
from wagtail.search import index

from cms.fields import StageSetField
from cms.stages import Stage


def is_private() -> Exists:
    """Whether a page or one of its ancestors has a view restriction.

    A correlated subquery, so it costs no extra query; Wagtail's ``public()``
    runs one more query every time it is used.
    """
    return Exists(
        PageViewRestriction.objects.filter(
            page__path=Substr(OuterRef("path"), 1, F("page__depth") * Page.steplen)
        )
    )


def exclude_private(queryset: PageQuerySet) -> PageQuerySet:
    """Drop pages behind a view restriction, in the same query."""
    return queryset.exclude(is_private())


class RouteTrailMixin:
    """Remembers on the request the pages that routing passed through.

    Templates then have the home page and the breadcrumbs without querying
    for pages Wagtail has just loaded.
    """

    def remember_route(self, request):
        trail = [] if self.depth <= 2 else getattr(request, "cms_trail", [])
        request.cms_trail = [*trail, self]

    def route(self, request, path_components):
        self.remember_route(request)
        return super().route(request, path_components)


class ChildRouteMixin(RouteTrailMixin):
    """Routes to children of one page type in a single query.

    Wagtail's default looks up the child and then its specific page: two
    queries per level.
    """

    child_model: str  # "app_label.ModelName"

    def route(self, request, path_components):
        if not path_components:
            return super().route(request, path_components)
        self.remember_route(request)
        model = apps.get_model(self.child_model)
        child = model.objects.child_of(self).filter(slug=path_components[0]).first()
        if child is None:
            raise Http404
        return child.route(request, path_components[1:])


class StagePageQuerySet(PageQuerySet):
    def published(self):
        return exclude_private(self.live())

    def in_stage(self, stage: Stage):
        return self.published().filter(stages__contains=f",{stage.value},")


StagePageManager = PageManager.from_queryset(StagePageQuerySet)


class SectionIndexMixin(models.Model):
    """A section's front page under the home page, with a short introduction."""

    intro = models.TextField(
        _("introduction"),
        blank=True,
        help_text=_("A short introduction shown above the list of pages."),
    )

    content_panels = [*Page.content_panels, "intro"]
    search_fields = [*Page.search_fields, index.SearchField("intro")]
    parent_page_types = ["home.HomePage"]

    class Meta:
        abstract = True


class StageMixin(models.Model):
    """Tags a page with the lifecycle stages it helps with."""

    stages = StageSetField(
        _("useful in stages"),
        help_text=_(
            "The stages of a partnership this page helps with. The page is then "
            "listed under those stages and shows them to readers."
        ),
    )

    objects = StagePageManager()

    class Meta:
        abstract = True

    @property
    def stage_list(self) -> list[Stage]:
        """The page's stages in lifecycle order."""
        return [Stage(code) for code in self.stages]

    def related(self, limit: int = 4):
        """Other published guide chapters, tools and cases sharing a stage, in
        this page's language (one query; base pages, not specific ones)."""
        if not self.stages:
            return Page.objects.none()
        condition = Q()
        for model in StageMixin.__subclasses__():
            prefix = model._meta.model_name
            for code in self.stages:
                condition |= Q(**{f"{prefix}__stages__contains": f",{code},"})
        return exclude_private(
            Page.objects.live()
            .filter(condition, locale_id=self.locale_id)
            .exclude(pk=self.pk)
            .order_by("title")
        )[:limit]


def cached_embed_html(url: str) -> str:
    """The embed HTML stored for a video address, without any network request.

    Pages must render offline, so they never fetch embeds; ``fetch_embed`` does
    that when an editor saves a page.
    """
    if not url:
        return ""
    embed = Embed.objects.filter(hash=get_embed_hash(url)).only("html").first()
    return embed.html if embed else ""


def fetch_embed(url: str) -> None:
    """Store the embed for a video address if its provider can be reached."""
    # Offline or unsupported: readers get a plain link instead.
    with contextlib.suppress(EmbedException, OSError, ValueError):
        get_embed(url)
