"""What every stage tool's views share: the partnership a page works on, the
tool tabs, form pages and download names."""

from functools import wraps

from django.contrib import messages
from django.core.exceptions import ValidationError
from django.shortcuts import get_object_or_404, redirect
from django.template.response import TemplateResponse
from django.urls import reverse
from django.utils.formats import date_format
from django.utils.text import slugify
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy, ngettext
from wagtail.admin import messages as admin_messages

from cms.stages import Stage
from partnerships import permissions
from partnerships.models import Partnership

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

# What a member is told when a tool refuses a change because the partnership
# is concluded.
CONCLUDED = {
    "agreement": gettext_lazy(
        "This partnership is concluded; renew it to change its cooperation agreement."
    ),
    "communication_plan": gettext_lazy(
        "This partnership is concluded; renew it to change its communication plan."
    ),
    "evaluation": gettext_lazy(
        "This partnership is concluded; renew it to start or change evaluations."
    ),
    "meeting": gettext_lazy(
        "This partnership is concluded; renew it to change its meetings and tasks."
    ),
    "risks": gettext_lazy(
        "This partnership is concluded; renew it to change its risk register."
    ),
}


def partnership_for(request, pk, *, edit=False) -> Partnership:
    """The partnership a tool view works on, if the user may see it (and, for
    ``edit``, change it: members only, while the partnership is open)."""
    permissions.require(permissions.can_see_partnerships(request.user))
    # The team is prefetched: the tabs and the page both ask can_edit().
    partnership = get_object_or_404(
        Partnership.objects.select_related("project_manager").prefetch_related(
            "team_members"
        ),
        pk=pk,
    )
    if edit:
        permissions.require_edit(partnership, request.user)
    return partnership


def renew_url(partnership) -> str:
    """Where a concluded partnership is renewed: its stage change page."""
    return reverse("partnerships_stage_change", args=[partnership.pk])


def refuse_concluded(request, partnership, message, back_url):
    """Tell someone who could change ``partnership`` but for its being
    concluded why their change was refused, with a button to renew it, on
    the page they can read (``back_url``)."""
    renew = admin_messages.button(renew_url(partnership), _("Renew the partnership"))
    admin_messages.error(request, message, buttons=[renew])
    return redirect(back_url)


def explain_concluded(tool: str):
    """A decorator for a tool's views: a change refused because the
    partnership is concluded leads to the tool's page with the reason,
    instead of the admin's general refusal."""

    def decorator(view):
        @wraps(view)
        def explained(request, *args, **kwargs):
            try:
                return view(request, *args, **kwargs)
            except permissions.Concluded as refusal:
                partnership = refusal.partnership
                return refuse_concluded(
                    request,
                    partnership,
                    CONCLUDED[tool],
                    tool_url(tool, partnership),
                )

        return explained

    return decorator


def display_name(user) -> str:
    """A person as the tools show them: full name, else the username."""
    return user.get_full_name() or user.get_username()


def file_slug(text: str, fallback: str = "partnerskab") -> str:
    """A download's file name part: æ, ø and å spelt out, the rest slugified."""
    return slugify(text.translate(DANISH_LETTERS)) or fallback


def tool_url(key: str, partnership) -> str:
    return reverse(f"partnerships:{key}", args=[partnership.pk])


def tool_context(partnership, request, active: str) -> dict:
    """The tabs and flags every tool page template uses."""
    concluded = permissions.refused_as_concluded(partnership, request.user)
    return {
        "partnership": partnership,
        "can_edit": permissions.can_edit(partnership, request.user),
        "concluded_message": CONCLUDED[active] if concluded else "",
        "renew_url": renew_url(partnership),
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


def bound(request) -> dict:
    """A tool form's data and files, when the request posts them."""
    if request.method == "POST":
        return {"data": request.POST, "files": request.FILES}
    return {}


def form_page(
    request, partnership, tool, form, template, context, *, save, success, next_url=None
):
    """A tool's form page. A valid POST goes to the service ``save``; then the
    user goes on to ``next_url(result)`` (by default the tool's page) with
    ``success`` (a message, or a function of the result) shown. A refusal is
    shown on the form, and nothing is saved."""
    if request.method == "POST" and form.is_valid():
        try:
            result = save(user=request.user, **form.cleaned_data)
        except ValidationError as error:
            form.add_error(None, error)
        else:
            messages.success(request, success(result) if callable(success) else success)
            return redirect(
                next_url(result) if next_url else tool_url(tool, partnership)
            )
    return render_tool(
        request,
        partnership,
        tool,
        f"partnerships/tools/{template}",
        {**context, "form": form},
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
