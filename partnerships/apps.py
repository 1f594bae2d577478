from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class PartnershipsConfig(AppConfig):
    name = "partnerships"
    verbose_name = _("Partnerships")

    def ready(self):
        from simple_history.signals import pre_create_historical_record

        from partnerships.history import chain_history_row

        pre_create_historical_record.connect(
            chain_history_row, dispatch_uid="partnerships-history-chain"
        )
