"""Shared pieces of the knowledge site's page types."""

import contextlib

from django import forms
from django.db import models
from django.utils.translation import gettext_lazy as _
from modelcluster.fields import ParentalManyToManyField
from wagtail.admin.panels import FieldPanel
from wagtail.embeds.embeds import get_embed, get_embed_hash
from wagtail.embeds.exceptions import EmbedException
from wagtail.embeds.models import Embed
from wagtail.models import PageManager
from wagtail.query import PageQuerySet

from cms.stages import Stage


class LifecycleStage(models.Model):
    """A stage of the partnership lifecycle that pages can be tagged with.

    One row per ``Stage``, created by a migration; editors choose among them.
    """

    code = models.CharField(
        _("stage"), max_length=20, choices=Stage.choices, unique=True
    )

    class Meta:
        ordering = ["id"]
        verbose_name = _("lifecycle stage")
        verbose_name_plural = _("lifecycle stages")

    def __str__(self):
        return str(self.stage.label)

    @property
    def stage(self) -> Stage:
        return Stage(self.code)


class StagePageQuerySet(PageQuerySet):
    def published(self):
        return self.live().public()

    def in_stage(self, stage: Stage):
        return self.published().filter(stages__code=stage).prefetch_related("stages")

    def related_to(self, page, stage_ids: list[int], limit: int = 3):
        """Other published pages sharing a stage with ``page``, in its language."""
        if not stage_ids:
            return self.none()
        return (
            self.published()
            .filter(stages__in=stage_ids, locale_id=page.locale_id)
            .exclude(pk=page.pk)
            .distinct()
            .order_by("title")[:limit]
        )


StagePageManager = PageManager.from_queryset(StagePageQuerySet)


class StageMixin(models.Model):
    """Tags a page with the lifecycle stages it helps with."""

    stages = ParentalManyToManyField(
        LifecycleStage,
        blank=True,
        verbose_name=_("useful in stages"),
        help_text=_(
            "The stages of a partnership this page helps with. The page is then "
            "listed under those stages and shows them to readers."
        ),
    )

    objects = StagePageManager()

    stage_panels = [FieldPanel("stages", widget=forms.CheckboxSelectMultiple)]

    class Meta:
        abstract = True

    @property
    def stage_list(self) -> list[Stage]:
        """The page's stages in lifecycle order (uses prefetched stages if any)."""
        codes = {stage.code for stage in self.stages.all()}
        return [stage for stage in Stage if stage in codes]


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
