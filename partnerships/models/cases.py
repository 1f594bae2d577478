"""Inspiration cases proposed from concluded partnerships, and the partners'
consent to publishing them."""

from django.conf import settings
from django.db import models
from django.utils import timezone
from django.utils.translation import gettext_lazy as _

from partnerships.history import HistoricalRecords
from partnerships.models.partnership import Partnership
from partnerships.models.registers import Organisation


class CaseProposal(models.Model):
    """A concluded partnership's experience proposed as an inspiration case:
    the draft case page made from it (one per agreement cycle), and who
    proposed it. The case page knows nothing of the partnership."""

    partnership = models.ForeignKey(
        Partnership, on_delete=models.CASCADE, related_name="case_proposals"
    )
    cycle = models.PositiveSmallIntegerField(_("agreement cycle"))
    # An editor may delete the page; a receiver (partnerships.apps) then
    # clears this link through a save, so the history says who and when.
    case_page = models.ForeignKey(
        "cms.CasePage",
        verbose_name=_("case page"),
        on_delete=models.SET_NULL,
        null=True,
        blank=True,
        related_name="+",
    )
    proposed_by = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        verbose_name=_("proposed by"),
        on_delete=models.PROTECT,
        related_name="+",
    )
    created_at = models.DateTimeField(_("proposed"), default=timezone.now)
    submitted_by = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        verbose_name=_("submitted for moderation by"),
        on_delete=models.PROTECT,
        null=True,
        blank=True,
        related_name="+",
    )
    submitted_at = models.DateTimeField(
        _("submitted for moderation"), null=True, blank=True
    )

    history = HistoricalRecords()

    class Meta:
        ordering = ["partnership", "-cycle"]
        verbose_name = _("case proposal")
        verbose_name_plural = _("case proposals")
        constraints = [
            models.UniqueConstraint(
                fields=["partnership", "cycle"], name="one_case_proposal_per_cycle"
            )
        ]

    def __str__(self):
        return _("Case from “%(partnership)s”") % {"partnership": self.partnership}


class CaseConsent(models.Model):
    """A partner organisation's answer to publishing the case: yes or no,
    how it was given, and who recorded it when."""

    proposal = models.ForeignKey(
        CaseProposal, on_delete=models.CASCADE, related_name="consents"
    )
    partnership = models.ForeignKey(
        Partnership, on_delete=models.CASCADE, related_name="+"
    )
    organisation = models.ForeignKey(
        Organisation,
        verbose_name=_("organisation"),
        on_delete=models.PROTECT,
        related_name="case_consents",
    )
    given = models.BooleanField(_("consent given"))
    note = models.CharField(
        _("how it was given"),
        max_length=255,
        help_text=_("E.g. “e-mail of 3 May” or “phone call with the director”."),
    )
    recorded_by = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        verbose_name=_("recorded by"),
        on_delete=models.PROTECT,
        related_name="+",
    )
    recorded_at = models.DateTimeField(_("recorded"), default=timezone.now)

    history = HistoricalRecords()

    class Meta:
        ordering = ["organisation__name"]
        verbose_name = _("consent to publish a case")
        verbose_name_plural = _("consents to publish cases")
        constraints = [
            models.UniqueConstraint(
                fields=["proposal", "organisation"], name="one_consent_per_partner"
            )
        ]

    def __str__(self):
        return f"{self.organisation}: {_('yes') if self.given else _('no')}"
