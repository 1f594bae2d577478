"""The CRM's audit trail: django-simple-history adapted to modelcluster."""

from django.db import models
from modelcluster.fields import ParentalKey
from simple_history.models import HistoricalRecords as BaseHistoricalRecords


class HistoricalRecords(BaseHistoricalRecords):
    """simple-history's records, fitted to this project.

    Change reasons are unlimited text (the default is 100 characters, which
    PostgreSQL enforces and SQLite does not). A ``ParentalKey`` is copied into
    the history table as a plain foreign key: simple-history gives copied keys
    ``related_name="+"``, which modelcluster refuses on a ParentalKey.
    """

    def __init__(self, *args, **kwargs):
        kwargs.setdefault("history_change_reason_field", models.TextField(null=True))
        super().__init__(*args, **kwargs)

    def copy_fields(self, model):
        fields = super().copy_fields(model)
        for field in fields.values():
            if isinstance(field, ParentalKey):
                field.__class__ = models.ForeignKey
        return fields
