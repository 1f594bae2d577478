"""The records the lifecycle gates read: agreement, communication plan, evaluation."""

from django.db import models
from django.utils.translation import gettext_lazy as _
from modelcluster.fields import ParentalKey

from partnerships.history import HistoricalRecords
from partnerships.models.partnership import Partnership


class Agreement(models.Model):
    """The cooperation agreement of one agreement cycle."""

    partnership = ParentalKey(
        Partnership, on_delete=models.CASCADE, related_name="agreements"
    )
    cycle = models.PositiveSmallIntegerField(
        _("agreement cycle"),
        default=1,
        help_text=_("1 for the first agreement; renewals add one."),
    )
    signed_on = models.DateField(
        _("signed on"),
        null=True,
        blank=True,
        help_text=_("Fill in when every party has signed."),
    )
    signatories = models.TextField(
        _("signed by"), blank=True, help_text=_("One name and role per line.")
    )
    notes = models.TextField(_("notes"), blank=True)

    history = HistoricalRecords()

    class Meta:
        ordering = ["cycle"]
        verbose_name = _("cooperation agreement")
        verbose_name_plural = _("cooperation agreements")

    def __str__(self):
        return _("Agreement, cycle %(cycle)s") % {"cycle": self.cycle}


class Audience(models.TextChoices):
    STAFF = "staff", _("Own staff")
    PARTNER_STAFF = "partner_staff", _("Partner staff")
    PUBLIC = "public", _("The public")
    PRESS = "press", _("Press")


class CommunicationActivity(models.Model):
    """One activity in the partnership's communication plan."""

    partnership = ParentalKey(
        Partnership, on_delete=models.CASCADE, related_name="communication_activities"
    )
    title = models.CharField(_("activity"), max_length=255)
    audience = models.CharField(_("audience"), max_length=20, choices=Audience.choices)
    channel = models.CharField(_("channel"), max_length=255, blank=True)
    planned_on = models.DateField(_("date"), null=True, blank=True)
    done = models.BooleanField(_("done"), default=False)

    history = HistoricalRecords()

    class Meta:
        ordering = ["planned_on", "id"]
        verbose_name = _("communication activity")
        verbose_name_plural = _("communication plan")

    def __str__(self):
        return self.title


class EvaluationRound(models.Model):
    """A round of evaluation: individual written answers, then a joint talk."""

    partnership = ParentalKey(
        Partnership, on_delete=models.CASCADE, related_name="evaluation_rounds"
    )
    cycle = models.PositiveSmallIntegerField(_("agreement cycle"), default=1)
    title = models.CharField(_("title"), max_length=255)
    completed_on = models.DateField(
        _("completed on"),
        null=True,
        blank=True,
        help_text=_("Fill in when the joint discussion has taken place."),
    )
    summary = models.TextField(_("joint discussion and decisions"), blank=True)

    history = HistoricalRecords()

    class Meta:
        ordering = ["cycle", "id"]
        verbose_name = _("evaluation round")
        verbose_name_plural = _("evaluation rounds")

    def __str__(self):
        return self.title
