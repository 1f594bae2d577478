"""The evaluation tool's admin pages: the rounds and their trend, starting a
round, a round's invitations, results and joint discussion, and the export.

Imported by ``evaluation`` for its ``urlpatterns``; import that module, not
this one. Every write goes through a service in ``evaluation``.
"""

from django.contrib import messages
from django.core.exceptions import ValidationError
from django.shortcuts import get_object_or_404, redirect
from django.urls import path, reverse
from django.utils.translation import gettext as _
from django.views.decorators.http import require_POST

from partnerships.models import EvaluationInvitation, EvaluationRound
from partnerships.tools import evaluation as services
from partnerships.tools.common import partnership_for, render_tool
from partnerships.tools.evaluation_forms import (
    DiscussionForm,
    EditDiscussionForm,
    InviteForm,
    RenewForm,
    StartRoundForm,
    partner_contacts,
)
from partnerships.tools.evaluation_results import (
    export_csv,
    round_answers,
    round_results,
    rounds_with_counts,
    trend,
)

TOOL = "evaluation"


def _round(partnership, round_pk) -> EvaluationRound:
    return get_object_or_404(EvaluationRound, pk=round_pk, partnership=partnership)


def _round_url(round) -> str:
    return reverse(
        "partnerships:evaluation_round", args=[round.partnership_id, round.pk]
    )


def _render(request, partnership, template, context):
    return render_tool(
        request, partnership, TOOL, f"partnerships/tools/{template}", context
    )


def overview(request, pk):
    partnership = partnership_for(request, pk)
    return _render(
        request,
        partnership,
        "evaluation.html",
        {"rounds": rounds_with_counts(partnership), "trend": trend(partnership)},
    )


def start(request, pk):
    partnership = partnership_for(request, pk, edit=True)
    form = StartRoundForm(request.POST or None)
    if request.method == "POST" and form.is_valid():
        try:
            round = services.start_round(
                partnership, user=request.user, **form.cleaned_data
            )
        except ValidationError as error:
            form.add_error(None, error)
        else:
            messages.success(
                request,
                _("The round was started. Invite the partners' contacts below."),
            )
            return redirect(_round_url(round))
    return _render(request, partnership, "evaluation_start.html", {"form": form})


def _invite_groups(partnership, invited: set[int], selected: set[str]) -> list[dict]:
    """The partner organisations' contacts for the invite form, grouped."""
    groups = {}
    for contact in partner_contacts(partnership):
        group = groups.setdefault(
            contact.organisation_id,
            {"organisation": contact.organisation, "contacts": []},
        )
        group["contacts"].append(
            {
                "contact": contact,
                "invited": contact.pk in invited,
                "checked": str(contact.pk) in selected,
            }
        )
    return list(groups.values())


def _round_page(request, partnership, round, *, invite_form=None, discussion=None):
    invitations = list(
        round.invitations.select_related("contact__organisation").order_by(
            "contact__organisation__name", "contact__name"
        )
    )
    answers = round_answers(round)
    invite_form = invite_form or InviteForm(partnership=partnership)
    selected = set(invite_form.data.getlist("contacts")) if invite_form.data else set()
    return _render(
        request,
        partnership,
        "evaluation_round.html",
        {
            "round": round,
            "questions": list(round.questions.all()),
            "invitations": invitations,
            "answered_count": sum(1 for i in invitations if i.answered_at),
            "invite_form": invite_form,
            "invite_groups": _invite_groups(
                partnership, {i.contact_id for i in invitations}, selected
            ),
            "discussion_form": discussion or DiscussionForm(),
            "results": round_results(round, answers),
            "link_days": services.VALID_DAYS,
            "max_link_days": services.MAX_VALID_DAYS,
        },
    )


def round_page(request, pk, round_pk):
    partnership = partnership_for(request, pk)
    return _round_page(request, partnership, _round(partnership, round_pk))


