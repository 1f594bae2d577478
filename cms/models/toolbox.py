from django.db import models
from django.urls import NoReverseMatch, reverse
from django.utils.translation import gettext_lazy as _
from modelcluster.fields import ParentalKey
from wagtail.admin.panels import FieldPanel, InlinePanel
from wagtail.api import APIField
from wagtail.fields import StreamField
from wagtail.models import Orderable, Page
from wagtail.search import index

from cms.api_fields import ChoiceField, DocumentField
from cms.blocks import TOOL_BLOCKS
from cms.models.base import (
    ChildRouteMixin,
    DanishSlugMixin,
    SectionIndexMixin,
    StageMixin,
)
from cms.stages import Stage


class ToolType(models.TextChoices):
    MODEL = "model", _("Model")
    TEMPLATE = "template", _("Template")
    CHECKLIST = "checklist", _("Checklist")
    QUESTIONS = "questions", _("Question list")
    EXAMPLE = "example", _("Example")
    GAME = "game", _("Game")
    DEFINITIONS = "definitions", _("Definitions")
    METHOD = "method", _("Method")


class WorkingTool(models.TextChoices):
    """The working forms the partnership system offers for a tool."""

    AGREEMENT = "agreement", _("Cooperation agreement")
    COMMUNICATION_PLAN = "communication_plan", _("Communication plan")
    EVALUATION = "evaluation", _("Evaluation")
    MEETING = "meeting", _("Meeting")
    RISKS = "risks", _("Risk register")


class ToolboxIndexPage(DanishSlugMixin, ChildRouteMixin, SectionIndexMixin, Page):
    """The toolbox: all tools, filterable by stage."""

    subpage_types = ["cms.ToolPage"]
    child_model = "cms.ToolPage"

    class Meta:
        verbose_name = _("toolbox index page")

    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        tools = ToolPage.objects.child_of(self).published()
        selected = request.GET.get("fase", "")
        if selected in Stage.values:
            tools = tools.in_stage(Stage(selected))
            context["selected_stage"] = Stage(selected)
        elif selected:
            context["filter_error"] = _("There is no stage called “%(stage)s”.") % {
                "stage": selected
            }
        context["stages"] = list(Stage)
        context["tools"] = tools.order_by("title")
        return context


class ToolPage(DanishSlugMixin, StageMixin, Page):
    """A practical tool: what it is for, when and how to use it, and its templates."""

    summary = models.TextField(
        _("what the tool is for"),
        help_text=_("One or two sentences. Shown in lists and search results."),
    )
    tool_type = models.CharField(
        _("kind of tool"), max_length=20, choices=ToolType.choices
    )
    when_to_use = models.TextField(
        _("when to use it"),
        blank=True,
        help_text=_("The situation or stage in which the tool helps."),
    )
    body = StreamField(TOOL_BLOCKS, verbose_name=_("how to use it"))
    working_tool = models.CharField(
        _("working form in the partnership system"),
        max_length=30,
        choices=WorkingTool.choices,
        blank=True,
        help_text=_(
            "If the partnership system has a working form for this tool, staff "
            "reading the page get a link to it."
        ),
    )

    content_panels = [
        *Page.content_panels,
        "summary",
        "tool_type",
        "when_to_use",
        "body",
        InlinePanel("downloads", label=_("Downloadable templates")),
        "stages",
        "working_tool",
    ]
    search_fields = [
        *Page.search_fields,
        index.SearchField("summary"),
        index.SearchField("when_to_use"),
        index.SearchField("body"),
    ]
    # The link to the partnership system's working form is for staff only.
    api_fields = [
        "summary",
        APIField("tool_type", serializer=ChoiceField(ToolType)),
        "when_to_use",
        "body",
        "downloads",
        *StageMixin.api_fields,
    ]

    parent_page_types = ["cms.ToolboxIndexPage"]
    subpage_types = []

    class Meta:
        verbose_name = _("tool")
        verbose_name_plural = _("tools")

    @property
    def working_tool_url(self) -> str:
        """The partnership system's page for this tool, once it provides one."""
        if not self.working_tool:
            return ""
        try:
            return reverse(f"partnerships:tool_{self.working_tool}")
        except NoReverseMatch:
            return ""

    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        context["related"] = self.related()
        context["downloads"] = self.downloads.select_related("document")
        return context


class ToolDownload(Orderable):
    page = ParentalKey(ToolPage, on_delete=models.CASCADE, related_name="downloads")
    document = models.ForeignKey(
        "wagtaildocs.Document",
        on_delete=models.CASCADE,
        related_name="+",
        verbose_name=_("document"),
    )
    description = models.CharField(
        _("description"),
        max_length=255,
        blank=True,
        help_text=_("Optional: what the document contains, e.g. 'Word template'."),
    )

    panels = [FieldPanel("document"), "description"]
    api_fields = [APIField("document", serializer=DocumentField()), "description"]

    class Meta(Orderable.Meta):
        verbose_name = _("downloadable template")
