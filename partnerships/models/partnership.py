"""A partnership, its partners, tasks and the stage transitions it went through."""

from datetime import timedelta

from django.conf import settings
from django.contrib.auth import get_user_model
from django.core.exceptions import ValidationError
from django.core.validators import MinValueValidator
from django.db import models
from django.db.models import Count, Exists, OuterRef, Q
from django.urls import reverse
from django.utils import timezone
from django.utils.translation import gettext_lazy as _
from modelcluster.fields import ParentalKey
from modelcluster.models import ClusterableModel

from cms.stages import Stage
from partnerships import lifecycle
from partnerships.history import HistoricalRecords
from partnerships.models.registers import Organisation, StrategicGoal


def in_open_partnership(path: str = "partnership__") -> Q:
    """Where a record counts as work still due: its partnership is not
    concluded. A concluded partnership's leftover tasks and activities are
    never overdue or due soon, anywhere. ``path`` leads from the queried model
    to the partnership ("" when querying partnerships)."""
    return ~Q(**{f"{path}stage": Stage.CONCLUDED})


def overdue_task(path: str = "", partnership: str = "partnership__") -> Q:
    """An overdue task: not done, due before today, in an open partnership.
    ``path`` and ``partnership`` lead from the queried model to the task and
    to the partnership (``overdue_task("tasks__", partnership="")`` when
    querying partnerships)."""
    return Q(
        **{f"{path}done": False, f"{path}due_date__lt": timezone.localdate()}
    ) & in_open_partnership(partnership)


class PartnershipQuerySet(models.QuerySet):
    def open(self):
        return self.exclude(stage=Stage.CONCLUDED)

    def in_stage(self, stage: Stage):
        return self.filter(stage=stage)

    def for_member(self, user):
        """Partnerships the user manages or is on the team of (without a join,
        so without duplicates to remove)."""
        on_team = TeamMember.objects.filter(partnership=OuterRef("pk"), user=user)
        return self.filter(Q(project_manager=user) | Exists(on_team))

    def with_task_counts(self):
        return self.annotate(
            open_task_count=Count("tasks", filter=Q(tasks__done=False), distinct=True)
        ).with_overdue_task_count()

    def with_overdue_task_count(self):
        return self.annotate(
            overdue_task_count=Count(
                "tasks",
                filter=overdue_task("tasks__", partnership=""),
                distinct=True,
            )
        )


