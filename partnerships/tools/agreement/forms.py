"""The agreement tool's forms, each carrying the version the user saw."""

import re

from django import forms
from django.core.exceptions import ValidationError
from django.utils.translation import gettext_lazy as _

from partnerships.concurrency import version_field
from partnerships.models import Agreement, AgreementClause, ClauseTemplate
from partnerships.tools.forms import DATE

TEXT_AREA = forms.Textarea(attrs={"rows": 4})
# Tabs and line breaks are text; other control characters (pasted from
# elsewhere) cannot go into the Word document.
CONTROL = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\x7f]")


def without_control_characters(value: str) -> str:
    if CONTROL.search(value or ""):
        raise ValidationError(
            _(
                "The text contains invisible control characters, which cannot "
                "go into the agreement. Type it again or paste it as plain text."
            ),
            code="control_characters",
        )
    return value


class MoveForm(forms.Form):
    """The up and down buttons next to a clause."""

    direction = forms.ChoiceField(choices=[("up", _("Up")), ("down", _("Down"))])
    expected = version_field()


class ClauseForm(forms.ModelForm):
    """A clause's heading and text; the model's field rules apply."""

    expected = version_field()

    class Meta:
        model = AgreementClause
        fields = ["heading", "body"]
        widgets = {"body": forms.Textarea(attrs={"rows": 12})}
        help_texts = {"body": _("Leave a blank line between paragraphs.")}
        error_messages = {
            "heading": {
                "required": _("Give the clause a heading."),
                "max_length": _("Keep the heading under 255 characters."),
            }
        }

    def clean_heading(self):
        return without_control_characters(self.cleaned_data["heading"])

    def clean_body(self):
        return without_control_characters(self.cleaned_data["body"])


class AddClauseForm(ClauseForm):
    """A standard clause not yet in the draft, or one the team writes."""

    class Meta(ClauseForm.Meta):
        fields = ["template", "section", "heading", "body"]
        labels = {"template": _("Standard clause")}
        help_texts = {
            **ClauseForm.Meta.help_texts,
            "template": _(
                "Standard clauses not yet in the draft, filled in from the "
                "partnership. When you choose one, the fields below are not used."
            ),
        }
        error_messages = {
            **ClauseForm.Meta.error_messages,
            "section": {"required": _("Choose the section the clause belongs in.")},
        }

    def __init__(self, *args, agreement, **kwargs):
        super().__init__(*args, **kwargs)
        used = agreement.clauses.exclude(template=None).values("template")
        template = self.fields["template"]
        template.queryset = ClauseTemplate.objects.exclude(pk__in=used)
        template.empty_label = _("None: I write the clause below")
        # A standard clause brings its own section and heading.
        self.fields["section"].required = self.fields["heading"].required = False

    def clean(self):
        cleaned_data = super().clean()
        if cleaned_data.get("template") is None:
            for name in ("section", "heading"):
                if not cleaned_data.get(name) and name not in self.errors:
                    message = self.fields[name].error_messages["required"]
                    self.add_error(name, ValidationError(message, code="required"))
        return cleaned_data


class SignForm(forms.ModelForm):
    """When and by whom the parties signed, and optionally the signed copy."""

    scan = forms.FileField(
        label=_("Signed copy (optional)"),
        required=False,
        help_text=_(
            "A scan or PDF of the signed agreement: PDF, JPEG or PNG, at most 10 MB."
        ),
    )
    expected = version_field()

    class Meta:
        model = Agreement
        fields = ["signed_on", "signatories"]
        widgets = {"signed_on": DATE, "signatories": TEXT_AREA}
        help_texts = {"signatories": _("One name, role and organisation per line.")}
        error_messages = {
            "signed_on": {"required": _("Give the date the agreement was signed.")},
            "signatories": {"required": _("Name the people who signed, one per line.")},
        }

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        # A draft has neither; a signing needs both.
        self.fields["signed_on"].required = self.fields["signatories"].required = True


class ScanForm(forms.Form):
    scan = forms.FileField(
        label=_("Signed copy"),
        help_text=_("PDF, JPEG or PNG, at most 10 MB."),
    )
    expected = version_field()


class NewVersionForm(forms.Form):
    reason = forms.CharField(
        label=_("Why a new version?"),
        widget=TEXT_AREA,
        help_text=_(
            "E.g. a new partner joins, or the activities change. The signed "
            "version stays in force until the new one is signed."
        ),
        error_messages={"required": _("Say why the agreement needs a new version.")},
    )
    expected = version_field()
