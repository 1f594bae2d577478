"""Stage checklists: what a partnership has ticked off, and ticking it."""

from django.core.exceptions import ValidationError
from django.db import transaction
from django.db.models import Count, IntegerField, Max, OuterRef, Subquery
from django.db.models.functions import Coalesce
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy

from cms.models import StageChecklistItem, StageGuidance
from cms.stages import Stage
from partnerships import concurrency, permissions
from partnerships.history import delete_with_reason, save_with_reason
from partnerships.models import ChecklistTick

UNKNOWN_ITEMS = gettext_lazy(
    "The form named checklist items that are not on this stage's checklist "
    "(perhaps an editor has just changed it). Nothing was saved; reload the page "
    "and try again."
)


def version(partnership, stage: str) -> str:
    """The version a checklist form carries: the newest history row of the
    partnership's ticks in ``stage``. Ticks in other stages do not count, so
    two people ticking different stages' lists never conflict."""
    newest = ChecklistTick.history.filter(
        partnership_id=partnership.pk, stage=stage
    ).aggregate(newest=Max("history_id"))["newest"]
    return str(newest or 0)


def checklists(partnership, user) -> list[dict]:
    """Every stage's checklist as the partnership's page shows it: the items,
    each with its tick (who, when) if ticked, the form's version, and whether
    the list starts unfolded (the current stage's)."""
    guidance = {
        g.stage: g for g in StageGuidance.objects.prefetch_related("checklist_items")
    }
    ticks = {
        tick.item_id: tick
        for tick in partnership.checklist_ticks.select_related("ticked_by")
    }
    versions = dict(
        ChecklistTick.history.filter(partnership_id=partnership.pk)
        .values_list("stage")
        .annotate(newest=Max("history_id"))
        .order_by()
    )
    editable = permissions.can_edit(partnership, user)
    result = []
    for stage in Stage:
        items = list(guidance[stage].checklist_items.all()) if stage in guidance else []
        if not items:
            continue
        rows = [{"item": item, "tick": ticks.get(item.pk)} for item in items]
        result.append(
            {
                "stage": stage,
                "rows": rows,
                "ticked": sum(1 for row in rows if row["tick"]),
                "total": len(rows),
                "current": stage == partnership.stage,
                "version": str(versions.get(stage.value) or 0),
                "editable": editable,
            }
        )
    return result


def item_totals() -> dict[str, int]:
    """How many items each stage's checklist has, by stage (one query)."""
    return dict(
        StageChecklistItem.objects.values_list("guidance__stage")
        .annotate(n=Count("pk"))
        .order_by()
    )


def with_current_ticks(partnerships):
    """Annotate ``checklist_ticked``: how many items of its current stage's
    checklist each partnership has ticked off."""
    ticked = (
        ChecklistTick.objects.filter(
            partnership=OuterRef("pk"), item__guidance__stage=OuterRef("stage")
        )
        .order_by()
        .values("partnership")
        .annotate(n=Count("pk"))
        .values("n")
    )
    return partnerships.annotate(
        checklist_ticked=Coalesce(Subquery(ticked, output_field=IntegerField()), 0)
    )


def tick(
    partnership,
    *,
    stage: str,
    ticked: set[int],
    user,
    expected: str | None = None,
) -> tuple[int, int]:
    """Make ``ticked`` the ticked-off items of the partnership's checklist
    for ``stage``: new ticks name ``user``, the others of that list are
    unticked, each with a history row. Refuses (changing nothing) ids not on
    that checklist, a form opened on another version of it, and users who
    may not edit the partnership. Returns how many were ticked and unticked."""
    with transaction.atomic():
        partnership = concurrency.lock_partnership(partnership.pk, user)
        items = {
            item.pk: item
            for item in StageChecklistItem.objects.filter(guidance__stage=stage)
        }
        if not ticked <= items.keys():
            raise ValidationError(UNKNOWN_ITEMS, code="unknown_item")
        if expected is not None and str(expected) != version(partnership, stage):
            raise concurrency.conflict()
        existing = {
            tick.item_id: tick
            for tick in partnership.checklist_ticks.filter(item_id__in=items.keys())
        }
        added = sorted(ticked - existing.keys())
        removed = sorted(existing.keys() - ticked)
        for pk in added:
            new = ChecklistTick(
                partnership=partnership,
                item=items[pk],
                stage=stage,
                text=items[pk].text,
                ticked_by=user,
            )
            save_with_reason(new, user, _("Checklist item ticked off"))
        for pk in removed:
            delete_with_reason(existing[pk], user, _("Checklist item unticked"))
    return len(added), len(removed)
