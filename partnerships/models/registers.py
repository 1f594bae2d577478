"""The CRM's registers: partner organisations, contacts and strategic goals."""

from django.db import models
from django.utils.translation import gettext_lazy as _

from cms.models import Sector
from partnerships.history import HistoricalRecords


class Organisation(models.Model):
    """A partner organisation (or a possible one)."""

    name = models.CharField(_("name"), max_length=255, unique=True)
    sector = models.CharField(_("sector"), max_length=20, choices=Sector.choices)
    website = models.URLField(_("website"), blank=True)
    address = models.TextField(_("address"), blank=True)
    notes = models.TextField(
        _("notes"),
        blank=True,
        help_text=_("What the organisation is good at, earlier cooperation, etc."),
    )

    history = HistoricalRecords()

    class Meta:
        ordering = ["name"]
        verbose_name = _("organisation")
        verbose_name_plural = _("organisations")

    def __str__(self):
        return self.name


class Contact(models.Model):
    """A person at a partner organisation or at the library.

    Personal data about partners lives here and nowhere else.
    """

    name = models.CharField(_("name"), max_length=255)
    role = models.CharField(_("role"), max_length=255, blank=True)
    organisation = models.ForeignKey(
        Organisation,
        verbose_name=_("organisation"),
        on_delete=models.PROTECT,
        null=True,
        blank=True,
        related_name="contacts",
        help_text=_("Leave empty for the library's own staff."),
    )
    email = models.EmailField(_("email"), blank=True)
    phone = models.CharField(_("phone"), max_length=40, blank=True)

    history = HistoricalRecords()

    class Meta:
        ordering = ["name"]
        verbose_name = _("contact")
        verbose_name_plural = _("contacts")

    def __str__(self):
        where = self.organisation.name if self.organisation else _("the library")
        return f"{self.name} ({where})"


class StrategicGoal(models.Model):
    """One of the library's strategic goals, which partnerships must serve."""

    title = models.CharField(_("title"), max_length=255, unique=True)
    description = models.TextField(_("description"), blank=True)
    active = models.BooleanField(
        _("active"),
        default=True,
        help_text=_("Untick when the library no longer pursues the goal."),
    )

    history = HistoricalRecords()

    class Meta:
        ordering = ["title"]
        verbose_name = _("strategic goal")
        verbose_name_plural = _("strategic goals")

    def __str__(self):
        return self.title
