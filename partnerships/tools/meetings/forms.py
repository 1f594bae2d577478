"""The meetings tool's forms: a meeting, its minutes, and an action item."""

from django import forms
from django.utils.translation import gettext_lazy as _

from partnerships.concurrency import version_field
from partnerships.models import Meeting, Task
from partnerships.tools.forms import DATE, MemberChoiceField


def _rows(count):
    return forms.Textarea(attrs={"rows": count})


class MeetingForm(forms.ModelForm):
    """Plans a meeting; its field rules are the model's."""

    class Meta:
        model = Meeting
        fields = ["title", "held_on", "location", "participants", "agenda"]
        widgets = {"held_on": DATE, "participants": _rows(6), "agenda": _rows(18)}
        labels = {
            "title": _("Title"),
            "held_on": _("Date"),
            "location": _("Place"),
            "participants": _("Participants"),
            "agenda": _("Agenda"),
        }
        help_texts = {
            "participants": _(
                "One per line: name, organisation, role there and role in the "
                "partnership. Filled in from the partnership as a starting point."
            ),
            "agenda": _(
                "Starts from the toolkit's good questions for the partnership "
                "meeting; add your own points and remove what you do not need."
            ),
        }
        error_messages = {
            "title": {
                "required": _("Give the meeting a title."),
                "max_length": _("Keep the title under 255 characters."),
            },
            "held_on": {"required": _("Give the date of the meeting.")},
            "location": {"max_length": _("Keep the place under 255 characters.")},
        }


class MeetingEditForm(MeetingForm):
    """Changes a meeting as it was when the form was opened, with its minutes
    and decisions."""

    expected = version_field()

    class Meta(MeetingForm.Meta):
        fields = [*MeetingForm.Meta.fields, "minutes", "decisions"]
        widgets = {
            **MeetingForm.Meta.widgets,
            "minutes": _rows(12),
            "decisions": _rows(6),
        }
        labels = {
            **MeetingForm.Meta.labels,
            "minutes": _("Minutes"),
            "decisions": _("Decisions"),
        }
        help_texts = {
            **MeetingForm.Meta.help_texts,
            "decisions": _("What the partners agreed, one per line."),
        }


class ActionItemForm(forms.ModelForm):
    """Adds an action item (a task of the partnership) for the project manager
    or someone on the team."""

    class Meta:
        model = Task
        fields = ["title", "assignee", "due_date"]
        field_classes = {"assignee": MemberChoiceField}
        widgets = {"due_date": DATE}
        labels = {
            "title": _("What is to be done?"),
            "assignee": _("Who does it?"),
            "due_date": _("By when?"),
        }
        help_texts = {"assignee": _("The project manager or someone on the team.")}
        error_messages = {
            "title": {
                "required": _("Say what is to be done."),
                "max_length": _("Keep the action item under 255 characters."),
            },
            "assignee": {
                "invalid_choice": _(
                    "Only the project manager or someone on the team can own an "
                    "action item."
                )
            },
        }

    def __init__(self, *args, partnership, **kwargs):
        super().__init__(*args, **kwargs)
        assignee = self.fields["assignee"]
        assignee.offer(partnership.members())
        assignee.empty_label = _("Not decided yet")
