"""Reading the CRM's audit trail: the change log, record diffs, past states."""

from collections import defaultdict
from functools import cache

from django.contrib.auth import get_user_model
from django.db.models import BigIntegerField, CharField, F, OuterRef, Subquery, Value
from django.db.models.functions import Cast
from django.utils.translation import gettext_lazy as _

from cms.stages import Stage
from partnerships import lifecycle
from partnerships.audit_values import (
    Values,
    label_relations,
    previous_rows,
    record_label,
    with_previous,
)
from partnerships.lifecycle import Move
from partnerships.models import (
    Agreement,
    AgreementClause,
    CalendarFeed,
    CaseConsent,
    CaseProposal,
    Challenge,
    ChecklistTick,
    ClauseTemplate,
    CommunicationActivity,
    Contact,
    EvaluationAnswer,
    EvaluationInvitation,
    EvaluationQuestion,
    EvaluationRound,
    Meeting,
    Organisation,
    PartnerRole,
    Partnership,
    PartnershipGoal,
    Questionnaire,
    QuestionnaireQuestion,
    Risk,
    StageTransition,
    StrategicGoal,
    Task,
    TeamMember,
)

TRACKED = [
    Partnership,
    PartnerRole,
    TeamMember,
    PartnershipGoal,
    Task,
    StageTransition,
    Agreement,
    AgreementClause,
    CommunicationActivity,
    CalendarFeed,
    CaseConsent,
    CaseProposal,
    EvaluationRound,
    EvaluationQuestion,
    EvaluationInvitation,
    EvaluationAnswer,
    Meeting,
    Risk,
    Organisation,
    Contact,
    StrategicGoal,
    ClauseTemplate,
    Questionnaire,
    QuestionnaireQuestion,
    Challenge,
    ChecklistTick,
]
MODELS = {model._meta.model_name: model for model in TRACKED}
# Each ``model.history`` makes a new manager class: the change log, which
# reads every history table on each request, takes the tables from here.
HISTORY_MODELS = {model: model.history.model for model in TRACKED}
ACTIONS = {"+": "created", "~": "changed", "-": "deleted"}
ACTION_LABELS = {"+": _("Created"), "~": _("Changed"), "-": _("Deleted")}
# Moves out of the ordinary course, marked in the change log.
FLAGGED_MOVES = {
    Move.BACK: _("Moved back a stage"),
    Move.END_EARLY: _("Ended early"),
}


# Spreadsheets run a cell that starts like a formula. Reasons, names and
# partners' answers are typed by people, so such cells are written as text.
FORMULA_STARTS = ("=", "+", "-", "@", "\t", "\r")


def spreadsheet_cell(value: str) -> str:
    """``value`` as a CSV cell that a spreadsheet shows and never runs."""
    return f"'{value}" if value.startswith(FORMULA_STARTS) else value


def _partnership_ref(model):
    if model is Partnership:
        return Cast(F("id"), BigIntegerField())
    if any(field.name == "partnership" for field in model._meta.fields):
        return Cast(F("partnership_id"), BigIntegerField())
    return Value(None, output_field=BigIntegerField())


@cache
def _log_rows(tracked):
    """``tracked``'s history rows in the change log's columns, unfiltered.
    Built once: the log reads every history table on each request, and
    building these querysets cost more than running the query."""
    return (
        HISTORY_MODELS[tracked]
        ._default_manager.order_by()
        .annotate(
            model_name=Value(tracked._meta.model_name, output_field=CharField()),
            record_id=Cast(F("id"), BigIntegerField()),
            partnership_ref=_partnership_ref(tracked),
        )
        .values(
            "history_id",
            "history_date",
            "history_type",
            "history_user_id",
            "history_change_reason",
            "model_name",
            "record_id",
            "partnership_ref",
        )
    )


def change_log(
    *, partnerships=None, model=None, user=None, action=None, since=None, until=None
):
    """History rows of every CRM model as one queryset, newest first."""
    parts = []
    for tracked in TRACKED:
        if model and tracked._meta.model_name != model:
            continue
        rows = _log_rows(tracked).all()
        if partnerships is not None:
            if tracked is Partnership:
                rows = rows.filter(id__in=partnerships)
            elif any(f.name == "partnership" for f in tracked._meta.fields):
                rows = rows.filter(partnership_id__in=partnerships)
            else:
                continue
        if user is not None:
            rows = rows.filter(history_user_id=user)
        if action:
            rows = rows.filter(history_type=action)
        if since:
            rows = rows.filter(history_date__gte=since)
        if until:
            rows = rows.filter(history_date__lt=until)
        parts.append(rows)
    if not parts:
        return Partnership.history.none().values("history_id")
    combined = parts[0].union(*parts[1:], all=True) if len(parts) > 1 else parts[0]
    return combined.order_by("-history_date", "-history_id")


def partnership_titles(ids: set[int]) -> dict[int, str]:
    """Current titles, and the last known title of deleted partnerships."""
    titles = dict(Partnership.objects.filter(id__in=ids).values_list("id", "title"))
    if missing := ids - titles.keys():
        # Ascending, so each id keeps the title of its newest history row.
        last = Partnership.history.filter(id__in=missing).order_by("id", "history_id")
        titles.update(dict(last.values_list("id", "title")))
    return titles


