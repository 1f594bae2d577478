"""What every stage tool shares: access rules, the tool tabs, the picker."""

from django import forms
from django.contrib import messages
from django.core.exceptions import PermissionDenied, ValidationError
from django.shortcuts import get_object_or_404, redirect
from django.template.response import TemplateResponse
from django.urls import reverse
from django.utils.formats import date_format
from django.utils.text import slugify
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy, ngettext

from cms.stages import Stage
from partnerships.models import Partnership
from partnerships.views import can_see_partnerships

# slugify() drops "æ" and turns "å" into "a"; spell them out as Danes do.
DANISH_LETTERS = str.maketrans(
    {"æ": "ae", "ø": "oe", "å": "aa", "Æ": "Ae", "Ø": "Oe", "Å": "Aa"}
)

# (key, label, stage it belongs to); the key names the URL "partnerships:<key>".
TOOLS = [
    ("agreement", gettext_lazy("Cooperation agreement"), Stage.AGREEMENT),
    ("communication_plan", gettext_lazy("Communication plan"), Stage.COMMUNICATION),
    ("evaluation", gettext_lazy("Evaluation"), Stage.EVALUATION),
    ("meeting", gettext_lazy("Meetings"), None),
    ("risks", gettext_lazy("Risks"), None),
]
TOOL_LABELS = {key: label for key, label, _stage in TOOLS}


def partnership_for(request, pk, *, edit=False) -> Partnership:
    """The partnership a tool view works on, if the user may see it (and, for
    ``edit``, change it: members only, while the partnership is open)."""
    if not can_see_partnerships(request.user):
        raise PermissionDenied
    # The team is prefetched: the tabs and the page both ask can_edit().
    partnership = get_object_or_404(
        Partnership.objects.select_related("project_manager").prefetch_related(
            "team_members"
        ),
        pk=pk,
    )
    if edit and not partnership.can_edit(request.user):
        raise PermissionDenied
    return partnership


def file_slug(text: str, fallback: str = "partnerskab") -> str:
    """A download's file name part: æ, ø and å spelt out, the rest slugified."""
    return slugify(text.translate(DANISH_LETTERS)) or fallback


def tool_url(key: str, partnership) -> str:
    return reverse(f"partnerships:{key}", args=[partnership.pk])


def tool_context(partnership, request, active: str) -> dict:
    """The tabs and flags every tool page template uses."""
    return {
        "partnership": partnership,
        "can_edit": partnership.can_edit(request.user),
        "active_tool": active,
        "tool_label": TOOL_LABELS[active],
        "tools": [
            {
                "key": key,
                "label": label,
                "url": tool_url(key, partnership),
                "active": key == active,
                "current_stage": stage == partnership.stage,
            }
            for key, label, stage in TOOLS
        ],
    }


def render_tool(request, partnership, active: str, template: str, context=None):
    return TemplateResponse(
        request,
        template,
        {**tool_context(partnership, request, active), **(context or {})},
    )


def version_marker():
    """A tool form's hidden field with the fingerprint of what the user saw,
    so the service can refuse a change made on stale data."""
    return forms.CharField(
        widget=forms.HiddenInput,
        error_messages={
            "required": gettext_lazy(
                "The form is missing the version it was opened with; reload the "
                "page and try again."
            )
        },
    )


def bound(request) -> dict:
    """A tool form's data and files, when the request posts them."""
    if request.method == "POST":
        return {"data": request.POST, "files": request.FILES}
    return {}


def form_page(
    request, partnership, tool, form, template, context, *, save, success, next_url
):
    """A tool's form page. A valid POST goes to the service ``save``; then the
    user goes on to ``next_url(result)`` with ``success`` (a message, or a
    function of the result) shown. A refusal is shown on the form, and nothing
    is saved."""
    if request.method == "POST" and form.is_valid():
        try:
            result = save(user=request.user, **form.cleaned_data)
        except ValidationError as error:
            form.add_error(None, error)
        else:
            messages.success(request, success(result) if callable(success) else success)
            return redirect(next_url(result))
    return render_tool(
        request,
        partnership,
        tool,
        f"partnerships/tools/{template}",
        {**context, "form": form},
    )


def pick_partnership(request, tool: str):
    """The toolbox's way in: choose which partnership to open the tool for."""
    if not can_see_partnerships(request.user):
        raise PermissionDenied
    partnerships = Partnership.objects.select_related("project_manager").order_by(
        "title"
    )
    mine = {p.pk for p in Partnership.objects.for_member(request.user)}
    return TemplateResponse(
        request,
        "partnerships/tools/pick.html",
        {
            "tool_label": TOOL_LABELS[tool],
            "mine": [p for p in partnerships if p.pk in mine],
            "others": [p for p in partnerships if p.pk not in mine],
            "url_name": f"partnerships:{tool}",
        },
    )


def tool_summaries(partnership) -> list[dict]:
    """One line per stage tool for the partnership page: where it stands."""
    agreement = partnership.agreements.filter(cycle=partnership.cycle).last()
    activities = partnership.communication_activities.active()
    rounds = partnership.evaluation_rounds.filter(cycle=partnership.cycle)
    if agreement is None:
        agreement_state = _("No agreement drafted yet")
    elif agreement.is_signed:
        agreement_state = _("Version %(version)s, signed %(date)s") % {
            "version": agreement.version,
            "date": date_format(agreement.signed_on),
        }
    else:
        agreement_state = _("Version %(version)s, draft") % {
            "version": agreement.version
        }
    activity_count, round_count = activities.count(), rounds.count()
    meeting_count = partnership.meetings.count()
    risk_count = partnership.risks.filter(status="open").count()
    states = {
        "agreement": agreement_state,
        "communication_plan": ngettext(
            "%(count)s activity, %(overdue)s overdue",
            "%(count)s activities, %(overdue)s overdue",
            activity_count,
        )
        % {"count": activity_count, "overdue": activities.overdue().count()},
        "evaluation": ngettext(
            "%(count)s round in this cycle, %(done)s completed",
            "%(count)s rounds in this cycle, %(done)s completed",
            round_count,
        )
        % {
            "count": round_count,
            "done": rounds.filter(completed_on__isnull=False).count(),
        },
        "meeting": ngettext("%(count)s meeting", "%(count)s meetings", meeting_count)
        % {"count": meeting_count},
        "risks": ngettext("%(count)s open risk", "%(count)s open risks", risk_count)
        % {"count": risk_count},
    }
    return [
        {
            "key": key,
            "label": label,
            "url": tool_url(key, partnership),
            "state": states[key],
            "current_stage": stage == partnership.stage,
        }
        for key, label, stage in TOOLS
    ]
