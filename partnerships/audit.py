"""Reading the CRM's audit trail: the change log, record diffs, past states."""

from django.contrib.auth import get_user_model
from django.core.exceptions import ObjectDoesNotExist
from django.db.models import BigIntegerField, CharField, F, Value
from django.db.models.functions import Cast
from django.utils.translation import gettext as _

from partnerships.models import (
    Agreement,
    AgreementClause,
    CalendarFeed,
    Challenge,
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
]
MODELS = {model._meta.model_name: model for model in TRACKED}
ACTIONS = {"+": "created", "~": "changed", "-": "deleted"}
# Link records are named after the record they point to.
LINKED_NAME = {
    "partnerrole": "organisation",
    "teammember": "user",
    "partnershipgoal": "goal",
    "evaluationinvitation": "contact",
    "evaluationanswer": "question",
}
TECHNICAL_FIELDS = {"id", "version", "created_at", "updated_at"}


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


def change_log(
    *, partnerships=None, model=None, user=None, action=None, since=None, until=None
):
    """History rows of every CRM model as one queryset, newest first."""
    parts = []
    for tracked in TRACKED:
        if model and tracked._meta.model_name != model:
            continue
        rows = tracked.history.all()
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
        parts.append(
            rows.order_by()
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
    if not parts:
        return Partnership.history.none().values("history_id")
    combined = parts[0].union(*parts[1:], all=True) if len(parts) > 1 else parts[0]
    return combined.order_by("-history_date", "-history_id")


def record_label(historical) -> str:
    """A readable name for a history row's record, from its own columns."""
    for field in ["title", "name", "heading", "label", "text"]:
        if getattr(historical, field, ""):
            return getattr(historical, field)
    if hasattr(historical, "version"):
        return _("Agreement, cycle %(cycle)s, version %(version)s") % {
            "cycle": historical.cycle,
            "version": historical.version,
        }
    if hasattr(historical, "from_stage"):
        return (
            f"{historical.get_from_stage_display()} → "
            f"{historical.get_to_stage_display()}"
        )
    for link in LINKED_NAME.values():
        if getattr(historical, f"{link}_id", None):
            try:
                linked = getattr(historical, link)
            except ObjectDoesNotExist:
                return _("%(name)s (deleted)") % {"name": f"#{historical.id}"}
            if hasattr(linked, "get_full_name"):
                return linked.get_full_name() or linked.get_username()
            return str(linked)
    return f"#{historical.id}"


def partnership_titles(ids: set[int]) -> dict[int, str]:
    """Current titles, and the last known title of deleted partnerships."""
    titles = dict(Partnership.objects.filter(id__in=ids).values_list("id", "title"))
    if missing := ids - titles.keys():
        # Ascending, so each id keeps the title of its newest history row.
        last = Partnership.history.filter(id__in=missing).order_by("id", "history_id")
        titles.update(dict(last.values_list("id", "title")))
    return titles


def describe(rows) -> list[dict]:
    """Change-log rows with record names and users, in a fixed number of queries
    (one per model on the page, one for users, two for partnerships)."""
    by_model = {}
    for row in rows:
        by_model.setdefault(row["model_name"], []).append(row["history_id"])
    historical = {}
    for name, ids in by_model.items():
        queryset = MODELS[name].history.filter(history_id__in=ids)
        link = LINKED_NAME.get(name)
        if link:
            queryset = queryset.select_related(link)
        historical.update({(name, h.history_id): h for h in queryset})
    users = get_user_model().objects.in_bulk({r["history_user_id"] for r in rows})
    partnerships = partnership_titles({r["partnership_ref"] for r in rows} - {None})
    described = []
    for row in rows:
        record = historical.get((row["model_name"], row["history_id"]))
        described.append(
            {
                **row,
                "action": ACTIONS[row["history_type"]],
                "model": MODELS[row["model_name"]]._meta.verbose_name,
                "label": record_label(record) if record else f"#{row['record_id']}",
                "user": users.get(row["history_user_id"]),
                "partnership_title": partnerships.get(row["partnership_ref"], ""),
            }
        )
    return described


def field_changes(new, old) -> list[dict]:
    """What changed between two history rows of a record, with readable labels
    and related records by name (also when they have since been deleted).

    simple-history's ``diff_against`` skips fields that are not editable in
    forms, such as the stage, so the comparison is done here.
    """
    if old is None:
        return []
    tracked = {field.name for field in new.tracked_fields}
    changes = []
    for field in new.instance_type._meta.concrete_fields:
        if field.name not in tracked or field.name in TECHNICAL_FIELDS:
            continue
        before, after = getattr(old, field.attname), getattr(new, field.attname)
        if before != after:
            changes.append(
                {
                    "field": field.verbose_name,
                    "old": _readable(field, before),
                    "new": _readable(field, after),
                }
            )
    return changes


def _readable(field, value) -> str:
    if value is None or value == "":
        return "–"
    if field.choices:
        return str(dict(field.flatchoices).get(value, value))
    if field.is_relation:
        related = field.related_model
        current = related._default_manager.filter(pk=value).first()
        if current is not None:
            return str(current)
        past = (
            related.history.filter(id=value).first()
            if hasattr(related, "history")
            else None
        )
        name = record_label(past) if past else f"#{value}"
        return _("%(name)s (deleted)") % {"name": name}
    return str(value)


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
