"""The head of every history chain, kept so that a shortened chain is noticed."""

from django.db import models
from django.utils.crypto import constant_time_compare, salted_hmac
from django.utils.translation import gettext_lazy as _


class ChainCheckpoint(models.Model):
    """The newest entry and the length of one record's history chain, signed
    with the key that signs the chain. Updated in the transaction that writes
    each history row, so deleting the newest entries, a whole history or a
    whole history table no longer goes unnoticed."""

    history_model = models.CharField(_("history model"), max_length=100)
    record_id = models.BigIntegerField(_("record id"))
    head_history_id = models.BigIntegerField(_("newest history entry"))
    head_hash = models.CharField(_("newest entry's hash"), max_length=64)
    entries = models.PositiveIntegerField(_("entries"))
    signature = models.CharField(_("signature"), max_length=64)

    class Meta:
        verbose_name = _("chain checkpoint")
        verbose_name_plural = _("chain checkpoints")
        default_permissions = ()
        constraints = [
            models.UniqueConstraint(
                fields=["history_model", "record_id"], name="one_checkpoint_per_chain"
            )
        ]

    def __str__(self):
        return f"{self.history_model} #{self.record_id}"

    def expected_signature(self, secret=None) -> str:
        return checkpoint_signature(
            self.history_model,
            self.record_id,
            self.head_history_id,
            self.head_hash,
            self.entries,
            secret=secret,
        )

    def sign(self) -> None:
        self.signature = self.expected_signature()

    def signed_by(self, secrets) -> bool:
        return any(
            constant_time_compare(self.expected_signature(secret), self.signature)
            for secret in secrets
        )


def checkpoint_signature(
    history_model, record_id, head_history_id, head_hash, entries, secret=None
) -> str:
    """The keyed hash of one checkpoint's values (also used in exported files)."""
    payload = f"{history_model}|{record_id}|{head_history_id}|{head_hash}|{entries}"
    return salted_hmac("partnerships.checkpoint", payload, secret=secret).hexdigest()
