"""Which stage may follow which, and what must be true to enter a stage.

Pure Python: no queries. The facts a gate reads are gathered by
``Partnership.facts()``; everything here is one readable rule set.
"""

from collections.abc import Callable
from dataclasses import dataclass
from enum import StrEnum

from django.utils.functional import Promise
from django.utils.translation import gettext_lazy as _

from cms.stages import Stage


class Move(StrEnum):
    FORWARD = "forward"
    BACK = "back"
    END_EARLY = "end_early"
    RENEW = "renew"


MOVE_LABELS = {
    Move.FORWARD: _("Move forward"),
    Move.BACK: _("Go back a stage"),
    Move.END_EARLY: _("End the partnership early"),
    Move.RENEW: _("Renew with a new agreement"),
}

# The allowed moves from each stage. A move back, an early end and a renewal
# need a written reason; moving forward and renewing must meet the target's
# entry conditions.
ALLOWED_MOVES: dict[Stage, dict[Move, Stage]] = {
    Stage.INITIATION: {
        Move.FORWARD: Stage.AGREEMENT,
        Move.END_EARLY: Stage.CONCLUDED,
    },
    Stage.AGREEMENT: {
        Move.FORWARD: Stage.COMMUNICATION,
        Move.BACK: Stage.INITIATION,
        Move.END_EARLY: Stage.CONCLUDED,
    },
    Stage.COMMUNICATION: {
        Move.FORWARD: Stage.EVALUATION,
        Move.BACK: Stage.AGREEMENT,
        Move.END_EARLY: Stage.CONCLUDED,
    },
    Stage.EVALUATION: {
        Move.FORWARD: Stage.CONCLUDED,
        Move.BACK: Stage.COMMUNICATION,
        Move.END_EARLY: Stage.CONCLUDED,
    },
    Stage.CONCLUDED: {
        Move.RENEW: Stage.AGREEMENT,
    },
}
NEEDS_REASON = {Move.BACK, Move.END_EARLY, Move.RENEW}
GATED = {Move.FORWARD, Move.RENEW}


@dataclass(frozen=True)
class Facts:
    """What the gates know about a partnership."""

    partner_count: int = 0
    has_purpose: bool = False
    goal_count: int = 0
    agreement_signed: bool = False
    plan_activity_count: int = 0
    evaluation_completed: bool = False
    has_closing_reflection: bool = False


@dataclass(frozen=True)
class Condition:
    holds: Callable[[Facts], bool]
    message: Promise  # what must be done, in plain language
    tool: str = ""  # the stage tool where it is done (a WorkingTool value)


ENTRY_CONDITIONS: dict[Stage, list[Condition]] = {
    Stage.INITIATION: [],
    Stage.AGREEMENT: [
        Condition(
            lambda f: f.partner_count > 0,
            _("Add at least one partner organisation."),
        ),
        Condition(lambda f: f.has_purpose, _("Describe the partnership's purpose.")),
        Condition(
            lambda f: f.goal_count > 0,
            _("Link the partnership to at least one of the library's strategic goals."),
        ),
    ],
    Stage.COMMUNICATION: [
        Condition(
            lambda f: f.agreement_signed,
            _(
                "Sign the cooperation agreement: mark its current version as "
                "signed in the agreement tool."
            ),
            tool="agreement",
        ),
    ],
    Stage.EVALUATION: [
        Condition(
            lambda f: f.plan_activity_count > 0,
            _(
                "Plan at least one activity in the communication plan (cancelled "
                "activities do not count)."
            ),
            tool="communication_plan",
        ),
    ],
    Stage.CONCLUDED: [
        Condition(
            lambda f: f.evaluation_completed,
            _(
                "Complete an evaluation round in this agreement cycle: record the "
                "joint discussion of the partners' written answers."
            ),
            tool="evaluation",
        ),
        Condition(
            lambda f: f.has_closing_reflection,
            _("Write a closing reflection on what the partnership achieved."),
        ),
    ],
}


def moves_from(stage: Stage) -> dict[Move, Stage]:
    return ALLOWED_MOVES[Stage(stage)]


def move_between(current: Stage, target: Stage) -> Move | None:
    """The kind of move from ``current`` to ``target``; None if not allowed.

    Evaluation → concluded counts as moving forward (gated); ending early from
    evaluation is asked for explicitly with ``Move.END_EARLY``.
    """
    for move, stage in moves_from(current).items():
        if stage == target:
            return move
    return None


def can_move(current: Stage, target: Stage) -> bool:
    return move_between(current, target) is not None


def unmet(target: Stage, facts: Facts) -> list[Condition]:
    """The entry conditions of ``target`` that do not hold yet."""
    return [c for c in ENTRY_CONDITIONS[Stage(target)] if not c.holds(facts)]


def unmet_conditions(target: Stage, facts: Facts) -> list[Promise]:
    """What is still missing before a partnership may enter ``target``."""
    return [condition.message for condition in unmet(target, facts)]


def next_stage(current: Stage) -> Stage | None:
    return moves_from(current).get(Move.FORWARD)
