"""The communication plan's forms; the model declares the fields' rules."""

from django import forms
from django.utils.translation import gettext_lazy as _

from partnerships.concurrency import version_field
from partnerships.models import CalendarFeed, CommunicationActivity
from partnerships.tools.forms import DATE, MemberChoiceField

CHOOSE_STATUS = _("Choose a status from the list.")


class ActivityForm(forms.ModelForm):
    """Add an activity to the plan; the labels and help texts are mostly the
    model's, so the form and the plan's columns use the same words."""

    class Meta:
        model = CommunicationActivity
        fields = [
            "title",
            "audience",
            "planned_on",
            "message",
            "channel",
            "sender",
            "responsible",
            "status",
        ]
        field_classes = {"responsible": MemberChoiceField}
        widgets = {"planned_on": DATE, "message": forms.Textarea(attrs={"rows": 4})}
        help_texts = {
            "title": _("E.g. “Staff meeting: presenting the partnership”."),
            "audience": _(
                "Own staff and partner staff make up the internal communication; "
                "the public and the press the external."
            ),
            "planned_on": _(
                "Leave empty if the date is not set yet. A date that has passed is "
                "flagged as overdue until the activity is done."
            ),
            "responsible": _(
                "The project manager or someone on the partnership's team."
            ),
        }
        error_messages = {
            "title": {"required": _("Say what the activity is.")},
            "audience": {"required": _("Choose who the activity is for.")},
            "status": {"required": CHOOSE_STATUS, "invalid_choice": CHOOSE_STATUS},
        }

    def __init__(self, *args, responsible_choices, **kwargs):
        super().__init__(*args, **kwargs)
        responsible = self.fields["responsible"]
        # The current person stays selectable after leaving the team, so
        # saving says they can no longer be responsible instead of silently
        # clearing it.
        responsible.offer(responsible_choices, current=self.instance.responsible_id)
        responsible.empty_label = _("Nobody yet")


class EditActivityForm(ActivityForm):
    expected = version_field()


class StatusForm(forms.ModelForm):
    """The small status form on each row of the plan."""

    # The status the row showed is the version this one-field form was
    # opened on.
    expected_status = version_field()

    class Meta:
        model = CommunicationActivity
        fields = ["status"]
        error_messages = {
            "status": {"required": CHOOSE_STATUS, "invalid_choice": CHOOSE_STATUS}
        }


class FeedForm(forms.ModelForm):
    class Meta:
        model = CalendarFeed
        fields = ["label"]
        labels = {"label": _("Used for (optional)")}
