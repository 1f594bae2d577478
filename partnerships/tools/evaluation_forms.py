"""The evaluation tool's admin forms. They only collect input; the rules are
checked by the services in ``evaluation``."""

from django import forms
from django.utils import timezone
from django.utils.formats import date_format
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy

from partnerships.models import Contact, Questionnaire
from partnerships.tools.common import version_marker
from partnerships.tools.evaluation import MAX_VALID_DAYS, VALID_DAYS


def default_title() -> str:
    return _("Evaluation %(month)s") % {
        "month": date_format(timezone.localdate(), "F Y")
    }


class StartRoundForm(forms.Form):
    questionnaire = forms.ModelChoiceField(
        label=gettext_lazy("Questionnaire"),
        queryset=Questionnaire.objects.all(),
        empty_label=None,
        help_text=gettext_lazy(
            "Its questions are copied into the round. Editors maintain the "
            "questionnaires."
        ),
    )
    title = forms.CharField(label=gettext_lazy("Title"), max_length=255)
    introduction = forms.CharField(
        label=gettext_lazy("Introduction for the partners"),
        required=False,
        widget=forms.Textarea(attrs={"rows": 4}),
        help_text=gettext_lazy(
            "Shown above the questions. Leave empty to use the questionnaire's "
            "introduction."
        ),
    )

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["title"].initial = default_title()


def partner_contacts(partnership):
    """Contacts at the partnership's partner organisations, by organisation."""
    return (
        Contact.objects.filter(organisation__partner_roles__partnership=partnership)
        .select_related("organisation")
        .order_by("organisation__name", "name")
        .distinct()
    )


class InviteForm(forms.Form):
    contacts = forms.ModelMultipleChoiceField(
        label=gettext_lazy("Contacts to invite"),
        queryset=Contact.objects.none(),
        widget=forms.CheckboxSelectMultiple,
        error_messages={
            "required": gettext_lazy("Choose at least one contact to invite.")
        },
    )
    valid_days = forms.IntegerField(
        label=gettext_lazy("The links work for (days)"),
        min_value=1,
        max_value=MAX_VALID_DAYS,
        initial=VALID_DAYS,
    )

    def __init__(self, *args, partnership, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["contacts"].queryset = partner_contacts(partnership)


class RenewForm(forms.Form):
    valid_days = forms.IntegerField(
        min_value=1, max_value=MAX_VALID_DAYS, initial=VALID_DAYS, required=False
    )


class DiscussionForm(forms.Form):
    held_on = forms.DateField(
        label=gettext_lazy("Held on"),
        required=False,
        widget=forms.DateInput(attrs={"type": "date"}, format="%Y-%m-%d"),
    )
    summary = forms.CharField(
        label=gettext_lazy("What the parties said"),
        required=False,
        widget=forms.Textarea(attrs={"rows": 8}),
        help_text=gettext_lazy(
            "The main points of the joint discussion of the answers: where you "
            "agree, where you see things differently, and why."
        ),
    )
    decisions = forms.CharField(
        label=gettext_lazy("Decisions"),
        required=False,
        widget=forms.Textarea(attrs={"rows": 5}),
        help_text=gettext_lazy(
            "What you decided to do: continue, adjust, take in more partners or "
            "end, and who does what."
        ),
    )


class EditDiscussionForm(DiscussionForm):
    expected = version_marker()
