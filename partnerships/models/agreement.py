"""The cooperation agreement: editor-managed clause templates, and each
partnership's agreement in versions of clauses, signed and then locked."""

from django.core.files.storage import storages
from django.core.validators import FileExtensionValidator
from django.db import models
from django.utils.translation import gettext_lazy as _

from partnerships.history import HistoricalRecords
from partnerships.models.partnership import Partnership


class AgreementSection(models.TextChoices):
    """The sections of a standard partnership agreement, in document order."""

    PARTIES = "parties", _("Parties and contacts")
    PURPOSE = "purpose", _("Background and shared purpose")
    GOALS = "goals", _("Each party's goals and gains")
    ACTIVITIES = "activities", _("Activities and division of work")
    CONTRIBUTIONS = "contributions", _("Each party's contributions")
    PRINCIPLES = "principles", _("Working principles and decisions")
    COMMUNICATION = "communication", _("Communication")
    FINANCES = "finances", _("Finances")
    RIGHTS = "rights", _("Rights and third parties")
    DURATION = "duration", _("Duration and evaluation points")
    DISAGREEMENTS = "disagreements", _("Disagreements")
    CHANGES = "changes", _("Changes and ending")
    SIGNATURES = "signatures", _("Signatures")


SECTION_ORDER = {section.value: index for index, section in enumerate(AgreementSection)}


def private_storage():
    return storages["private"]


class ClauseTemplate(models.Model):
    """A standard clause editors offer for new agreements.

    The text may name facts of the partnership in braces, e.g. ``{partners}``;
    they are filled in when an agreement is drafted (see ``agreement.PLACEHOLDERS``).
    """

    section = models.CharField(
        _("section"), max_length=20, choices=AgreementSection.choices
    )
    heading = models.CharField(_("heading"), max_length=255)
    body = models.TextField(
        _("text"),
        help_text=_(
            "Placeholders filled in from the partnership: {title}, {partners}, "
            "{contacts}, {purpose}, {vision}, {library_gives}, {library_gets}, "
            "{goals}, {start_date}, {end_date}, {budget}, {resources}."
        ),
    )
    included_by_default = models.BooleanField(
        _("included by default"),
        default=True,
        help_text=_(
            "Untick for optional clauses that only fit some partnerships; project "
            "managers can still add them."
        ),
    )
    sort_order = models.PositiveSmallIntegerField(_("order within section"), default=0)

    history = HistoricalRecords()

    class Meta:
        ordering = ["section", "sort_order", "id"]
        verbose_name = _("agreement clause template")
        verbose_name_plural = _("agreement clause templates")

    def __str__(self):
        return f"{self.get_section_display()}: {self.heading}"


class Agreement(models.Model):
    """One version of a partnership's cooperation agreement in one agreement
    cycle. Signing locks it; a later change starts the next version."""

    partnership = models.ForeignKey(
        Partnership, on_delete=models.CASCADE, related_name="agreements"
    )
    cycle = models.PositiveSmallIntegerField(_("agreement cycle"), default=1)
    version = models.PositiveSmallIntegerField(_("version"), default=1)
    signed_on = models.DateField(_("signed on"), null=True, blank=True)
    signatories = models.TextField(
        _("signed by"), blank=True, help_text=_("One name and role per line.")
    )
    signed_scan = models.FileField(
        _("signed copy"),
        storage=private_storage,
        upload_to="agreements/%Y/",
        blank=True,
        validators=[FileExtensionValidator(["pdf", "jpg", "jpeg", "png"])],
        help_text=_("A scan or PDF of the signed agreement (PDF, JPEG or PNG)."),
    )
    notes = models.TextField(_("notes"), blank=True)

    history = HistoricalRecords()

    class Meta:
        ordering = ["cycle", "version"]
        verbose_name = _("cooperation agreement")
        verbose_name_plural = _("cooperation agreements")
        constraints = [
            models.UniqueConstraint(
                fields=["partnership", "cycle", "version"],
                name="unique_agreement_version",
            )
        ]

    def __str__(self):
        return _("Agreement, cycle %(cycle)s, version %(version)s") % {
            "cycle": self.cycle,
            "version": self.version,
        }

    @property
    def is_signed(self) -> bool:
        return self.signed_on is not None


class AgreementClause(models.Model):
    """One clause of an agreement version, as the parties will sign it."""

    agreement = models.ForeignKey(
        Agreement, on_delete=models.CASCADE, related_name="clauses"
    )
    partnership = models.ForeignKey(
        Partnership, on_delete=models.CASCADE, related_name="+"
    )
    section = models.CharField(
        _("section"), max_length=20, choices=AgreementSection.choices
    )
    heading = models.CharField(_("heading"), max_length=255)
    body = models.TextField(_("text"), blank=True)
    sort_order = models.PositiveSmallIntegerField(_("order"), default=0)
    template = models.ForeignKey(
        ClauseTemplate,
        verbose_name=_("from template"),
        on_delete=models.SET_NULL,
        null=True,
        blank=True,
        related_name="+",
    )

    history = HistoricalRecords()

    class Meta:
        ordering = ["sort_order", "id"]
        verbose_name = _("agreement clause")
        verbose_name_plural = _("agreement clauses")

    def __str__(self):
        return self.heading
