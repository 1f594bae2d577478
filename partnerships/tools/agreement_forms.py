"""The agreement tool's forms. Each carries the fingerprint of what the user
saw (``expected``), so the service can refuse a change made on stale data;
the rules themselves are checked by the services in ``agreement``."""

from django import forms
from django.utils.translation import gettext_lazy as _

from partnerships.models import AgreementSection, ClauseTemplate
from partnerships.tools.common import version_marker


class RemoveForm(forms.Form):
    """Confirms removing a clause."""

    expected = version_marker()


class MoveForm(forms.Form):
    """The up and down buttons next to a clause."""

    direction = forms.ChoiceField(choices=[("up", _("Up")), ("down", _("Down"))])
    expected = version_marker()


class ClauseForm(forms.Form):
    heading = forms.CharField(label=_("Heading"), max_length=255, required=False)
    body = forms.CharField(
        label=_("Text"),
        required=False,
        widget=forms.Textarea(attrs={"rows": 12}),
        help_text=_("Leave a blank line between paragraphs."),
    )
    expected = version_marker()


class AddClauseForm(ClauseForm):
    template = forms.ModelChoiceField(
        label=_("Standard clause"),
        queryset=ClauseTemplate.objects.none(),
        required=False,
        empty_label=_("None: I write the clause below"),
        help_text=_(
            "Standard clauses not yet in the draft, filled in from the partnership. "
            "When you choose one, the fields below are not used."
        ),
    )
    section = forms.ChoiceField(
        label=_("Section"),
        choices=[("", "---------"), *AgreementSection.choices],
        required=False,
    )
    field_order = ["template", "section", "heading", "body", "expected"]

    def __init__(self, *args, agreement, **kwargs):
        super().__init__(*args, **kwargs)
        used = agreement.clauses.exclude(template=None).values("template")
        self.fields["template"].queryset = ClauseTemplate.objects.exclude(pk__in=used)


class SignForm(forms.Form):
    signed_on = forms.DateField(
        label=_("Signed on"),
        required=False,
        widget=forms.DateInput(attrs={"type": "date"}, format="%Y-%m-%d"),
    )
    signatories = forms.CharField(
        label=_("Signed by"),
        required=False,
        widget=forms.Textarea(attrs={"rows": 4}),
        help_text=_("One name, role and organisation per line."),
    )
    scan = forms.FileField(
        label=_("Signed copy (optional)"),
        required=False,
        help_text=_(
            "A scan or PDF of the signed agreement: PDF, JPEG or PNG, at most 10 MB."
        ),
    )
    expected = version_marker()


class ScanForm(forms.Form):
    scan = forms.FileField(
        label=_("Signed copy"),
        help_text=_("PDF, JPEG or PNG, at most 10 MB."),
    )
    expected = version_marker()


class NewVersionForm(forms.Form):
    reason = forms.CharField(
        label=_("Why a new version?"),
        required=False,
        widget=forms.Textarea(attrs={"rows": 4}),
        help_text=_(
            "E.g. a new partner joins, or the activities change. The signed "
            "version stays in force until the new one is signed."
        ),
    )
    expected = version_marker()
