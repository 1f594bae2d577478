from django.utils.translation import gettext_lazy as _
from wagtail import hooks


@hooks.register("register_log_actions")
def register_stage_change_action(actions):
    def message(log_entry):
        data = log_entry.data
        return _("Stage changed from “%(from)s” to “%(to)s”") % {
            "from": data.get("from", ""),
            "to": data.get("to", ""),
        }

    actions.register_action("partnerships.stage_change", _("Change stage"), message)
