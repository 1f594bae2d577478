"""Form pieces the stage tools share."""

from django import forms
from django.contrib.auth import get_user_model
from django.db.models import Q
from django.utils.translation import gettext_lazy

from partnerships.concurrency import version_field
from partnerships.tools.common import display_name

DATE = forms.DateInput(attrs={"type": "date"}, format="%Y-%m-%d")

OFF_THE_TEAM = gettext_lazy("not on the team")


class MemberChoiceField(forms.ModelChoiceField):
    """A person, by full name (the username only when no name is given)."""

    kept = None
    kept_note = OFF_THE_TEAM

    def offer(self, people, *, current=None, note=None) -> None:
        """Offer ``people``, and the ``current`` person (a pk) even if they are
        no longer among them (someone who left), marked with ``note``: the
        form shows who it is instead of silently choosing someone else."""
        chosen = Q(pk__in=people.values("pk"))
        if current is not None and not people.filter(pk=current).exists():
            self.kept = current
            chosen |= Q(pk=current)
        if note is not None:
            self.kept_note = note
        self.queryset = (
            get_user_model()
            .objects.filter(chosen)
            .order_by("first_name", "last_name", "username")
        )

    def label_from_instance(self, obj):
        name = display_name(obj)
        if obj.pk == self.kept:
            return f"{name} ({self.kept_note})"
        return name


class DeleteForm(forms.Form):
    """Confirms deleting a record, as it was when the page was opened."""

    expected = version_field()
