"""Stage checklists ticked off per partnership."""

from django.conf import settings
from django.db import models
from django.utils import timezone
from django.utils.translation import gettext_lazy as _

from cms.stages import Stage
from partnerships.history import HistoricalRecords
from partnerships.models.partnership import Partnership


class ChecklistTick(models.Model):
    """One item of a stage's checklist (cms ``StageChecklistItem``) ticked off
    for one partnership: who and when. Unticking deletes the tick (its
    history keeps who did it). The item's wording is copied, so a tick keeps
    its meaning if editors later reword or remove the item."""

    partnership = models.ForeignKey(
        Partnership, on_delete=models.CASCADE, related_name="checklist_ticks"
    )
    item = models.ForeignKey(
        "cms.StageChecklistItem",
        verbose_name=_("checklist item"),
        on_delete=models.SET_NULL,
        null=True,
        blank=True,
        related_name="+",
    )
    stage = models.CharField(_("stage"), max_length=20, choices=Stage.choices)
    text = models.CharField(_("item"), max_length=255)
    ticked_by = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        verbose_name=_("ticked by"),
        on_delete=models.PROTECT,
        related_name="+",
    )
    ticked_at = models.DateTimeField(_("ticked"), default=timezone.now)

    history = HistoricalRecords()

    class Meta:
        ordering = ["partnership", "stage", "pk"]
        verbose_name = _("ticked checklist item")
        verbose_name_plural = _("ticked checklist items")
        constraints = [
            models.UniqueConstraint(
                fields=["partnership", "item"], name="one_tick_per_item"
            )
        ]

    def __str__(self):
        return self.text
