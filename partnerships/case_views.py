"""Admin views of an inspiration case proposed from a concluded partnership:
proposing it, recording the partners' consent, submitting it to moderation."""

from django.contrib import messages
from django.core.exceptions import ValidationError
from django.shortcuts import get_object_or_404, redirect
from django.template.response import TemplateResponse
from django.urls import reverse
from django.utils.translation import gettext as _
from django.views.decorators.http import require_POST

from partnerships import cases, permissions
from partnerships.forms import ConsentForm
from partnerships.models import Organisation, Partnership


def _partnership(request, pk) -> Partnership:
    permissions.require(permissions.can_see_partnerships(request.user))
    return get_object_or_404(
        Partnership.objects.select_related("project_manager").prefetch_related(
            "team_members"
        ),
        pk=pk,
    )


def case_url(partnership) -> str:
    return reverse("partnerships_case", args=[partnership.pk])


def _show_errors(request, error: ValidationError) -> None:
    for message in error.messages:
        messages.error(request, message)


@require_POST
def propose(request, pk):
    """Make the draft case from the partnership and go on to its consent page."""
    partnership = _partnership(request, pk)
    try:
        cases.propose_case(partnership, user=request.user)
    except ValidationError as error:
        _show_errors(request, error)
        return redirect(partnership.get_absolute_url())
    messages.success(
        request,
        _(
            "A draft case was made from “%(title)s”. Record each partner's "
            "consent, then submit it to the editors."
        )
        % {"title": partnership},
    )
    return redirect(case_url(partnership))


def consent_form(proposal, organisation, data=None):
    """The consent form for one organisation, as the page shows it."""
    consent = proposal.consents.filter(organisation=organisation).first()
    initial = {"expected": cases.consent_version(proposal, organisation)}
    if consent is not None:
        initial.update(given="yes" if consent.given else "no", note=consent.note)
    return ConsentForm(data, initial=initial, prefix=f"org-{organisation.pk}")


def case_page(request, pk):
    """The proposed case: where it stands, what it says, and each partner's
    consent, which members record here."""
    partnership = _partnership(request, pk)
    proposal = cases.proposal_for(partnership)
    if proposal is None:
        messages.error(request, _("No case has been proposed from this partnership."))
        return redirect(partnership.get_absolute_url())
    can_record = permissions.can_propose_case(partnership, request.user)
    bound = None
    if request.method == "POST":
        permissions.require(can_record)
        organisation = Organisation.objects.filter(
            partner_roles__partnership=partnership,
            pk=request.POST.get("organisation", "")
            if request.POST.get("organisation", "").isdigit()
            else None,
        ).first()
        if organisation is None:
            messages.error(
                request,
                _("Choose one of the partnership's partner organisations."),
            )
            return redirect(case_url(partnership))
        form = consent_form(proposal, organisation, request.POST)
        if form.is_valid():
            try:
                consent = cases.record_consent(
                    proposal,
                    organisation=organisation,
                    given=form.cleaned_data["given"],
                    note=form.cleaned_data["note"],
                    user=request.user,
                    expected=form.cleaned_data["expected"],
                )
            except ValidationError as error:
                form.add_error(None, error)
            else:
                messages.success(
                    request,
                    _("The consent of %(organisation)s was recorded.")
                    % {"organisation": organisation},
                )
                if consent.taken_offline:
                    messages.warning(
                        request,
                        _(
                            "The case has been taken off the public site: "
                            "%(organisation)s no longer consents to it."
                        )
                        % {"organisation": organisation},
                    )
                return redirect(f"{case_url(partnership)}#consent-{organisation.pk}")
        bound = (organisation.pk, form)
    rows = cases.consent_rows(proposal)
    for row in rows:
        organisation = row["organisation"]
        if bound and bound[0] == organisation.pk:
            row["form"] = bound[1]
        elif can_record:
            row["form"] = consent_form(proposal, organisation)
    page = proposal.case_page
    draft = page.get_latest_revision_as_object() if page is not None else None
    return TemplateResponse(
        request,
        "partnerships/case.html",
        {
            "partnership": partnership,
            "proposal": proposal,
            "status": cases.status(proposal),
            "draft": draft,
            "live_url": page.url if page is not None and page.live else "",
            "edit_url": (
                reverse("wagtailadmin_pages:edit", args=[page.pk])
                if page is not None
                and page.permissions_for_user(request.user).can_edit()
                else ""
            ),
            "rows": rows,
            "missing": cases.missing_consent(proposal),
            "can_record": can_record,
            "can_submit": can_record
            and page is not None
            and not page.workflow_in_progress
            and not page.live,
        },
        status=400 if bound else 200,
    )


@require_POST
def submit(request, pk):
    """Submit the proposed case to the editors' moderation."""
    partnership = _partnership(request, pk)
    proposal = cases.proposal_for(partnership)
    if proposal is None:
        messages.error(request, _("No case has been proposed from this partnership."))
        return redirect(partnership.get_absolute_url())
    try:
        cases.submit_case(proposal, user=request.user)
    except ValidationError as error:
        _show_errors(request, error)
    else:
        messages.success(
            request,
            _(
                "The case was submitted to the editors' moderation; it is "
                "published when a moderator approves it."
            ),
        )
    return redirect(case_url(partnership))
