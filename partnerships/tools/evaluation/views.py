"""The evaluation tool's admin pages: the rounds and their trend, starting a
round, a round's invitations (partner contacts and library staff), results
and joint discussion, and the exports (CSV and XLSX).
Every write goes through a service in ``services``."""

from functools import partial

from django.contrib import messages
from django.core.exceptions import ValidationError
from django.shortcuts import get_object_or_404, redirect
from django.urls import reverse
from django.utils.translation import gettext as _
from django.views.decorators.http import require_POST

from partnerships.concurrency import version_of
from partnerships.models import EvaluationInvitation, EvaluationRound
from partnerships.tools.common import (
    bound,
    display_name,
    form_page,
    partnership_for,
    render_tool,
)
from partnerships.tools.evaluation import services
from partnerships.tools.evaluation.forms import (
    DiscussionForm,
    EditDiscussionForm,
    InviteForm,
    RenewForm,
    StartRoundForm,
    partner_contacts,
)
from partnerships.tools.evaluation.links import answer_link
from partnerships.tools.evaluation.results import (
    export_csv,
    export_xlsx,
    library_label,
    organisation_of,
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
    return form_page(
        request,
        partnership,
        TOOL,
        StartRoundForm(**bound(request)),
        "evaluation_start.html",
        {},
        save=partial(services.start_round, partnership),
        success=_("The round was started. Invite the partners' contacts below."),
        next_url=_round_url,
    )


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


def _invite_staff(partnership, invited: set[int], selected: set[str]) -> list[dict]:
    """The library staff who can be invited, for the invite form."""
    return [
        {
            "member": member,
            "name": display_name(member),
            "invited": member.pk in invited,
            "checked": str(member.pk) in selected,
        }
        for member in services.staff_to_invite(partnership)
    ]


def _invitations(round, library: str) -> list[EvaluationInvitation]:
    """The round's invitations, partner contacts by organisation, then the
    library's staff; each with its ``organisation``."""
    invitations = list(
        round.invitations.select_related("contact__organisation", "member").order_by(
            "contact__organisation__name",
            "contact__name",
            "member__first_name",
            "member__last_name",
            "member__username",
        )
    )
    for invitation in invitations:
        invitation.organisation = organisation_of(invitation, library)
    # Staff have no organisation or contact name, which databases sort
    # differently (NULLs); they come last.
    return sorted(invitations, key=lambda invitation: invitation.is_library)


def _round_page(request, partnership, round, *, invite_form=None, discussion=None):
    library = library_label(request)
    invitations = _invitations(round, library)
    answers = round_answers(round, library=library)
    invite_form = invite_form or InviteForm(partnership=partnership)
    data = invite_form.data
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
                partnership,
                {i.contact_id for i in invitations},
                set(data.getlist("contacts")) if data else set(),
            ),
            "invite_staff": _invite_staff(
                partnership,
                {i.member_id for i in invitations},
                set(data.getlist("members")) if data else set(),
            ),
            "library": library,
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
    library = library_label(request)
    for invitation, _token in links:
        invitation.organisation = organisation_of(invitation, library)
    response = _render(
        request,
        partnership,
        "evaluation_links.html",
        {
            "round": round,
            "links": [
                {
                    "invitation": invitation,
                    "url": answer_link(token),
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
        EvaluationInvitation.objects.select_related("round", "contact", "member"),
        pk=invitation_pk,
        partnership=partnership,
    )
    form = RenewForm(request.POST)
    try:
        if not form.is_valid():
            raise ValidationError(form.errors.as_data())
        invitation, token, emailed = services.renew_invitation(
            invitation, user=request.user, **form.cleaned_data
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
        "expected": version_of(round),
    }
    return form_page(
        request,
        partnership,
        TOOL,
        EditDiscussionForm(**bound(request), initial=initial),
        "evaluation_discussion.html",
        {"round": round},
        save=partial(services.edit_discussion, round),
        success=_("The joint discussion was saved."),
        next_url=_round_url,
    )


def _export(request, pk, round_pk, write):
    partnership = partnership_for(request, pk)
    round = _round(partnership, round_pk)
    round.partnership = partnership
    return write(round, round_answers(round, library=library_label(request)))


def export(request, pk, round_pk):
    return _export(request, pk, round_pk, export_csv)


def export_spreadsheet(request, pk, round_pk):
    return _export(request, pk, round_pk, export_xlsx)
