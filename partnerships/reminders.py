"""What is due for a person: tasks due soon or overdue, plan activities coming
up and evaluation links about to expire unanswered. The dashboard shows it and
the reminder e-mails (``reminder_mail``) send it, from the functions here.

Concluded partnerships' items never count: the querysets' own rules
(``overdue``, ``due_soon``, ``expiring_unanswered``) leave them out.
"""

from dataclasses import dataclass, field
from datetime import UTC

from django.conf import settings
from django.contrib.auth import get_user_model
from django.db.models import Case, F, When
from django.urls import reverse
from django.utils import timezone

from partnerships.models import (
    CommunicationActivity,
    EvaluationInvitation,
    Partnership,
    ReminderSent,
    ReminderSettings,
    Task,
)

# ReminderSent.kind, and the ReminderSettings switch that turns each kind off.
TASK_DUE = "task_due"
TASK_OVERDUE = "task_overdue"
ACTIVITY = "activity"
EVALUATION = "evaluation"
DIGEST = "digest"
SWITCHES = {
    TASK_DUE: "tasks",
    TASK_OVERDUE: "tasks",
    ACTIVITY: "activities",
    EVALUATION: "evaluations",
    DIGEST: "weekly_digest",
}


def _falls_to(person: str) -> Case:
    """Who a task or activity falls to: ``person`` (its assignee or the one
    responsible) while their account is active, else the project manager."""
    return Case(
        When(**{f"{person}__is_active": True}, then=F(person)),
        default=F("partnership__project_manager"),
    )


def tasks_overdue():
    return Task.objects.overdue().annotate(recipient=_falls_to("assignee"))


def tasks_due_soon(days: int | None = None):
    days = settings.REMINDER_DAYS_AHEAD if days is None else days
    return Task.objects.due_soon(days).annotate(recipient=_falls_to("assignee"))


def activities_coming_up(days: int | None = None):
    days = settings.REMINDER_DAYS_AHEAD if days is None else days
    return CommunicationActivity.objects.due_soon(days).annotate(
        recipient=_falls_to("responsible")
    )


def invitations_expiring():
    """Unanswered links about to expire; the project manager hears of them."""
    return EvaluationInvitation.objects.expiring_unanswered(
        settings.REMINDER_DAYS_AHEAD
    ).annotate(recipient=F("partnership__project_manager"))


def _with_paths(items) -> list:
    """The records with ``admin_path``, where each is worked on in the admin."""
    items = list(items)
    for item in items:
        if isinstance(item, Task):
            item.admin_path = item.partnership.get_absolute_url() + "#tasks-heading"
        elif isinstance(item, CommunicationActivity):
            plan = reverse(
                "partnerships:communication_plan", args=[item.partnership_id]
            )
            item.admin_path = f"{plan}#activity-{item.pk}"
        else:
            item.admin_path = reverse(
                "partnerships:evaluation_round",
                args=[item.partnership_id, item.round_id],
            )
    return items


@dataclass
class Items:
    """One person's due items, by kind; ``more`` names the kinds cut short."""

    tasks_overdue: list = field(default_factory=list)
    tasks_due: list = field(default_factory=list)
    activities: list = field(default_factory=list)
    invitations: list = field(default_factory=list)
    more: set = field(default_factory=set)

    def __bool__(self) -> bool:
        return any(self.by_kind().values())

    def by_kind(self) -> dict:
        return {
            TASK_OVERDUE: self.tasks_overdue,
            TASK_DUE: self.tasks_due,
            ACTIVITY: self.activities,
            EVALUATION: self.invitations,
        }

    def rounds(self) -> list[tuple]:
        """The invitations by evaluation round: (round, [invitation, ...])."""
        grouped = {}
        for invitation in self.invitations:
            # The round's partnership is the invitation's, loaded already.
            invitation.round.partnership = invitation.partnership
            grouped.setdefault(invitation.round_id, (invitation.round, []))
            grouped[invitation.round_id][1].append(invitation)
        return list(grouped.values())


def items_for(user, *, limit: int | None = None) -> Items:
    """What falls to ``user`` now, in four queries. With ``limit``, at most
    that many of each kind, and the kinds with more in ``more``."""
    querysets = {
        TASK_OVERDUE: tasks_overdue()
        .select_related("partnership", "assignee")
        .order_by("due_date", "id"),
        TASK_DUE: tasks_due_soon()
        .select_related("partnership", "assignee")
        .order_by("due_date", "id"),
        ACTIVITY: activities_coming_up()
        .select_related("partnership", "responsible")
        .order_by("planned_on", "id"),
        EVALUATION: invitations_expiring()
        .select_related("partnership", "round", "contact__organisation", "member")
        .order_by("partnership__title", "round_id", "expires_at", "id"),
    }
    found = {}
    more = set()
    for kind, queryset in querysets.items():
        queryset = queryset.filter(recipient=user.pk)
        rows = _with_paths(queryset[: limit + 1] if limit else queryset)
        for row in rows:
            # Theirs only because no active assignee (or responsible) has it.
            row.as_manager = kind != EVALUATION and user.pk != getattr(
                row, "responsible_id" if kind == ACTIVITY else "assignee_id"
            )
        if limit and len(rows) > limit:
            rows = rows[:limit]
            more.add(kind)
        found[kind] = rows
    return Items(
        tasks_overdue=found[TASK_OVERDUE],
        tasks_due=found[TASK_DUE],
        activities=found[ACTIVITY],
        invitations=found[EVALUATION],
        more=more,
    )


