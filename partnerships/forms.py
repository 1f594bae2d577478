"""The stage change form: the move, its reason, and the open items a move to
concluded offers to close; the stage checklist form; the partnership's form in
the CRM, whose pickers offer only whom and what may be chosen."""

from django import forms
from django.db.models import Q
from django.utils.formats import date_format
from django.utils.translation import gettext_lazy
from wagtail.admin.forms import WagtailAdminModelForm

from cms.stages import Stage
from partnerships import concurrency, lifecycle, permissions, services
from partnerships.checklists import UNKNOWN_ITEMS
from partnerships.models import Meeting
from partnerships.tools.forms import MemberChoiceField


class ClosingField(forms.ModelMultipleChoiceField):
    """Open items to close on concluding, one checkbox each, all ticked at
    first. An item closed or deleted by someone else since is a conflict."""

    widget = forms.CheckboxSelectMultiple

    def __init__(self, queryset, **kwargs):
        super().__init__(
            queryset,
            required=False,
            error_messages={"invalid_choice": concurrency.CONFLICT},
            **kwargs,
        )

    def clean(self, value):
        # A number beyond the database's integers would fail the lookup.
        for pk in value or ():
            try:
                too_big = abs(int(pk)) >= 2**63
            except (TypeError, ValueError):
                continue  # the field itself says it is not a valid value
            if too_big:
                raise forms.ValidationError(
                    self.error_messages["invalid_pk_value"],
                    code="invalid_pk_value",
                    params={"pk": pk},
                )
        return super().clean(value)

    def label_from_instance(self, obj):
        when = getattr(obj, "due_date", None) or getattr(obj, "planned_on", None)
        return f"{obj} ({date_format(when)})" if when else str(obj)


# The stage form's closing fields: (field, kind in Partnership.open_items, label).
CLOSING = [
    ("close_tasks", "tasks", gettext_lazy("Mark these open tasks done")),
    (
        "close_activities",
        "activities",
        gettext_lazy("Mark these unfinished communication activities done"),
    ),
    ("close_risks", "risks", gettext_lazy("Close these open risks")),
]


