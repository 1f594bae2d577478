"""The stage change form: the move, its reason, and the open items a move to
concluded offers to close; the stage checklist form."""

from django import forms
from django.utils.formats import date_format
from django.utils.translation import gettext_lazy

from cms.stages import Stage
from partnerships import concurrency, lifecycle
from partnerships.checklists import UNKNOWN_ITEMS


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
