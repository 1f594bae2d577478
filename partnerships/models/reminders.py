"""Who wants which reminders, and which reminders went out."""

from django.conf import settings
from django.db import models
from django.utils import timezone
from django.utils.translation import gettext_lazy as _


class ReminderSettings(models.Model):
    """A staff user's choice of e-mail reminders; without a row, all are on."""

    user = models.OneToOneField(
        settings.AUTH_USER_MODEL,
        on_delete=models.CASCADE,
        related_name="reminder_settings",
    )
    tasks = models.BooleanField(_("tasks due soon or overdue"), default=True)
    activities = models.BooleanField(
        _("communication activities coming up"), default=True
    )
    evaluations = models.BooleanField(
        _("evaluation links about to expire unanswered"), default=True
    )
    weekly_digest = models.BooleanField(_("weekly digest"), default=True)

    class Meta:
        verbose_name = _("reminder settings")
        verbose_name_plural = _("reminder settings")

    def __str__(self):
        return str(self.user)


class ReminderSent(models.Model):
    """One reminder e-mailed to one user about one thing, so it goes out once."""

    user = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.CASCADE, related_name="+"
    )
    kind = models.CharField(max_length=20)
    key = models.CharField(max_length=100)
    sent_at = models.DateTimeField(default=timezone.now)

    class Meta:
        default_permissions = ()
        constraints = [
            models.UniqueConstraint(
                fields=["user", "kind", "key"], name="one_reminder_per_thing"
            )
        ]

    def __str__(self):
        return f"{self.kind} {self.key}"
