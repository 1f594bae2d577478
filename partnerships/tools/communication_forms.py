"""The communication plan's forms. Edit and delete forms carry the fingerprint
of the activity the user saw (``expected``), so a change made on stale data
is refused; the rules themselves are checked by the services in
``communication``."""

from django import forms
from django.utils.translation import gettext_lazy as _

from partnerships.models import ActivityStatus, CommunicationActivity
from partnerships.tools.common import version_marker


def _model_field(name, **kwargs):
    return CommunicationActivity._meta.get_field(name).formfield(**kwargs)


class ActivityForm(forms.Form):
    """Add an activity to the plan; the labels and help texts are the
    model's, so the form and the plan's columns use the same words."""

    title = _model_field(
        "title",
        help_text=_("E.g. “Staff meeting: presenting the partnership”."),
        error_messages={"required": _("Say what the activity is.")},
    )
    audience = _model_field(
        "audience",
        help_text=_(
            "Own staff and partner staff make up the internal communication; "
            "the public and the press the external."
        ),
        error_messages={"required": _("Choose who the activity is for.")},
    )
    planned_on = _model_field(
        "planned_on",
        widget=forms.DateInput(format="%Y-%m-%d", attrs={"type": "date"}),
        help_text=_(
            "Leave empty if the date is not set yet. A date that has passed is "
            "flagged as overdue until the activity is done."
        ),
    )
    message = _model_field("message", widget=forms.Textarea(attrs={"rows": 4}))
    channel = _model_field("channel")
    sender = _model_field("sender")
    responsible = forms.ModelChoiceField(
        label=_("Responsible"),
        queryset=None,
        required=False,
        empty_label=_("Nobody yet"),
        help_text=_("The project manager or someone on the partnership's team."),
    )
    status = _model_field("status")

    def __init__(self, *args, responsible_choices, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["responsible"].queryset = responsible_choices
        self.fields["responsible"].label_from_instance = lambda user: (
            user.get_full_name() or user.get_username()
        )


class EditActivityForm(ActivityForm):
    expected = version_marker()


class DeleteForm(forms.Form):
    """Confirms removing an activity."""

    expected = version_marker()


class StatusForm(forms.Form):
    """The small status form on each row of the plan."""

    status = forms.ChoiceField(label=_("Status"), choices=ActivityStatus.choices)
    expected_status = forms.ChoiceField(
        choices=ActivityStatus.choices, required=False, widget=forms.HiddenInput
    )


class FeedForm(forms.Form):
    label = forms.CharField(
        label=_("Used for (optional)"),
        max_length=255,
        required=False,
        help_text=_("E.g. “the team's shared calendar”, to tell links apart."),
    )