def _links_page(request, partnership, round, *, links, skipped=(), emailed=()):
    """The new links, shown this once: only their digests are stored."""
    response = _render(
        request,
        partnership,
        "evaluation_links.html",
        {
            "round": round,
            "links": [
                {
                    "invitation": invitation,
                    "url": services.answer_link(token),
                    "emailed": invitation.pk in emailed,
                }
                for invitation, token in links
            ],
            "skipped": skipped,
        },
    )
    response["Cache-Control"] = "no-store"
    return response


@require_POST
def invite(request, pk, round_pk):
    partnership = partnership_for(request, pk, edit=True)
    round = _round(partnership, round_pk)
    form = InviteForm(request.POST, partnership=partnership)
    if form.is_valid():
        try:
            result = services.invite(round, user=request.user, **form.cleaned_data)
        except ValidationError as error:
            form.add_error(None, error)
        else:
            return _links_page(
                request,
                partnership,
                round,
                links=result,
                skipped=result.skipped,
                emailed=result.emailed,
            )
    return _round_page(request, partnership, round, invite_form=form)


@require_POST
def renew(request, pk, invitation_pk):
    partnership = partnership_for(request, pk, edit=True)
    invitation = get_object_or_404(
        EvaluationInvitation.objects.select_related("round"),
        pk=invitation_pk,
        partnership=partnership,
    )
    form = RenewForm(request.POST)
    valid_days = (form.is_valid() and form.cleaned_data["valid_days"]) or None
    try:
        invitation, token, emailed = services.renew_invitation(
            invitation,
            user=request.user,
            **({"valid_days": valid_days} if valid_days else {}),
        )
    except ValidationError as error:
        for message in error.messages:
            messages.error(request, message)
        return redirect(_round_url(invitation.round))
    return _links_page(
        request,
        partnership,
        invitation.round,
        links=[(invitation, token)],
        emailed={invitation.pk} if emailed else set(),
    )


@require_POST
def complete(request, pk, round_pk):
    partnership = partnership_for(request, pk, edit=True)
    round = _round(partnership, round_pk)
    form = DiscussionForm(request.POST)
    if form.is_valid():
        try:
            services.complete_round(round, user=request.user, **form.cleaned_data)
        except ValidationError as error:
            form.add_error(None, error)
        else:
            messages.success(
                request, _("The joint discussion is recorded and the round completed.")
            )
            return redirect(_round_url(round))
    return _round_page(request, partnership, round, discussion=form)


def discussion(request, pk, round_pk):
    partnership = partnership_for(request, pk, edit=True)
    round = _round(partnership, round_pk)
    if not round.is_completed:
        return redirect(_round_url(round))
    initial = {
        "held_on": round.completed_on,
        "summary": round.summary,
        "decisions": round.decisions,
        "expected": services.discussion_fingerprint(round),
    }
    form = EditDiscussionForm(request.POST or None, initial=initial)
    if request.method == "POST" and form.is_valid():
        try:
            services.edit_discussion(round, user=request.user, **form.cleaned_data)
        except ValidationError as error:
            form.add_error(None, error)
        else:
            messages.success(request, _("The joint discussion was saved."))
            return redirect(_round_url(round))
    return _render(
        request,
        partnership,
        "evaluation_discussion.html",
        {"round": round, "form": form},
    )


def export(request, pk, round_pk):
    partnership = partnership_for(request, pk)
    round = _round(partnership, round_pk)
    round.partnership = partnership
    return export_csv(round, round_answers(round))


ROUND = "<int:pk>/evaluation/<int:round_pk>/"
urlpatterns = [
    path("<int:pk>/evaluation/", overview, name="evaluation"),
    path("<int:pk>/evaluation/start/", start, name="evaluation_start"),
    path(ROUND, round_page, name="evaluation_round"),
    path(f"{ROUND}invite/", invite, name="evaluation_invite"),
    path(f"{ROUND}complete/", complete, name="evaluation_complete"),
    path(f"{ROUND}discussion/", discussion, name="evaluation_discussion"),
    path(f"{ROUND}export/", export, name="evaluation_export"),
    path(
        "<int:pk>/evaluation/invitation/<int:invitation_pk>/renew/",
        renew,
        name="evaluation_renew",
    ),
]
