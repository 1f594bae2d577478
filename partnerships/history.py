"""The CRM's audit trail: django-simple-history adapted to modelcluster."""

from django.db import models
from modelcluster.fields import ParentalKey
from simple_history.models import HistoricalRecords as BaseHistoricalRecords


class HistoricalRecords(BaseHistoricalRecords):
    """Copies a ``ParentalKey`` into the history table as a plain foreign key.

    simple-history gives copied keys ``related_name="+"``, which modelcluster
    refuses on a ParentalKey; the history table needs no parental behaviour.
    """

    def copy_fields(self, model):
        fields = super().copy_fields(model)
        for field in fields.values():
            if isinstance(field, ParentalKey):
                field.__class__ = models.ForeignKey
        return fields
