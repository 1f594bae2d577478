"""The evaluation tool's forms: the members' admin forms and the answer form
(for partner contacts and library staff alike). The models and the services
check the rules."""

from django import forms
from django.contrib.auth import get_user_model
from django.utils import timezone
from django.utils.formats import date_format
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy

from partnerships.concurrency import version_field
from partnerships.models import (
    Contact,
    EvaluationRound,
    EvaluationTheme,
    QuestionKind,
    Questionnaire,
)
from partnerships.models.evaluation import SCALE_MAX, SCALE_MIN
from partnerships.tools.common import display_name
from partnerships.tools.evaluation.answers import answer_field, scale_error
from partnerships.tools.evaluation.services import (
    MAX_VALID_DAYS,
    NO_CONTACTS,
    VALID_DAYS,
    staff_to_invite,
)
from partnerships.tools.forms import DATE

SCALE_CHOICES = [
    (SCALE_MIN, gettext_lazy("1 – not at all")),
    *((score, str(score)) for score in range(SCALE_MIN + 1, SCALE_MAX)),
    (SCALE_MAX, gettext_lazy("5 – to a high degree")),
]


def default_title() -> str:
    return _("Evaluation %(month)s") % {
        "month": date_format(timezone.localdate(), "F Y")
    }


class StartRoundForm(forms.ModelForm):
    # The round keeps no questionnaire once it is deleted; starting needs one.
    questionnaire = forms.ModelChoiceField(
        label=gettext_lazy("Questionnaire"),
        queryset=Questionnaire.objects.all(),
        empty_label=None,
        help_text=gettext_lazy(
            "Its questions are copied into the round. Editors maintain the "
            "questionnaires."
        ),
    )

    class Meta:
        model = EvaluationRound
        fields = ["questionnaire", "title", "introduction"]
        labels = {"introduction": gettext_lazy("Introduction for the partners")}
        help_texts = {
            "introduction": gettext_lazy(
                "Shown above the questions. Leave empty to use the questionnaire's "
                "introduction."
            )
        }
        widgets = {"introduction": forms.Textarea(attrs={"rows": 4})}
        error_messages = {
            "title": {"required": gettext_lazy("Give the round a title.")}
        }

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


class StaffChoiceField(forms.ModelMultipleChoiceField):
    def label_from_instance(self, obj) -> str:
        return display_name(obj)


class InviteForm(forms.Form):
    # Neither is required alone; the form needs one of them (``clean``).
    contacts = forms.ModelMultipleChoiceField(
        label=gettext_lazy("Contacts to invite"),
        queryset=Contact.objects.none(),
        widget=forms.CheckboxSelectMultiple,
        required=False,
    )
    members = StaffChoiceField(
        label=gettext_lazy("Library staff to invite"),
        queryset=get_user_model().objects.none(),
        widget=forms.CheckboxSelectMultiple,
        required=False,
        error_messages={
            "invalid_choice": gettext_lazy(
                "Only the partnership's project manager and team members with an "
                "active account can be invited as library staff. Reload the page "
                "to see who can."
            )
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
        self.fields["members"].queryset = staff_to_invite(partnership)

    def clean(self):
        cleaned = super().clean()
        fields = ("contacts", "members")
        if not any(self.has_error(f) or cleaned.get(f) for f in fields):
            self.add_error("contacts", NO_CONTACTS)
        return cleaned


class RenewForm(forms.Form):
    # Left empty, the new link works for the usual number of days.
    valid_days = forms.IntegerField(required=False)

    def clean_valid_days(self) -> int:
        days = self.cleaned_data["valid_days"]
        return VALID_DAYS if days is None else days


class DiscussionForm(forms.Form):
    # Not required here: an open round has neither, so whether a discussion
    # will do is complete_round's rule, and its messages are shown per field.
    held_on = forms.DateField(
        label=gettext_lazy("Held on"), required=False, widget=DATE
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
    expected = version_field()


class AnswerForm(forms.Form):
    """One field per question of the round: a required 1–5 choice for scale
    questions, an optional text box for written ones."""

    # The legends say which questions are required, and the form is sent
    # without the browser's checks so that the page's error summary explains.
    use_required_attribute = False

    def __init__(self, *args, questions, **kwargs):
        super().__init__(*args, **kwargs)
        self.questions = questions
        for question in questions:
            if question.kind == QuestionKind.SCALE:
                error = scale_error()
                field = forms.TypedChoiceField(
                    choices=SCALE_CHOICES,
                    coerce=int,
                    widget=forms.RadioSelect,
                    error_messages={"required": error, "invalid_choice": error},
                )
            else:
                field = forms.CharField(
                    required=False,
                    max_length=5000,
                    widget=forms.Textarea(attrs={"rows": 5}),
                )
            field.label = question.text
            field.help_text = question.help_text
            self.fields[answer_field(question)] = field

    def answers(self) -> dict:
        return {
            question.pk: self.cleaned_data.get(answer_field(question))
            for question in self.questions
        }

    def themes(self) -> list[dict]:
        """The questions with their fields, grouped by theme, in order."""
        themes = []
        for theme in EvaluationTheme:
            items = [
                {"question": question, "field": self[answer_field(question)]}
                for question in self.questions
                if question.theme == theme
            ]
            if items:
                themes.append({"label": theme.label, "items": items})
        return themes
