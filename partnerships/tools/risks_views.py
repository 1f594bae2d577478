"""The risk register's pages: the register with its likelihood × impact
matrix, starting from the typical challenges, and the forms that add,
re-assess, close, reopen and delete a risk.

Imported by ``risks`` for its ``urlpatterns``; import that module, not this
one. Every write goes through a service in ``risks``.
"""

from functools import partial

from django import forms
from django.contrib import messages
from django.contrib.auth import get_user_model
from django.core.exceptions import ValidationError
from django.shortcuts import get_object_or_404, redirect
from django.urls import path, reverse
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy, ngettext
from django.views.decorators.http import require_POST

from partnerships.models import Challenge, Level, Risk, RiskStatus
from partnerships.tools import risks as services
from partnerships.tools.common import bound as _bound
from partnerships.tools.common import (
    form_page,
    partnership_for,
    render_tool,
    version_marker,
)
from partnerships.tools.meetings import display_name
from partnerships.tools.meetings_views import (
    DeleteForm,
    MemberChoiceField,
)

TOOL = "risks"


def _level_field(label, help_text):
    return forms.TypedChoiceField(
        label=label,
        choices=Level.choices,
        coerce=int,
        initial=Level.MEDIUM,
        help_text=help_text,
    )


def _area(label, help_text=""):
    return forms.CharField(
        label=label,
        required=False,
        widget=forms.Textarea(attrs={"rows": 4}),
        help_text=help_text,
    )