class Partnership(ClusterableModel):
    """A partnership the library runs on purpose, through the lifecycle stages."""

    title = models.CharField(_("title"), max_length=255)
    purpose = models.TextField(
        _("purpose"),
        blank=True,
        help_text=_("What the partnership is to achieve, and why together."),
    )
    vision = models.TextField(
        _("shared vision"),
        blank=True,
        help_text=_("The picture all parties share of what success looks like."),
    )
    library_gives = models.TextField(
        _("what the library gives"),
        blank=True,
        help_text=_("Staff time, rooms, reach, expertise, money …"),
    )
    library_gets = models.TextField(
        _("what the library gets"),
        blank=True,
        help_text=_("The library's gain: each party must know what it gets."),
    )
    project_manager = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        verbose_name=_("project manager"),
        on_delete=models.PROTECT,
        related_name="managed_partnerships",
    )
    start_date = models.DateField(_("start date"), null=True, blank=True)
    end_date = models.DateField(_("end date"), null=True, blank=True)
    budget = models.DecimalField(
        _("budget (DKK)"),
        max_digits=12,
        decimal_places=2,
        null=True,
        blank=True,
        validators=[MinValueValidator(0)],
    )
    resources = models.TextField(_("resources"), blank=True)
    stage = models.CharField(
        _("stage"),
        max_length=20,
        choices=Stage.choices,
        default=Stage.INITIATION,
        editable=False,
    )
    cycle = models.PositiveSmallIntegerField(
        _("agreement cycle"),
        default=1,
        editable=False,
        help_text=_("Goes up by one each time the partnership is renewed."),
    )
    version = models.PositiveIntegerField(default=1, editable=False)
    outcome = models.TextField(
        _("outcome"), blank=True, help_text=_("What came of the partnership.")
    )
    closing_reflection = models.TextField(
        _("closing reflection"),
        blank=True,
        help_text=_("What the parties learnt, and what you would do differently."),
    )
    created_at = models.DateTimeField(_("created"), auto_now_add=True)
    updated_at = models.DateTimeField(_("last changed"), auto_now=True)

    objects = PartnershipQuerySet.as_manager()
    history = HistoricalRecords(excluded_fields=["updated_at"])

    class Meta:
        ordering = ["title"]
        verbose_name = _("partnership")
        verbose_name_plural = _("partnerships")
        # Lists are ordered by title: a page of 25 reads 25 index entries
        # instead of sorting every partnership.
        indexes = [models.Index(fields=["title"], name="partnership_title")]

    def __str__(self):
        return self.title

    def clean(self):
        super().clean()
        if self.start_date and self.end_date and self.end_date < self.start_date:
            raise ValidationError(
                {"end_date": _("The end date cannot be before the start date.")}
            )

    def get_absolute_url(self):
        return reverse("partnerships_partnership_modeladmin_inspect", args=[self.pk])

    @property
    def is_open(self) -> bool:
        return self.stage != Stage.CONCLUDED

    @property
    def stage_enum(self) -> Stage:
        return Stage(self.stage)

    def is_member(self, user) -> bool:
        """Whether ``user`` manages the partnership or is on its team."""
        if user.pk == self.project_manager_id:
            return True
        return any(member.user_id == user.pk for member in self.team_members.all())

    def members(self):
        """The people who may be given work in the partnership (own a risk,
        an action item, an activity): the project manager and the team, with
        an active account."""
        return (
            get_user_model()
            .objects.filter(
                Q(pk=self.project_manager_id)
                | Q(partnership_memberships__partnership=self),
                is_active=True,
            )
            .distinct()
            .order_by("first_name", "last_name", "username")
        )

    def facts(self) -> lifecycle.Facts:
        """What the lifecycle gates need to know, read from the records."""
        return lifecycle.Facts(
            partner_count=self.partner_roles.count(),
            has_purpose=bool(self.purpose.strip()),
            goal_count=self.goal_links.count(),
            agreement_signed=self.agreements.filter(
                cycle=self.cycle, signed_on__isnull=False
            ).exists(),
            plan_activity_count=self.communication_activities.active().count(),
            evaluation_completed=self.evaluation_rounds.filter(
                cycle=self.cycle, completed_on__isnull=False
            ).exists(),
            has_closing_reflection=bool(self.closing_reflection.strip()),
        )

    def changed_guidance(self, guidance) -> list:
        """Guidance pages for the current stage that editors have published anew
        since the partnership entered the stage."""
        entered = self.transitions.filter(to_stage=self.stage).first()
        if entered is None or guidance is None:
            return []
        seen = entered.guidance_revisions
        return [
            link.page
            for link in guidance.links.all()
            if str(link.page_id) in seen
            and seen[str(link.page_id)] != link.page.live_revision_id
        ]

    def open_items(self) -> dict:
        """What is left to do: tasks not done, plan activities neither done
        nor cancelled, and open risks (querysets, by kind)."""
        return {
            "tasks": Task.objects.filter(partnership=self).open(),
            "activities": self.communication_activities.unfinished(),
            "risks": self.risks.open(),
        }

    def unmet_for_next_stage(self) -> list[lifecycle.Condition]:
        target = lifecycle.next_stage(self.stage_enum)
        if target is None:
            return []
        return lifecycle.unmet(target, self.facts())


class PartnerRole(models.Model):
    """An organisation taking part in a partnership, and its role there."""

    partnership = ParentalKey(
        Partnership, on_delete=models.CASCADE, related_name="partner_roles"
    )
    organisation = models.ForeignKey(
        Organisation,
        verbose_name=_("organisation"),
        on_delete=models.PROTECT,
        related_name="partner_roles",
    )
    role = models.CharField(
        _("role in the partnership"),
        max_length=255,
        blank=True,
        help_text=_("What this partner contributes and is responsible for."),
    )

    history = HistoricalRecords()

    class Meta:
        verbose_name = _("partner")
        verbose_name_plural = _("partners")
        constraints = [
            models.UniqueConstraint(
                fields=["partnership", "organisation"], name="unique_partner_role"
            )
        ]

    def __str__(self):
        return (
            f"{self.organisation} – {self.role}"
            if self.role
            else str(self.organisation)
        )


