from django.db import models
from django.http import Http404
from django.utils.text import slugify
from django.utils.translation import gettext_lazy as _
from wagtail.fields import StreamField
from wagtail.models import Page
from wagtail.search import index

from cms.blocks import GUIDE_BLOCKS
from cms.models.base import (
    DanishSlugMixin,
    RouteTrailMixin,
    SectionIndexMixin,
    StageMixin,
    is_private,
)


class GuideIndexPage(DanishSlugMixin, RouteTrailMixin, SectionIndexMixin, Page):
    """The guide's front page, listing its chapters in order."""

    subpage_types = ["cms.GuidePage"]

    class Meta:
        verbose_name = _("guide index page")

    def route(self, request, path_components):
        if not path_components:
            return super().route(request, path_components)
        self.remember_route(request)
        # One query fetches the chapter and its neighbours for previous/next.
        chapters = list(
            GuidePage.objects.child_of(self)
            .annotate(private=is_private())
            .order_by("number", "path")
        )
        chapter = next((c for c in chapters if c.slug == path_components[0]), None)
        if chapter is None:
            raise Http404
        request.cms_chapters = [c for c in chapters if c.live and not c.private]
        return chapter.route(request, path_components[1:])

    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        context["chapters"] = (
            GuidePage.objects.child_of(self).published().order_by("number", "path")
        )
        return context


class GuidePage(DanishSlugMixin, StageMixin, Page):
    """A guide chapter: a question, its sub-questions and what to consider."""

    number = models.PositiveSmallIntegerField(
        _("chapter number"),
        help_text=_("Chapters are listed and numbered in this order."),
    )
    summary = models.TextField(
        _("summary"),
        help_text=_(
            "One or two sentences saying what the chapter answers. Shown in "
            "lists and search results."
        ),
    )
    body = StreamField(
        GUIDE_BLOCKS,
        verbose_name=_("body"),
        help_text=_(
            "Start each sub-question with a 'Sub-question' block; they form the "
            "chapter's table of contents."
        ),
    )

    content_panels = [
        *Page.content_panels,
        "number",
        "summary",
        "body",
        "stages",
    ]
    search_fields = [
        *Page.search_fields,
        index.SearchField("summary"),
        index.SearchField("body"),
        index.FilterField("number"),
    ]
    api_fields = ["number", "summary", "body", *StageMixin.api_fields]

    parent_page_types = ["cms.GuideIndexPage"]
    subpage_types = []

    class Meta:
        verbose_name = _("guide chapter")
        verbose_name_plural = _("guide chapters")

    @property
    def sub_questions(self) -> list[tuple[str, str]]:
        """(anchor, question) for each sub-question, for the table of contents."""
        return [
            (f"q-{slugify(block.value)}", block.value)
            for block in self.body
            if block.block_type == "sub_question"
        ]

    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        chapters = getattr(request, "cms_chapters", None)
        if chapters is None:  # previews and direct calls skip the index's route
            chapters = list(
                GuidePage.objects.sibling_of(self).published().order_by("number")
            )
        position = next(
            (i for i, chapter in enumerate(chapters) if chapter.pk == self.pk), None
        )
        if position is not None:
            context["previous_chapter"] = chapters[position - 1] if position else None
            context["next_chapter"] = (
                chapters[position + 1] if position + 1 < len(chapters) else None
            )
        context["related"] = self.related()
        return context