class RiskForm(forms.Form):
    """Adds or re-assesses a risk; the rules are checked by the services."""

    title = forms.CharField(label=gettext_lazy("Risk"), required=False)
    description = _area(gettext_lazy("Description"))
    likelihood = _level_field(
        gettext_lazy("Likelihood"), gettext_lazy("How likely is it to happen?")
    )
    impact = _level_field(
        gettext_lazy("Impact"),
        gettext_lazy("How much would it harm the partnership if it happened?"),
    )
    mitigation = _area(
        gettext_lazy("Mitigation"),
        gettext_lazy("What you do to prevent it, or to limit the harm."),
    )
    owner = MemberChoiceField(
        label=gettext_lazy("Owner"),
        queryset=get_user_model().objects.none(),
        required=False,
        help_text=gettext_lazy(
            "Who keeps an eye on the risk: the project manager or someone on the team."
        ),
    )

    def __init__(self, *args, partnership, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["owner"].queryset = partnership.members()


class RiskEditForm(RiskForm):
    expected = version_marker()


def _url(partnership) -> str:
    return reverse("partnerships:risks", args=[partnership.pk])


def _risk(partnership, risk_pk) -> Risk:
    return get_object_or_404(Risk, pk=risk_pk, partnership=partnership)


class ChallengeChoiceField(forms.ModelMultipleChoiceField):
    def label_from_instance(self, obj):
        return obj.title


class SeedForm(forms.Form):
    """Chooses which typical challenges to put into the register."""

    challenges = ChallengeChoiceField(
        label=gettext_lazy("Typical challenges"),
        queryset=Challenge.objects.none(),
        widget=forms.CheckboxSelectMultiple,
        error_messages={
            "required": gettext_lazy("Choose at least one typical challenge."),
        },
    )

    def __init__(self, *args, partnership, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["challenges"].queryset = services.unused_challenges(partnership)


def _register(request, partnership, seed_form=None):
    risks = list(services.register(partnership))
    for risk in risks:
        risk.level = services.score_level(risk.risk_score)
        risk.owner_name = display_name(risk.owner) if risk.owner else ""
    open_risks = [risk for risk in risks if risk.status == RiskStatus.OPEN]
    unused = services.unused_challenges(partnership).count()
    if seed_form is None and unused and partnership.can_edit(request.user):
        seed_form = SeedForm(partnership=partnership)
    context = {
        "risks": risks,
        "open_risks": open_risks,
        "closed_risks": [risk for risk in risks if risk.status != RiskStatus.OPEN],
        "matrix": services.risk_matrix(risks),
        "levels": list(reversed(services.LEVELS)),
        "open_count": len(open_risks),
        "unused": unused,
        "seed_form": seed_form,
    }
    return render_tool(
        request, partnership, TOOL, "partnerships/tools/risks.html", context
    )


def risk_register(request, pk):
    return _register(request, partnership_for(request, pk))


@require_POST
def risk_seed(request, pk):
    partnership = partnership_for(request, pk, edit=True)
    form = SeedForm(request.POST, partnership=partnership)
    if not form.is_valid():
        return _register(request, partnership, seed_form=form)
    try:
        created = services.seed_risks(
            partnership, user=request.user, **form.cleaned_data
        )
    except ValidationError as error:
        form.add_error(None, error)
        return _register(request, partnership, seed_form=form)
    if created:
        messages.success(
            request,
            ngettext(
                "%(count)s typical challenge was added to the register.",
                "%(count)s typical challenges were added to the register.",
                len(created),
            )
            % {"count": len(created)},
        )
    else:
        messages.info(
            request, _("The chosen typical challenges are already in the register.")
        )
    return redirect(_url(partnership))


def _status_view(service, success):
    @require_POST
    def view(request, pk, risk_pk):
        partnership = partnership_for(request, pk, edit=True)
        risk = _risk(partnership, risk_pk)
        try:
            service(risk, user=request.user)
        except ValidationError as error:
            for message in error.messages:
                messages.error(request, message)
        else:
            messages.success(request, success % {"title": risk.title})
        return redirect(f"{_url(partnership)}#risk-{risk.pk}")

    return view


risk_close = _status_view(
    services.close_risk, gettext_lazy("The risk “%(title)s” was closed.")
)
risk_reopen = _status_view(
    services.reopen_risk, gettext_lazy("The risk “%(title)s” was reopened.")
)


def _form_page(request, partnership, form, template, context, **kwargs):
    def register(_result):
        return _url(partnership)

    return form_page(
        request, partnership, TOOL, form, template, context, next_url=register, **kwargs
    )


def risk_create(request, pk):
    partnership = partnership_for(request, pk, edit=True)
    owner = request.user if partnership.is_member(request.user) else None
    form = RiskForm(
        **_bound(request),
        partnership=partnership,
        initial={"owner": owner or partnership.project_manager},
    )
    return _form_page(
        request,
        partnership,
        form,
        "risk_form.html",
        {"title": _("Add a risk")},
        save=partial(services.add_risk, partnership),
        success=_("The risk was added to the register."),
    )


def risk_edit(request, pk, risk_pk):
    partnership = partnership_for(request, pk, edit=True)
    risk = _risk(partnership, risk_pk)
    fields = ["title", "description", "likelihood", "impact", "mitigation", "owner"]
    initial = {name: getattr(risk, name) for name in fields}
    initial["expected"] = services.risk_fingerprint(risk)
    form = RiskEditForm(**_bound(request), partnership=partnership, initial=initial)
    return _form_page(
        request,
        partnership,
        form,
        "risk_form.html",
        {"title": _("Re-assess a risk"), "risk": risk},
        save=partial(services.update_risk, risk),
        success=_("The risk was saved."),
    )


def risk_delete(request, pk, risk_pk):
    partnership = partnership_for(request, pk, edit=True)
    risk = _risk(partnership, risk_pk)
    form = DeleteForm(
        **_bound(request), initial={"expected": services.risk_fingerprint(risk)}
    )
    return _form_page(
        request,
        partnership,
        form,
        "risk_delete.html",
        {"risk": risk},
        save=partial(services.delete_risk, risk),
        success=_("The risk was deleted from the register."),
    )


ONE = "<int:pk>/risks/<int:risk_pk>/"
urlpatterns = [
    path("<int:pk>/risks/", risk_register, name="risks"),
    path("<int:pk>/risks/seed/", risk_seed, name="risk_seed"),
    path("<int:pk>/risks/new/", risk_create, name="risk_create"),
    path(f"{ONE}edit/", risk_edit, name="risk_edit"),
    path(f"{ONE}close/", risk_close, name="risk_close"),
    path(f"{ONE}reopen/", risk_reopen, name="risk_reopen"),
    path(f"{ONE}delete/", risk_delete, name="risk_delete"),
]
