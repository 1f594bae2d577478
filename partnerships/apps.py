from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class PartnershipsConfig(AppConfig):
    name = "partnerships"
    verbose_name = _("Partnerships")

    def ready(self):
        from django.db.models.signals import pre_delete
        from simple_history.signals import (
            post_create_historical_record,
            pre_create_historical_record,
        )

        from cms.models import CasePage
        from partnerships.cases import unlink_deleted_case_page
        from partnerships.history import (
            advance_checkpoint,
            chain_history_row,
            unlink_before_delete,
        )

        pre_create_historical_record.connect(
            chain_history_row, dispatch_uid="partnerships-history-chain"
        )
        post_create_historical_record.connect(
            advance_checkpoint, dispatch_uid="partnerships-history-checkpoint"
        )
        pre_delete.connect(
            unlink_before_delete, dispatch_uid="partnerships-history-unlink"
        )
        pre_delete.connect(
            unlink_deleted_case_page,
            sender=CasePage,
            dispatch_uid="partnerships-case-page-unlink",
        )
