"""Erasures of personal data (GDPR Art. 17) and the seals that keep erased
history rows tamper-evident (docs/privacy.md)."""

from django.conf import settings
from django.db import models
from django.utils.crypto import constant_time_compare, salted_hmac
from django.utils.translation import gettext_lazy as _

from partnerships.history import chain_values


class LegalBasis(models.TextChoices):
    REQUEST = "request", _("The person asked for erasure (Art. 17)")
    RETENTION = "retention", _("The retention period has ended")
    OBJECTION = "objection", _("The person objected to the processing (Art. 21)")
    OTHER = "other", _("Other (explain in the note)")


class Erasure(models.Model):
    """One erasure of one person's data: who did it, when and why, and how
    much it changed. It never holds the erased values. Append-only."""

    erased_at = models.DateTimeField(_("erased at"), auto_now_add=True)
    erased_by = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        verbose_name=_("erased by"),
        on_delete=models.PROTECT,
        related_name="+",
    )
    legal_basis = models.CharField(
        _("legal basis"), max_length=20, choices=LegalBasis.choices
    )
    note = models.TextField(_("note"), blank=True)
    subject_kind = models.CharField(_("kind of person"), max_length=10)
    pseudonym = models.CharField(_("pseudonym"), max_length=100)
    changes = models.JSONField(_("changes"), default=dict)

    class Meta:
        ordering = ["-erased_at", "-pk"]
        verbose_name = _("erasure")
        verbose_name_plural = _("erasures")
        default_permissions = ("add", "view")

    def __str__(self):
        return self.pseudonym


class ErasureSeal(models.Model):
    """The keyed hash of a history row as an erasure left it. The row keeps
    its entry hash, so its chain and checkpoint still hold; the seal takes
    the entry hash's place in proving the row's contents."""

    erasure = models.ForeignKey(Erasure, on_delete=models.PROTECT, related_name="seals")
    history_model = models.CharField(max_length=100)
    history_id = models.BigIntegerField()
    fields = models.JSONField(default=list)
    seal = models.CharField(max_length=64)

    class Meta:
        default_permissions = ()
        indexes = [models.Index(fields=["history_model", "history_id"])]

    def __str__(self):
        return f"{self.history_model} #{self.history_id}"

    def matches(self, row, secrets) -> bool:
        return any(
            constant_time_compare(seal_of(self.history_model, row, secret), self.seal)
            for secret in secrets
        )


def seal_of(history_model: str, row, secret=None) -> str:
    """The keyed hash of a history row's current values (and its unchanged
    entry hash, which ties the seal to the row's place in its chain)."""
    payload = f"{history_model}|{row.history_id}|{row.entry_hash}|{chain_values(row)}"
    return salted_hmac("partnerships.erasure", payload, secret=secret).hexdigest()
