"""The communication plan: activities for each audience, and private calendar
subscriptions to the plan."""

import hashlib
import secrets
from datetime import timedelta

from django.conf import settings
from django.db import models
from django.utils import timezone
from django.utils.translation import gettext_lazy as _

from partnerships.history import HistoricalRecords
from partnerships.models.partnership import Partnership, in_open_partnership


class Audience(models.TextChoices):
    STAFF = "staff", _("Own staff")
    PARTNER_STAFF = "partner_staff", _("Partner staff")
    PUBLIC = "public", _("The public")
    PRESS = "press", _("Press")


INTERNAL_AUDIENCES = {Audience.STAFF, Audience.PARTNER_STAFF}


class ActivityStatus(models.TextChoices):
    PLANNED = "planned", _("Planned")
    IN_PROGRESS = "in_progress", _("In progress")
    DONE = "done", _("Done")
    CANCELLED = "cancelled", _("Cancelled")


OPEN_STATUSES = {ActivityStatus.PLANNED, ActivityStatus.IN_PROGRESS}


class CommunicationActivityQuerySet(models.QuerySet):
    def active(self):
        """Activities that count for the plan: everything not cancelled."""
        return self.exclude(status=ActivityStatus.CANCELLED)

    def unfinished(self):
        """Activities planned or in progress: neither done nor cancelled."""
        return self.filter(status__in=OPEN_STATUSES)

    def overdue(self):
        """Unfinished activities whose date has passed, in partnerships still
        open."""
        return self.unfinished().filter(
            in_open_partnership(), planned_on__lt=timezone.localdate()
        )

    def due_soon(self, days: int):
        """Unfinished activities dated today or within ``days`` days, in
        partnerships still open."""
        today = timezone.localdate()
        return self.unfinished().filter(
            in_open_partnership(),
            planned_on__gte=today,
            planned_on__lte=today + timedelta(days=days),
        )


class CommunicationActivity(models.Model):
    """One activity in the partnership's communication plan: who tells whom
    what, through which channel, when, and who sees to it."""

    partnership = models.ForeignKey(
        Partnership, on_delete=models.CASCADE, related_name="communication_activities"
    )
    title = models.CharField(_("activity"), max_length=255)
    audience = models.CharField(_("audience"), max_length=20, choices=Audience.choices)
    message = models.TextField(
        _("message"), blank=True, help_text=_("What the audience should learn or do.")
    )
    channel = models.CharField(
        _("channel"),
        max_length=255,
        blank=True,
        help_text=_("E.g. staff meeting, newsletter, website, local paper."),
    )
    sender = models.CharField(
        _("sender"),
        max_length=255,
        blank=True,
        help_text=_("Who the message comes from: the library, a partner, all parties."),
    )
    planned_on = models.DateField(_("date"), null=True, blank=True)
    responsible = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        verbose_name=_("responsible"),
        on_delete=models.PROTECT,
        null=True,
        blank=True,
        related_name="communication_activities",
    )
    status = models.CharField(
        _("status"),
        max_length=20,
        choices=ActivityStatus.choices,
        default=ActivityStatus.PLANNED,
    )

    objects = CommunicationActivityQuerySet.as_manager()
    history = HistoricalRecords()

    class Meta:
        ordering = ["planned_on", "id"]
        verbose_name = _("communication activity")
        verbose_name_plural = _("communication plan")

    def __str__(self):
        return self.title

    @property
    def is_internal(self) -> bool:
        return self.audience in INTERNAL_AUDIENCES

    @property
    def is_overdue(self) -> bool:
        """As ``CommunicationActivityQuerySet.overdue()``, for one activity."""
        return bool(
            self.status in OPEN_STATUSES
            and self.planned_on
            and self.planned_on < timezone.localdate()
            and self.partnership.is_open
        )


def token_digest(token: str) -> str:
    """Only digests of private link tokens are stored; a leaked database gives
    no working links."""
    return hashlib.sha256(token.encode()).hexdigest()


def new_token() -> tuple[str, str]:
    token = secrets.token_urlsafe(32)
    return token, token_digest(token)


class CalendarFeedQuerySet(models.QuerySet):
    def active(self):
        return self.filter(revoked_at__isnull=True)


class CalendarFeed(models.Model):
    """A private subscription link to a partnership's plan as a calendar.
    Anyone with the link can read the plan, until it is revoked."""

    partnership = models.ForeignKey(
        Partnership, on_delete=models.CASCADE, related_name="calendar_feeds"
    )
    label = models.CharField(
        _("used for"),
        max_length=255,
        blank=True,
        help_text=_("E.g. “the team's shared calendar”, to tell links apart."),
    )
    token_digest = models.CharField(max_length=64, unique=True, editable=False)
    created_by = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        verbose_name=_("created by"),
        on_delete=models.PROTECT,
        related_name="+",
    )
    created_at = models.DateTimeField(_("created"), default=timezone.now)
    revoked_at = models.DateTimeField(_("revoked"), null=True, blank=True)

    objects = CalendarFeedQuerySet.as_manager()
    history = HistoricalRecords()

    class Meta:
        ordering = ["-created_at", "-id"]
        verbose_name = _("calendar subscription")
        verbose_name_plural = _("calendar subscriptions")

    def __str__(self):
        return self.label or _("Calendar subscription #%(id)s") % {"id": self.pk}