class StageChangeForm(forms.Form):
    move = forms.ChoiceField(
        label=gettext_lazy("What should happen?"), widget=forms.RadioSelect
    )
    reason = forms.CharField(
        label=gettext_lazy("Comment"),
        required=False,
        widget=forms.Textarea(attrs={"rows": 3}),
        help_text=gettext_lazy(
            "Required when going back, ending early or renewing; it goes into the "
            "partnership's history."
        ),
    )
    expected_stage = forms.ChoiceField(choices=Stage.choices, widget=forms.HiddenInput)

    def __init__(self, *args, partnership, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["move"].choices = [
            (
                move.value,
                f"{lifecycle.MOVE_LABELS[move]} → {Stage(target).label}",
            )
            for move, target in lifecycle.moves_from(partnership.stage_enum).items()
        ]
        self.fields["expected_stage"].initial = partnership.stage
        self.concluding = {
            move.value
            for move, target in lifecycle.moves_from(partnership.stage_enum).items()
            if target == Stage.CONCLUDED
        }
        if self.concluding:
            open_items = partnership.open_items()
            for name, kind, label in CLOSING:
                pks = list(open_items[kind].values_list("pk", flat=True))
                # Items posted where none is open any more are a conflict too.
                if pks or name in self.data:
                    self.fields[name] = ClosingField(
                        open_items[kind], label=label, initial=pks
                    )

    def closing_fields(self) -> list:
        """The open items a move to concluded offers to close, by kind."""
        return [self[name] for name, _kind, _label in CLOSING if name in self.fields]

    def concludes_with_open_items(self) -> bool:
        return self.cleaned_data["move"] in self.concluding and bool(
            self.closing_fields()
        )

    def change_stage(self, partnership, *, user):
        """Make the chosen move (``services.change_stage``); a refusal is
        the service's ValidationError."""
        return services.change_stage(
            partnership,
            move=lifecycle.Move(self.cleaned_data["move"]),
            user=user,
            expected_stage=self.cleaned_data["expected_stage"],
            reason=self.cleaned_data["reason"],
            close=self.items_to_close(),
        )

    def items_to_close(self) -> list:
        """The ticked open items, if the chosen move concludes the partnership."""
        if self.cleaned_data["move"] not in self.concluding:
            return []
        return [
            item
            for name, _kind, _label in CLOSING
            for item in self.cleaned_data.get(name, ())
        ]


class ChecklistForm(forms.Form):
    """One stage's checklist as ticked in the partnership's page: the stage,
    the ids of the ticked items (``item``, any number) and the version of the
    list the form showed."""

    stage = forms.ChoiceField(choices=Stage.choices)
    expected = concurrency.version_field()

    def clean(self):
        cleaned = super().clean()
        values = self.data.getlist("item") if hasattr(self.data, "getlist") else []
        try:
            ticked = {int(value) for value in values}
        except ValueError:
            ticked = None
        # A list longer than any checklist, or numbers no database holds,
        # cannot name real items.
        if (
            ticked is None
            or len(values) > 200
            or any(abs(pk) >= 2**63 for pk in ticked)
        ):
            raise forms.ValidationError(UNKNOWN_ITEMS, code="unknown_item")
        cleaned["ticked"] = ticked
        return cleaned


MAY_NOT_MANAGE = gettext_lazy("may not manage partnerships")
CHOOSE_MANAGER = gettext_lazy(
    "Choose someone from the list: a colleague with an active account who may "
    "manage partnerships."
)
CHOOSE_MEMBER = gettext_lazy(
    "Choose the project manager or someone on the team from the list. Save a "
    "new team member before giving them tasks."
)
TASK_OUTSIDE_THE_TEAM = gettext_lazy(
    "Only the project manager or someone on the team can be given a task."
)
CHOOSE_MEETING = gettext_lazy("Choose one of this partnership's meetings.")


class Pickers:
    """What the partnership form's pickers offer: people who may manage
    partnerships as project manager and team; the partnership's own active
    team (anyone who may manage partnerships, before it is saved and has a
    team) and its meetings for its tasks."""

    def __init__(self, partnership):
        saved = partnership is not None and partnership.pk is not None
        self.managers = permissions.partnership_managers()
        self.assignees = partnership.members() if saved else self.managers
        self.meetings = (
            partnership.meetings.order_by("-held_on", "-pk")
            if saved
            else Meeting.objects.none()
        )


def saved_value(form, field_name):
    """The value a row's saved record holds for ``field_name`` (a pk), kept
    on offer when it no longer would be; None for a new row."""
    return getattr(form.instance, f"{field_name}_id") if form.instance.pk else None


class MeetingChoiceField(forms.ModelChoiceField):
    def label_from_instance(self, obj):
        return f"{obj.title} ({date_format(obj.held_on)})"


class PickerRowForm(WagtailAdminModelForm):
    """A row of the partnership form's inline lists; the partnership form
    hands it the ``pickers``."""

    def __init__(self, *args, pickers, **kwargs):
        self.pickers = pickers
        super().__init__(*args, **kwargs)


class TeamMemberForm(PickerRowForm):
    class Meta:
        field_classes = {"user": MemberChoiceField}
        error_messages = {"user": {"invalid_choice": CHOOSE_MANAGER}}

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["user"].offer(
            self.pickers.managers,
            current=saved_value(self, "user"),
            note=MAY_NOT_MANAGE,
        )


class TaskForm(PickerRowForm):
    class Meta:
        field_classes = {"assignee": MemberChoiceField, "meeting": MeetingChoiceField}
        error_messages = {
            "assignee": {"invalid_choice": CHOOSE_MEMBER},
            "meeting": {"invalid_choice": CHOOSE_MEETING},
        }

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["assignee"].offer(
            self.pickers.assignees, current=saved_value(self, "assignee")
        )
        meetings = self.pickers.meetings
        current = saved_value(self, "meeting")
        if current is not None:
            meetings = Meeting.objects.filter(
                Q(pk__in=meetings.values("pk")) | Q(pk=current)
            ).order_by("-held_on", "-pk")
        self.fields["meeting"].queryset = meetings


class PartnershipForm(WagtailAdminModelForm):
    """The partnership's form in the CRM. Its pickers offer, by name, only
    active colleagues who may manage partnerships as project manager and
    team, and only the partnership's own team and meetings for its tasks. A
    value saved earlier stays on offer, marked, rather than being dropped;
    anything else posted is refused."""

    class Meta:
        field_classes = {"project_manager": MemberChoiceField}
        error_messages = {"project_manager": {"invalid_choice": CHOOSE_MANAGER}}

    def __init__(self, *args, **kwargs):
        # Set before the rows' forms are made: they receive it (inherit_kwargs).
        self.pickers = Pickers(kwargs.get("instance"))
        super().__init__(*args, **kwargs)
        if "project_manager" in self.fields:
            self.fields["project_manager"].offer(
                self.pickers.managers,
                current=saved_value(self, "project_manager"),
                note=MAY_NOT_MANAGE,
            )

    def is_valid(self):
        valid = super().is_valid()
        if self.refused_assignees is None:
            self.refused_assignees = self.tasks_outside_the_team()
        return valid and not self.refused_assignees

    refused_assignees = None

    def tasks_outside_the_team(self) -> int:
        """Refuse each task newly given to someone who is neither the project
        manager nor on the team as the form leaves them; how many were."""
        if "tasks" not in self.formsets:
            return 0
        team = {getattr(self, "cleaned_data", {}).get("project_manager")}
        for form in self.formsets.get("team_members", ()):
            data = getattr(form, "cleaned_data", {})
            if not data.get("DELETE"):
                team.add(data.get("user"))
        refused = 0
        for form in self.formsets["tasks"]:
            data = getattr(form, "cleaned_data", {})
            assignee = data.get("assignee")
            if data.get("DELETE") or assignee is None:
                continue
            if "assignee" in form.changed_data and assignee not in team:
                form.add_error(
                    "assignee",
                    forms.ValidationError(
                        TASK_OUTSIDE_THE_TEAM, code="not_on_the_team"
                    ),
                )
                refused += 1
        return refused


class ConsentForm(forms.Form):
    """One partner organisation's answer to publishing the proposed case."""

    given = forms.TypedChoiceField(
        label=gettext_lazy("Does the organisation consent to the case?"),
        choices=[("yes", gettext_lazy("Yes")), ("no", gettext_lazy("No"))],
        coerce=lambda value: value == "yes",
        widget=forms.RadioSelect,
        help_text=gettext_lazy(
            "A no takes the case out of moderation, and off the public site if "
            "it is published there."
        ),
    )
    note = forms.CharField(
        label=gettext_lazy("How it was given"),
        max_length=255,
        help_text=gettext_lazy(
            "E.g. “e-mail of 3 May” or “phone call with the director”."
        ),
    )
    expected = concurrency.version_field()
