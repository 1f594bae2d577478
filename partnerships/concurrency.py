"""Two people editing the same record never silently overwrite each other.

A form carries the version of what it showed: the id of the record's newest
history row, which changes exactly once per real change (an unchanged save
writes no history row). Saving locks the record's row, compares versions and
refuses with one message when someone else got there first.
"""

from django import forms
from django.core.exceptions import ValidationError
from django.db.models import Max
from django.utils.translation import gettext_lazy

from partnerships import permissions
from partnerships.models import Partnership

CONFLICT = gettext_lazy(
    "Someone else changed this while you were working on it. Your changes were "
    "not saved; reload the page to see the newest version."
)
GONE = gettext_lazy(
    "Someone else deleted this meanwhile. Reload the page to see what is there now."
)

# Child records a form edits together with their parent; a change to any of
# them changes the parent's version. Keys are model labels, values the
# reverse relations (related_name) of the children.
EDITED_TOGETHER = {
    "partnerships.Partnership": (
        "team_members",
        "goal_links",
        "partner_roles",
        "tasks",
    ),
    "partnerships.Agreement": ("clauses",),
}


def version_of(instance) -> str:
    """The version a form opened on ``instance`` carries: its newest history
    row's id, and that of each child it is edited together with."""
    histories = [instance.history.all()]
    for name in EDITED_TOGETHER.get(instance._meta.label, ()):
        relation = instance._meta.get_field(name)
        histories.append(
            relation.related_model.history.filter(
                **{relation.field.attname: instance.pk}
            )
        )
    return ".".join(
        str(history.aggregate(newest=Max("history_id"))["newest"] or 0)
        for history in histories
    )


def conflict() -> ValidationError:
    return ValidationError(CONFLICT, code="conflict")


def check_version(current, expected: str | None) -> None:
    """Refuse a form opened on another version of ``current``. Without an
    ``expected`` version (a service called from code) nothing is checked."""
    if expected is not None and str(expected) != version_of(current):
        raise conflict()


def lock(queryset, pk, *, expected: str | None = None):
    """The record ``pk`` of ``queryset``, its row locked until the transaction
    ends, if it still exists and is the version the user saw."""
    current = queryset.select_for_update(of=("self",)).filter(pk=pk).first()
    if current is None:
        raise ValidationError(GONE, code="gone")
    check_version(current, expected)
    return current


def lock_partnership(pk, user, *, edit: bool = True) -> Partnership:
    """The partnership row, locked until the transaction ends, if ``user`` may
    change it and its tools (``edit``) or at least move it (``edit=False``)."""
    current = Partnership.objects.select_for_update().get(pk=pk)
    if edit:
        permissions.require_edit(current, user)
    else:
        permissions.require(permissions.can_move(current, user))
    return current


def version_field():
    """A form's hidden field with the version it was opened on."""
    return forms.CharField(
        widget=forms.HiddenInput,
        error_messages={
            "required": gettext_lazy(
                "The form is missing the version it was opened with; reload the "
                "page and try again."
            )
        },
    )
