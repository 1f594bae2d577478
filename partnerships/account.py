"""A staff member's reminder choices, on the Notifications tab of their
Wagtail account page (saved there, with Wagtail's confirmation message)."""

from django import forms
from django.utils.translation import gettext_lazy as _
from wagtail.admin.views.account import BaseSettingsPanel, notifications_tab

from partnerships import permissions, reminders
from partnerships.models import ReminderSettings


class ReminderSettingsForm(forms.ModelForm):
    class Meta:
        model = ReminderSettings
        fields = ["tasks", "activities", "evaluations", "weekly_digest"]
        help_texts = {
            "tasks": _("Assigned to you, or without an assignee in your partnerships."),
            "activities": _("Communication-plan activities you are responsible for."),
            "evaluations": _(
                "Partners who have not answered your evaluation before their "
                "link expires."
            ),
            "weekly_digest": _(
                "Once a week, on Mondays: your open partnerships, what is overdue "
                "in them and what is coming up."
            ),
        }


class ReminderSettingsPanel(BaseSettingsPanel):
    name = "reminders"
    title = _("E-mail reminders")
    template_name = "partnerships/account_reminders.html"
    tab = notifications_tab
    order = 150
    form_class = ReminderSettingsForm

    def is_active(self):
        return permissions.can_see_partnerships(self.user)

    def get_form(self):
        instance = reminders.reminder_settings(self.user)
        if self.request.method == "POST":
            return self.form_class(
                self.request.POST, instance=instance, prefix=self.name
            )
        return self.form_class(instance=instance, prefix=self.name)
