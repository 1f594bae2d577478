"""Form pieces the stage tools share."""

from django import forms

from partnerships.concurrency import version_field
from partnerships.tools.common import display_name

DATE = forms.DateInput(attrs={"type": "date"}, format="%Y-%m-%d")


class MemberChoiceField(forms.ModelChoiceField):
    """The project manager or a team member, by name."""

    def label_from_instance(self, obj):
        return display_name(obj)


class DeleteForm(forms.Form):
    """Confirms deleting a record, as it was when the page was opened."""

    expected = version_field()