def reminder_key(kind: str, item) -> str:
    """What makes a reminder the same one: the item and its date, so a new due
    date (or a renewed link) reminds again."""
    if kind in (TASK_DUE, TASK_OVERDUE):
        return f"task:{item.pk}:{item.due_date.isoformat()}"
    if kind == ACTIVITY:
        return f"activity:{item.pk}:{item.planned_on.isoformat()}"
    expires = item.expires_at.astimezone(UTC).strftime("%Y-%m-%dT%H:%M")
    return f"invitation:{item.pk}:{expires}"


def digest_key(today=None) -> str:
    """The weekly digest goes out once per ISO week."""
    year, week, _day = (today or timezone.localdate()).isocalendar()
    return f"week:{year}-W{week:02d}"


def reminder_settings(user) -> ReminderSettings:
    """The user's switches; without a saved row, every kind is on."""
    return ReminderSettings.objects.filter(user=user).first() or ReminderSettings(
        user=user
    )


@dataclass
class Pending:
    """What a run would e-mail a person: (kind, key, item) triples not sent
    before and not switched off, and whether the week's digest is due."""

    reminders: list = field(default_factory=list)
    digest: bool = False

    def __bool__(self) -> bool:
        return bool(self.reminders) or self.digest

    def count(self, *kinds) -> int:
        return sum(1 for kind, _key, _item in self.reminders if kind in kinds)


def pending_for(user) -> Pending:
    switches = reminder_settings(user)
    candidates = [
        (kind, reminder_key(kind, item), item)
        for kind, items in items_for(user).by_kind().items()
        if getattr(switches, SWITCHES[kind])
        for item in items
    ]
    week = digest_key()
    wants_digest = (
        switches.weekly_digest
        and Partnership.objects.open().filter(project_manager=user).exists()
    )
    sent = set(
        ReminderSent.objects.filter(
            user=user, key__in=[key for _kind, key, _item in candidates] + [week]
        ).values_list("kind", "key")
    )
    return Pending(
        reminders=[c for c in candidates if (c[0], c[1]) not in sent],
        digest=wants_digest and (DIGEST, week) not in sent,
    )


def recipients():
    """Active users something is due for, or who manage an open partnership
    (the weekly digest), by username."""
    ids = set(Partnership.objects.open().values_list("project_manager", flat=True))
    for queryset in (
        tasks_overdue(),
        tasks_due_soon(),
        activities_coming_up(),
        invitations_expiring(),
    ):
        ids.update(queryset.values_list("recipient", flat=True))
    return (
        get_user_model().objects.filter(pk__in=ids, is_active=True).order_by("username")
    )


@dataclass
class Digest:
    """A project manager's week: their open partnerships and what is overdue
    or coming up in them, whoever it falls to."""

    partnerships: list
    tasks_overdue: list
    tasks_due: list
    activities_overdue: list
    activities_due: list
    invitations: list

    def rounds(self) -> list[tuple]:
        return Items(invitations=self.invitations).rounds()


def digest_for(user) -> Digest:
    days = settings.REMINDER_DIGEST_DAYS_AHEAD
    managed = {"partnership__project_manager": user}
    tasks = Task.objects.select_related("partnership", "assignee")
    activities = CommunicationActivity.objects.select_related(
        "partnership", "responsible"
    )
    return Digest(
        partnerships=list(
            Partnership.objects.open()
            .filter(project_manager=user)
            .with_task_counts()
            .order_by("title")
        ),
        tasks_overdue=_with_paths(tasks.overdue().filter(**managed)),
        tasks_due=_with_paths(tasks.due_soon(days).filter(**managed)),
        activities_overdue=_with_paths(activities.overdue().filter(**managed)),
        activities_due=_with_paths(activities.due_soon(days).filter(**managed)),
        invitations=_with_paths(
            EvaluationInvitation.objects.expiring_unanswered(days)
            .filter(**managed)
            .select_related("partnership", "round", "contact__organisation", "member")
            .order_by("partnership__title", "round_id", "expires_at", "id")
        ),
    )
