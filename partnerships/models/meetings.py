"""Partnership meetings and the risk register, seeded from editor-managed
typical challenges."""

from django.conf import settings
from django.core.validators import MaxValueValidator, MinValueValidator
from django.db import models
from django.utils.translation import gettext_lazy as _

from partnerships.history import HistoricalRecords
from partnerships.models.partnership import Partnership


class Meeting(models.Model):
    """A partnership meeting: agenda, minutes and decisions. Its action items
    are tasks of the partnership that point back to the meeting."""

    partnership = models.ForeignKey(
        Partnership, on_delete=models.CASCADE, related_name="meetings"
    )
    title = models.CharField(_("title"), max_length=255)
    held_on = models.DateField(_("date"))
    location = models.CharField(_("place"), max_length=255, blank=True)
    participants = models.TextField(
        _("participants"),
        blank=True,
        help_text=_(
            "One per line: name, organisation, role there and role in the partnership."
        ),
    )
    agenda = models.TextField(_("agenda"), blank=True)
    minutes = models.TextField(_("minutes"), blank=True)
    decisions = models.TextField(_("decisions"), blank=True)

    history = HistoricalRecords()

    class Meta:
        ordering = ["-held_on", "-id"]
        verbose_name = _("meeting")
        verbose_name_plural = _("meetings")

    def __str__(self):
        return self.title


class Challenge(models.Model):
    """A typical challenge of partnership work, offered to every new risk
    register (editor-managed)."""

    title = models.CharField(_("challenge"), max_length=255, unique=True)
    description = models.TextField(_("description"), blank=True)
    suggested_mitigation = models.TextField(_("suggested mitigation"), blank=True)
    sort_order = models.PositiveSmallIntegerField(_("order"), default=0)

    history = HistoricalRecords()

    class Meta:
        ordering = ["sort_order", "id"]
        verbose_name = _("typical challenge")
        verbose_name_plural = _("typical challenges")

    def __str__(self):
        return self.title


class Level(models.IntegerChoices):
    LOW = 1, _("Low")
    MEDIUM = 2, _("Medium")
    HIGH = 3, _("High")


class RiskStatus(models.TextChoices):
    OPEN = "open", _("Open")
    CLOSED = "closed", _("Closed")


class RiskQuerySet(models.QuerySet):
    def open(self):
        return self.filter(status=RiskStatus.OPEN)


class Risk(models.Model):
    """A risk to one partnership: how likely, how serious, what is done about
    it and who keeps an eye on it."""

    partnership = models.ForeignKey(
        Partnership, on_delete=models.CASCADE, related_name="risks"
    )
    title = models.CharField(_("risk"), max_length=255)
    description = models.TextField(_("description"), blank=True)
    likelihood = models.PositiveSmallIntegerField(
        _("likelihood"),
        choices=Level.choices,
        default=Level.MEDIUM,
        validators=[MinValueValidator(1), MaxValueValidator(3)],
    )
    impact = models.PositiveSmallIntegerField(
        _("impact"),
        choices=Level.choices,
        default=Level.MEDIUM,
        validators=[MinValueValidator(1), MaxValueValidator(3)],
    )
    mitigation = models.TextField(_("mitigation"), blank=True)
    owner = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        verbose_name=_("owner"),
        on_delete=models.PROTECT,
        null=True,
        blank=True,
        related_name="partnership_risks",
    )
    status = models.CharField(
        _("status"), max_length=10, choices=RiskStatus.choices, default=RiskStatus.OPEN
    )
    challenge = models.ForeignKey(
        Challenge,
        verbose_name=_("typical challenge"),
        on_delete=models.SET_NULL,
        null=True,
        blank=True,
        related_name="+",
    )

    objects = RiskQuerySet.as_manager()
    history = HistoricalRecords()

    class Meta:
        ordering = ["-status", "-likelihood", "-impact", "id"]  # open first
        verbose_name = _("risk")
        verbose_name_plural = _("risk register")

    def __str__(self):
        return self.title

    @property
    def score(self) -> int:
        """Likelihood times impact, 1–9."""
        return self.likelihood * self.impact