def describe(rows, *, details=False) -> list[dict]:
    """Change-log rows with record names, users and marked stage moves.

    With ``details``, each row also has the record's values (``values``: when
    it was created, or its last values when deleted) or what changed
    (``changes``: field, old, new). The queries are the same for 5 rows or
    500: a few per kind of record and of related record, one for users, two
    for partnerships.
    """
    by_model = defaultdict(list)
    for row in rows:
        by_model[row["model_name"]].append(row["history_id"])
    historical, previous = {}, {}
    for name, ids in by_model.items():
        model = MODELS[name]
        queryset = model.history.filter(history_id__in=ids).select_related(
            *label_relations(model)
        )
        # A partnership's previous row tells whether its stage changed.
        compare = details or model is Partnership
        if compare:
            queryset = with_previous(queryset)
        if model is StageTransition:
            queryset = queryset.annotate(settled_at=_settled_at())
        found = list(queryset)
        historical.update({(name, h.history_id): h for h in found})
        if compare:
            before = previous_rows(model, found)
            previous.update({(name, hid): row for hid, row in before.items()})
    values = None
    if details:
        values = Values([*historical.values(), *filter(None, previous.values())])
    moves = stage_moves(historical, previous)
    users = get_user_model().objects.in_bulk({r["history_user_id"] for r in rows})
    partnerships = partnership_titles({r["partnership_ref"] for r in rows} - {None})
    described = []
    for row in rows:
        key = (row["model_name"], row["history_id"])
        record = historical.get(key)
        entry = {
            **row,
            "action": ACTIONS[row["history_type"]],
            "action_label": ACTION_LABELS[row["history_type"]],
            "model": MODELS[row["model_name"]]._meta.verbose_name,
            "label": record_label(record) if record else f"#{row['record_id']}",
            "user": users.get(row["history_user_id"]),
            "partnership_title": partnerships.get(row["partnership_ref"], ""),
            "move": moves.get(key),
            "flag": FLAGGED_MOVES.get(moves.get(key)),
            # The moment the entry's change was complete: a stage move is, once
            # the partnership has taken the new stage (saved just after).
            "settled_at": getattr(record, "settled_at", None) or row["history_date"],
        }
        if values is not None and record is not None:
            if row["history_type"] == "~":
                entry["changes"] = values.changes(record, previous.get(key))
            else:
                entry["values"] = values.values(record)
        described.append(entry)
    return described


def _settled_at():
    """For a transition's history rows: when its partnership took the stage
    it moved to (the partnership is saved just after the transition)."""
    return Subquery(
        Partnership.history.filter(
            id=OuterRef("partnership_id"),
            history_date__gte=OuterRef("history_date"),
            stage=OuterRef("to_stage"),
        )
        .order_by("history_date", "history_id")
        .values("history_date")[:1]
    )


def stage_moves(historical, previous) -> dict:
    """{(model name, history id): Move} for the rows that record a move
    between stages: a transition's creation, and the partnership row whose
    stage it changed (matched with the transition, in one query)."""
    moves, changed = {}, []
    for key, row in historical.items():
        if key[0] == "stagetransition" and row.history_type == "+":
            moves[key] = row.move
        elif key[0] == "partnership" and row.history_type == "~":
            before = previous.get(key)
            if before is not None and before.stage != row.stage:
                changed.append((key, row, before.stage))
    if not changed:
        return moves
    transitions = defaultdict(list)
    for transition in (
        StageTransition.history.filter(
            history_type="+",
            partnership_id__in={row.id for _key, row, _stage in changed},
        )
        .order_by("history_id")
        .values("partnership_id", "from_stage", "to_stage", "move", "history_date")
    ):
        transitions[transition["partnership_id"]].append(transition)
    for key, row, before in changed:
        made = [
            t["move"]
            for t in transitions[row.id]
            if (t["from_stage"], t["to_stage"]) == (before, row.stage)
            and t["history_date"] <= row.history_date
        ]
        moves[key] = (
            made[-1]
            if made
            else lifecycle.move_between(Stage(before), Stage(row.stage))
        )
    return moves


def partnership_as_of(partnership_id: int, moment):
    """The partnership, its partners and tasks as they stood at ``moment``."""
    state = (
        Partnership.history.filter(id=partnership_id, history_date__lte=moment)
        .order_by("-history_date", "-history_id")
        .first()
    )
    if state is None or state.history_type == "-":
        return None
    return {
        "partnership": state,
        "partners": list(
            PartnerRole.history.as_of(moment)
            .filter(partnership_id=partnership_id)
            .select_related("organisation")
        ),
        "tasks": list(Task.history.as_of(moment).filter(partnership_id=partnership_id)),
        "transitions": list(
            StageTransition.history.as_of(moment)
            .filter(partnership_id=partnership_id)
            .order_by("-at")
        ),
    }


def appears_in_audit_trail(user) -> bool:
    """Whether the CRM's history or records name ``user``.

    Such accounts are deactivated, never deleted: the history must go on
    saying who did what (on PostgreSQL the append-only triggers would refuse
    the deletion anyway).
    """
    return (
        any(model.history.filter(history_user=user).exists() for model in TRACKED)
        or Partnership.objects.filter(project_manager=user).exists()
    )
