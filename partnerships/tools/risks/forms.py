"""The risk register's forms: a risk, and the typical challenges to start from."""

from django import forms
from django.utils.translation import gettext_lazy as _

from partnerships.concurrency import version_field
from partnerships.models import Risk
from partnerships.tools.forms import MemberChoiceField

CHOOSE_LEVEL = _("Choose low, medium or high.")
TEXT_AREA = forms.Textarea(attrs={"rows": 4})


class RiskForm(forms.ModelForm):
    """Adds or re-assesses a risk; that the owner is on the team is the
    service's rule, the rest is the model's."""

    class Meta:
        model = Risk
        fields = ["title", "description", "likelihood", "impact", "mitigation", "owner"]
        field_classes = {"owner": MemberChoiceField}
        widgets = {"description": TEXT_AREA, "mitigation": TEXT_AREA}
        labels = {
            "title": _("Risk"),
            "description": _("Description"),
            "likelihood": _("Likelihood"),
            "impact": _("Impact"),
            "mitigation": _("Mitigation"),
            "owner": _("Owner"),
        }
        help_texts = {
            "likelihood": _("How likely is it to happen?"),
            "impact": _("How much would it harm the partnership if it happened?"),
            "mitigation": _("What you do to prevent it, or to limit the harm."),
            "owner": _(
                "Who keeps an eye on the risk: the project manager or someone on "
                "the team."
            ),
        }
        error_messages = {
            "title": {
                "required": _("Name the risk."),
                "max_length": _("Keep the name of the risk under 255 characters."),
            },
            "likelihood": {"required": CHOOSE_LEVEL, "invalid_choice": CHOOSE_LEVEL},
            "impact": {"required": CHOOSE_LEVEL, "invalid_choice": CHOOSE_LEVEL},
            "owner": {
                "required": _("Choose who keeps an eye on the risk."),
                "invalid_choice": _(
                    "Only the project manager or someone on the team can own a risk."
                ),
            },
        }

    def __init__(self, *args, partnership, **kwargs):
        super().__init__(*args, **kwargs)
        owner = self.fields["owner"]
        # The model allows a risk without an owner; one entered here names who
        # keeps an eye on it.
        owner.required = True
        owner.offer(partnership.members(), current=self.saved_owner())

    def saved_owner(self):
        """The owner the risk has (a pk), shown even after they left the team."""
        return None


class RiskEditForm(RiskForm):
    expected = version_field()

    def saved_owner(self):
        # Saving then asks for another owner instead of silently choosing one.
        return self.initial.get("owner")


class ChallengeChoiceField(forms.ModelMultipleChoiceField):
    def label_from_instance(self, obj):
        return obj.title


class SeedForm(forms.Form):
    """Chooses which of the ``unused`` typical challenges to put into the
    register."""

    challenges = ChallengeChoiceField(
        label=_("Typical challenges"),
        queryset=None,
        widget=forms.CheckboxSelectMultiple,
        error_messages={"required": _("Choose at least one typical challenge.")},
    )

    def __init__(self, *args, unused, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["challenges"].queryset = unused
