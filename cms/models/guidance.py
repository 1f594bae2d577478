"""Stage guidance: what the guide says for each stage of a partnership."""

from django.db import models
from django.utils.translation import gettext_lazy as _
from modelcluster.fields import ParentalKey
from modelcluster.models import ClusterableModel
from wagtail.admin.panels import InlinePanel, PageChooserPanel
from wagtail.models import Orderable

from cms.stages import Stage


class StageGuidance(ClusterableModel):
    """The chapters, tools, introduction and checklist for one lifecycle stage.

    Editors keep it up to date; the partnership system shows it on every
    partnership in that stage.
    """

    stage = models.CharField(
        _("stage"), max_length=20, choices=Stage.choices, unique=True
    )
    introduction = models.TextField(
        _("introduction"),
        blank=True,
        help_text=_(
            "A few sentences for project managers: what this stage is about and "
            "what to focus on."
        ),
    )

    panels = [
        "stage",
        "introduction",
        InlinePanel("links", label=_("Guide chapters and tools"), min_num=0),
        InlinePanel("checklist_items", label=_("Checklist")),
    ]

    class Meta:
        ordering = ["id"]
        verbose_name = _("stage guidance")
        verbose_name_plural = _("stage guidance")

    def __str__(self):
        return str(Stage(self.stage).label)


class StageGuidanceLink(Orderable):
    guidance = ParentalKey(
        StageGuidance, on_delete=models.CASCADE, related_name="links"
    )
    page = models.ForeignKey(
        "wagtailcore.Page",
        verbose_name=_("page"),
        on_delete=models.CASCADE,
        related_name="+",
    )
    note = models.CharField(
        _("why read it"),
        max_length=255,
        blank=True,
        help_text=_("Optional: one line on what the page helps with in this stage."),
    )

    panels = [PageChooserPanel("page", ["cms.GuidePage", "cms.ToolPage"]), "note"]

    class Meta(Orderable.Meta):
        verbose_name = _("guidance page")


class StageChecklistItem(Orderable):
    guidance = ParentalKey(
        StageGuidance, on_delete=models.CASCADE, related_name="checklist_items"
    )
    text = models.CharField(_("item"), max_length=255)

    panels = ["text"]

    class Meta(Orderable.Meta):
        verbose_name = _("checklist item")
