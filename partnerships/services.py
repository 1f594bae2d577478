"""Audited writes to partnerships: stage changes and conflict-checked saves."""

from collections.abc import Iterable
from datetime import datetime

from django.core.exceptions import ValidationError
from django.db import transaction
from django.utils import timezone
from django.utils.translation import gettext as _
from wagtail.log_actions import log

from cms.models import StageGuidanceLink
from cms.stages import Stage
from partnerships import concurrency, lifecycle
from partnerships.history import save_with_reason
from partnerships.lifecycle import Move
from partnerships.models import (
    ActivityStatus,
    CommunicationActivity,
    Partnership,
    Risk,
    RiskStatus,
    StageTransition,
    Task,
)

# What closing a partnership's leftover means for each kind of record: the
# status it already has for done or closed.
CLOSED = {
    Task: ("done", True),
    CommunicationActivity: ("status", ActivityStatus.DONE),
    Risk: ("status", RiskStatus.CLOSED),
}


def live_guidance_revisions(stage: Stage) -> dict[str, int | None]:
    """{page id: live revision id} for the guidance pages of ``stage``."""
    links = StageGuidanceLink.objects.filter(guidance__stage=stage).select_related(
        "page"
    )
    return {str(link.page_id): link.page.live_revision_id for link in links}


def change_stage(
    partnership: Partnership,
    *,
    move: Move,
    user,
    expected_stage: Stage,
    reason: str = "",
    at: datetime | None = None,
    close: Iterable[Task | CommunicationActivity | Risk] = (),
) -> StageTransition:
    """Move a partnership to another stage, if the rules allow it.

    Locks the row, re-checks that it is still in ``expected_stage`` (the stage
    the user saw), checks the move and the target's entry conditions, records
    the transition and logs it. Raises ValidationError saying what is wrong.
    ``at`` dates a move that happened earlier (when importing past moves).

    A move to concluded also closes the open tasks, activities and risks in
    ``close`` (see ``Partnership.open_items``), each with a history row
    naming the user and the move's reason; all of it happens, or none.
    """
    with transaction.atomic():
        current = concurrency.lock_partnership(partnership.pk, user, edit=False)
        if current.stage != expected_stage:
            raise concurrency.conflict()
        target = lifecycle.moves_from(current.stage_enum).get(Move(move))
        if target is None:
            raise ValidationError(
                _("A partnership in the stage “%(stage)s” cannot do that.")
                % {"stage": current.get_stage_display()},
                code="not_allowed",
            )
        reason = reason.strip()
        if move in lifecycle.NEEDS_REASON and not reason:
            raise ValidationError(
                _("Give a reason for this move."), code="reason_required"
            )
        if move in lifecycle.GATED:
            unmet = lifecycle.unmet_conditions(target, current.facts())
            if unmet:
                raise ValidationError(
                    [ValidationError(str(m), code="gate") for m in unmet]
                )
        closing = _lock_open_items(current, close, target=target)
        why = _("Closed when the partnership was concluded")
        for item in closing:
            field, value = CLOSED[type(item)]
            setattr(item, field, value)
            save_with_reason(item, user, f"{why}: {reason}" if reason else why)

        transition = StageTransition.objects.create(
            partnership=current,
            from_stage=current.stage,
            to_stage=target,
            move=move,
            cycle=current.cycle + (1 if move == Move.RENEW else 0),
            by=user,
            comment=reason,
            at=at or timezone.now(),
            guidance_revisions=live_guidance_revisions(target),
        )
        current.stage = target
        current.cycle = transition.cycle
        current.version += 1
        current._history_user = user
        current._change_reason = f"{lifecycle.MOVE_LABELS[Move(move)]}: {reason}"
        current.save()
        log(
            current,
            "partnerships.stage_change",
            user=user,
            data={
                "from": transition.from_stage,
                "to": transition.to_stage,
                "move": str(move),
                "comment": reason,
                "closed": len(closing),
            },
        )
    partnership.refresh_from_db()
    return transition


def _lock_open_items(partnership: Partnership, chosen, *, target: Stage) -> list:
    """The ``chosen`` leftovers of ``partnership``, their rows locked, if each
    is still open. One that someone closed or deleted since the user chose it
    is a conflict, as is any record that is not an open item of the
    partnership."""
    wanted = {}
    for item in chosen:
        wanted.setdefault(type(item), set()).add(item.pk)
    if not wanted:
        return []
    if target != Stage.CONCLUDED:
        raise ValidationError(
            _("Open tasks, activities and risks are closed only when concluding."),
            code="not_concluding",
        )
    found = []
    for queryset in partnership.open_items().values():
        pks = wanted.pop(queryset.model, set())
        locked = list(queryset.select_for_update().filter(pk__in=pks))
        if len(locked) != len(pks):
            raise concurrency.conflict()
        found += locked
    if wanted:
        raise concurrency.conflict()
    return found


def save_partnership(
    partnership: Partnership,
    *,
    expected: str | None,
    user,
    reason: str = "",
):
    """Save an edited partnership unless someone saved it since it was loaded.

    ``expected`` is the version the form was opened on (``concurrency``). The
    stage, cycle and version are never taken from the edit: only
    ``change_stage`` moves a partnership. Raises ValidationError on a conflict
    or when the partnership is concluded (read-only until it is renewed).
    """
    with transaction.atomic():
        current = concurrency.lock(
            Partnership.objects, partnership.pk, expected=expected
        )
        if not current.is_open:
            raise ValidationError(
                _("A concluded partnership is read-only; renew it to change it."),
                code="concluded",
            )
        partnership.stage = current.stage
        partnership.cycle = current.cycle
        partnership.version = current.version + 1
        partnership._history_user = user
        partnership._change_reason = reason or _("Edited in the partnership form")
        partnership.save()
    return partnership
