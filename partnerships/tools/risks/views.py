"""The risk register's pages: the register and matrix, and the risk forms."""

from functools import partial

from django.contrib import messages
from django.core.exceptions import ValidationError
from django.forms.models import model_to_dict
from django.shortcuts import get_object_or_404, redirect
from django.urls import reverse
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy, ngettext
from django.views.decorators.http import require_POST

from partnerships import permissions
from partnerships.concurrency import version_of
from partnerships.models import Risk, RiskStatus
from partnerships.tools.common import (
    bound,
    display_name,
    form_page,
    partnership_for,
    render_tool,
)
from partnerships.tools.forms import DeleteForm
from partnerships.tools.risks import services
from partnerships.tools.risks.forms import RiskEditForm, RiskForm, SeedForm

TOOL = "risks"


def _url(partnership) -> str:
    return reverse("partnerships:risks", args=[partnership.pk])


def _risk(partnership, risk_pk) -> Risk:
    return get_object_or_404(Risk, pk=risk_pk, partnership=partnership)


def _seed_form(partnership, data=None) -> SeedForm:
    return SeedForm(data, unused=services.unused_challenges(partnership))


def _register(request, partnership, seed_form=None):
    risks = list(services.register(partnership))
    for risk in risks:
        risk.level = services.score_level(risk.risk_score)
        risk.owner_name = display_name(risk.owner) if risk.owner else ""
    open_risks = [risk for risk in risks if risk.status == RiskStatus.OPEN]
    unused = services.unused_challenges(partnership).count()
    if seed_form is None and unused and permissions.can_edit(partnership, request.user):
        seed_form = _seed_form(partnership)
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
    form = _seed_form(partnership, request.POST)
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


def risk_create(request, pk):
    partnership = partnership_for(request, pk, edit=True)
    owner = request.user if partnership.is_member(request.user) else None
    form = RiskForm(
        **bound(request),
        partnership=partnership,
        initial={"owner": owner or partnership.project_manager},
    )
    return form_page(
        request,
        partnership,
        TOOL,
        form,
        "risk_form.html",
        {"title": _("Add a risk")},
        save=partial(services.add_risk, partnership),
        success=_("The risk was added to the register."),
    )


def risk_edit(request, pk, risk_pk):
    partnership = partnership_for(request, pk, edit=True)
    risk = _risk(partnership, risk_pk)
    initial = model_to_dict(risk, fields=RiskForm.Meta.fields)
    initial["expected"] = version_of(risk)
    form = RiskEditForm(**bound(request), partnership=partnership, initial=initial)
    return form_page(
        request,
        partnership,
        TOOL,
        form,
        "risk_form.html",
        {"title": _("Re-assess a risk"), "risk": risk},
        save=partial(services.update_risk, risk),
        success=_("The risk was saved."),
    )


def risk_delete(request, pk, risk_pk):
    partnership = partnership_for(request, pk, edit=True)
    risk = _risk(partnership, risk_pk)
    form = DeleteForm(**bound(request), initial={"expected": version_of(risk)})
    return form_page(
        request,
        partnership,
        TOOL,
        form,
        "risk_delete.html",
        {"risk": risk},
        save=partial(services.delete_risk, risk),
        success=_("The risk was deleted from the register."),
    )