class TeamMember(models.Model):
    """A colleague on the team, who may edit the partnership with its manager."""

    partnership = ParentalKey(
        Partnership, on_delete=models.CASCADE, related_name="team_members"
    )
    user = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        verbose_name=_("colleague"),
        on_delete=models.PROTECT,
        related_name="partnership_memberships",
        limit_choices_to=(
            Q(is_active=True)
            & (Q(is_superuser=True) | Q(groups__permissions__codename="access_admin"))
        ),
    )

    history = HistoricalRecords()

    class Meta:
        verbose_name = _("team member")
        verbose_name_plural = _("team members")
        constraints = [
            models.UniqueConstraint(
                fields=["partnership", "user"], name="unique_team_member"
            )
        ]

    def __str__(self):
        return self.user.get_full_name() or self.user.get_username()


class PartnershipGoal(models.Model):
    """A strategic goal of the library that the partnership serves."""

    partnership = ParentalKey(
        Partnership, on_delete=models.CASCADE, related_name="goal_links"
    )
    goal = models.ForeignKey(
        StrategicGoal,
        verbose_name=_("strategic goal"),
        on_delete=models.PROTECT,
        related_name="partnership_links",
    )

    history = HistoricalRecords()

    class Meta:
        verbose_name = _("strategic goal")
        verbose_name_plural = _("strategic goals")
        constraints = [
            models.UniqueConstraint(
                fields=["partnership", "goal"], name="unique_partnership_goal"
            )
        ]

    def __str__(self):
        return str(self.goal)


class TaskQuerySet(models.QuerySet):
    def open(self):
        """Tasks not done yet."""
        return self.filter(done=False)

    def overdue(self):
        """Open tasks past their due date, in partnerships still open."""
        return self.filter(overdue_task())

    def due_soon(self, days: int):
        """Open tasks due today or within ``days`` days, in partnerships still
        open."""
        today = timezone.localdate()
        return self.open().filter(
            in_open_partnership(),
            due_date__gte=today,
            due_date__lte=today + timedelta(days=days),
        )


class Task(models.Model):
    """Something to do in a partnership, in a stage, by someone, by a date."""

    partnership = ParentalKey(
        Partnership, on_delete=models.CASCADE, related_name="tasks"
    )
    title = models.CharField(_("task"), max_length=255)
    stage = models.CharField(
        _("stage"), max_length=20, choices=Stage.choices, default=Stage.INITIATION
    )
    assignee = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        verbose_name=_("assignee"),
        on_delete=models.PROTECT,
        null=True,
        blank=True,
        related_name="partnership_tasks",
    )
    due_date = models.DateField(_("due date"), null=True, blank=True)
    done = models.BooleanField(_("done"), default=False)
    meeting = models.ForeignKey(
        "partnerships.Meeting",
        verbose_name=_("from meeting"),
        on_delete=models.SET_NULL,
        null=True,
        blank=True,
        related_name="action_items",
        help_text=_("The meeting where the task was agreed, if any."),
    )

    objects = TaskQuerySet.as_manager()
    history = HistoricalRecords()

    class Meta:
        ordering = ["done", "due_date", "id"]
        verbose_name = _("task")
        verbose_name_plural = _("tasks")

    def __str__(self):
        return self.title

    @property
    def is_overdue(self) -> bool:
        """As ``TaskQuerySet.overdue()``, for one task."""
        return bool(
            not self.done
            and self.due_date
            and self.due_date < timezone.localdate()
            and self.partnership.is_open
        )


class StageTransition(models.Model):
    """One move of a partnership between stages: from, to, who, when and why."""

    partnership = models.ForeignKey(
        Partnership, on_delete=models.CASCADE, related_name="transitions"
    )
    from_stage = models.CharField(_("from"), max_length=20, choices=Stage.choices)
    to_stage = models.CharField(_("to"), max_length=20, choices=Stage.choices)
    move = models.CharField(
        _("move"),
        max_length=20,
        choices=[(move.value, label) for move, label in lifecycle.MOVE_LABELS.items()],
    )
    cycle = models.PositiveSmallIntegerField(_("agreement cycle"))
    by = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        verbose_name=_("by"),
        on_delete=models.PROTECT,
        related_name="stage_transitions",
    )
    at = models.DateTimeField(_("when"), default=timezone.now)
    comment = models.TextField(_("comment"), blank=True)
    guidance_revisions = models.JSONField(
        _("guidance at the time"),
        default=dict,
        blank=True,
        help_text=_("The live revision of each guidance page when the move was made."),
    )

    history = HistoricalRecords()

    class Meta:
        ordering = ["-at", "-id"]
        verbose_name = _("stage transition")
        verbose_name_plural = _("stage transitions")

    def __str__(self):
        return f"{self.get_from_stage_display()} → {self.get_to_stage_display()}"
