"""Audited writes to partnerships: stage changes and conflict-checked saves."""

from datetime import datetime

from django.core.exceptions import PermissionDenied, ValidationError
from django.db import transaction
from django.utils import timezone
from django.utils.translation import gettext as _
from wagtail.log_actions import log

from cms.models import StageGuidanceLink
from cms.stages import Stage
from partnerships import lifecycle
from partnerships.lifecycle import Move
from partnerships.models import Partnership, StageTransition


def _conflict(current: Partnership) -> ValidationError:
    return ValidationError(
        _(
            "Someone else changed this partnership while you were working on it "
            "(it is now in the stage “%(stage)s”). Your changes were not saved; "
            "reload the page to see the newest version."
        )
        % {"stage": current.get_stage_display()},
        code="conflict",
    )


def lock_for_editing(partnership_pk, user) -> Partnership:
    """The partnership row, locked until the transaction ends, if ``user`` may
    still change it and its tools: a member, while it is open."""
    current = Partnership.objects.select_for_update().get(pk=partnership_pk)
    if not current.can_edit(user):
        raise PermissionDenied
    return current


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
) -> StageTransition:
    """Move a partnership to another stage, if the rules allow it.

    Locks the row, re-checks that it is still in ``expected_stage`` (the stage
    the user saw), checks the move and the target's entry conditions, records
    the transition and logs it. Raises ValidationError saying what is wrong.
    ``at`` dates a move that happened earlier (when importing past moves).
    """
    with transaction.atomic():
        current = Partnership.objects.select_for_update().get(pk=partnership.pk)
        if not current.can_change_stage(user):
            raise PermissionDenied
        if current.stage != expected_stage:
            raise _conflict(current)
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
            },
        )
    partnership.refresh_from_db()
    return transition


def save_partnership(
    partnership: Partnership,
    *,
    expected_version: int,
    user,
    reason: str = "",
):
    """Save an edited partnership unless someone saved it since it was loaded.

    The stage, cycle and version are never taken from the edit: only
    ``change_stage`` moves a partnership. Raises ValidationError on a conflict
    or when the partnership is concluded (read-only until it is renewed).
    """
    with transaction.atomic():
        current = Partnership.objects.select_for_update().get(pk=partnership.pk)
        if current.version != expected_version:
            raise _conflict(current)
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
