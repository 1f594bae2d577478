"""The agreement tool's pages: versions, the forms that change a draft, signing."""

from functools import partial

from django.contrib import messages
from django.core.exceptions import ValidationError
from django.shortcuts import get_object_or_404, redirect
from django.utils import timezone
from django.utils.translation import gettext as _
from django.views.decorators.http import require_POST

from cms.models import LibraryIdentity
from partnerships import permissions
from partnerships.concurrency import version_of
from partnerships.models import Agreement, AgreementClause
from partnerships.tools.agreement import services
from partnerships.tools.agreement.forms import (
    AddClauseForm,
    ClauseForm,
    MoveForm,
    NewVersionForm,
    ScanForm,
    SignForm,
)
from partnerships.tools.agreement.text import numbered_sections, parties, status_line
from partnerships.tools.agreement.versions import is_editable, latest_pk
from partnerships.tools.common import (
    bound,
    form_page,
    partnership_for,
    render_tool,
    tool_url,
)
from partnerships.tools.forms import DeleteForm

TOOL = "agreement"


def agreement_of(partnership, agreement_pk) -> Agreement:
    """One of the partnership's agreement versions, or 404."""
    agreement = get_object_or_404(Agreement, pk=agreement_pk, partnership=partnership)
    agreement.partnership = partnership
    return agreement


def _clause(partnership, clause_pk) -> AgreementClause:
    return get_object_or_404(
        AgreementClause.objects.select_related("agreement"),
        pk=clause_pk,
        partnership=partnership,
    )


def _current(partnership) -> Agreement | None:
    """The current cycle's newest version, which the overview shows."""
    return (
        Agreement.objects.filter(partnership=partnership, cycle=partnership.cycle)
        .order_by("-version")
        .first()
    )


def _page(request, partnership, agreement, *, overview=True, errors=()):
    """The overview (the current cycle's newest version) or one version."""
    versions = list(
        Agreement.objects.filter(partnership=partnership).order_by("-cycle", "-version")
    )
    in_cycle = [a for a in versions if a.cycle == partnership.cycle]
    newest = in_cycle[0].pk if in_cycle else None
    can_edit = permissions.can_edit(partnership, request.user)
    context = {
        "agreement": agreement,
        "library": LibraryIdentity.current(request),
        "can_edit_library": permissions.can_edit_library(request.user),
        "overview": overview,
        "versions": versions,
        "in_force": next((a for a in in_cycle if a.is_signed), None),
        "errors": errors,
        "can_draft": can_edit and not in_cycle,
    }
    if agreement is not None:
        context.update(
            sections=numbered_sections(agreement.clauses.all()),
            status=status_line(agreement),
            editable=overview
            and can_edit
            and is_editable(agreement, partnership, newest),
            can_start_version=can_edit
            and agreement.is_signed
            and agreement.pk == newest,
            can_attach_scan=can_edit and agreement.is_signed,
            version=version_of(agreement),
        )
    return render_tool(
        request, partnership, TOOL, "partnerships/tools/agreement.html", context
    )


def overview(request, pk):
    partnership = partnership_for(request, pk)
    return _page(request, partnership, _current(partnership))


def version(request, pk, agreement_pk):
    partnership = partnership_for(request, pk)
    agreement = agreement_of(partnership, agreement_pk)
    return _page(request, partnership, agreement, overview=False)


@require_POST
def draft(request, pk):
    partnership = partnership_for(request, pk, edit=True)
    try:
        services.draft_agreement(partnership, user=request.user)
    except ValidationError as error:
        return _page(request, partnership, _current(partnership), errors=error.messages)
    messages.success(request, _("The agreement was drafted from the standard clauses."))
    return redirect(tool_url(TOOL, partnership))


@require_POST
def move(request, pk, clause_pk):
    partnership = partnership_for(request, pk, edit=True)
    clause = _clause(partnership, clause_pk)
    form = MoveForm(request.POST)
    try:
        if not form.is_valid():
            raise ValidationError(_("The clause could not be moved; reload the page."))
        services.move_clause(clause, user=request.user, **form.cleaned_data)
    except ValidationError as error:
        return _page(request, partnership, _current(partnership), errors=error.messages)
    return redirect(f"{tool_url(TOOL, partnership)}#clause-{clause.pk}")


def _lock_message(partnership, agreement) -> str:
    if is_editable(agreement, partnership, latest_pk(partnership)):
        return ""
    return _("This version is signed or no longer the newest, so it cannot change.")


def _form_page(
    request,
    partnership,
    form_class,
    template,
    context,
    *,
    record,
    save,
    success,
    initial=None,
    **form_kwargs,
):
    """A form page on ``record`` (a clause or an agreement version) whose form
    carries the record's version; once saved, the user is back on the overview."""
    initial = {**(initial or {}), "expected": version_of(record)}
    form = form_class(**bound(request), initial=initial, **form_kwargs)
    return form_page(
        request,
        partnership,
        TOOL,
        form,
        template,
        context,
        save=save,
        success=success,
    )


def clause_edit(request, pk, clause_pk):
    partnership = partnership_for(request, pk, edit=True)
    clause = _clause(partnership, clause_pk)
    locked = _lock_message(partnership, clause.agreement)
    return _form_page(
        request,
        partnership,
        ClauseForm,
        "agreement_clause_form.html",
        {"clause": clause, "title": _("Edit clause"), "locked": locked},
        record=clause,
        initial={"heading": clause.heading, "body": clause.body},
        save=partial(services.update_clause, clause),
        success=_("The clause was saved."),
    )


def clause_add(request, pk, agreement_pk):
    partnership = partnership_for(request, pk, edit=True)
    agreement = agreement_of(partnership, agreement_pk)
    locked = _lock_message(partnership, agreement)
    return _form_page(
        request,
        partnership,
        AddClauseForm,
        "agreement_clause_form.html",
        {"agreement": agreement, "title": _("Add a clause"), "locked": locked},
        record=agreement,
        agreement=agreement,
        save=partial(services.add_clause, agreement),
        success=_("The clause was added."),
    )


def clause_remove(request, pk, clause_pk):
    partnership = partnership_for(request, pk, edit=True)
    clause = _clause(partnership, clause_pk)
    locked = _lock_message(partnership, clause.agreement)
    return _form_page(
        request,
        partnership,
        DeleteForm,
        "agreement_clause_remove.html",
        {"clause": clause, "locked": locked},
        record=clause.agreement,
        save=partial(services.remove_clause, clause),
        success=_("The clause was removed."),
    )


def sign(request, pk, agreement_pk):
    partnership = partnership_for(request, pk, edit=True)
    agreement = agreement_of(partnership, agreement_pk)
    context = {
        "agreement": agreement,
        "parties": parties(partnership, LibraryIdentity.current(request)),
        "locked": _lock_message(partnership, agreement),
    }
    return _form_page(
        request,
        partnership,
        SignForm,
        "agreement_sign.html",
        context,
        record=agreement,
        initial={"signed_on": timezone.localdate()},
        save=partial(services.sign_agreement, agreement),
        success=_("The agreement is signed. This version is now locked."),
    )


def scan_upload(request, pk, agreement_pk):
    partnership = partnership_for(request, pk, edit=True)
    agreement = agreement_of(partnership, agreement_pk)
    locked = ""
    if not agreement.is_signed:
        locked = _("Attach the signed copy when you record the signing.")
    return _form_page(
        request,
        partnership,
        ScanForm,
        "agreement_scan_form.html",
        {"agreement": agreement, "locked": locked},
        record=agreement,
        save=partial(services.attach_scan, agreement),
        success=_("The signed copy was saved."),
    )


def new_version(request, pk, agreement_pk):
    partnership = partnership_for(request, pk, edit=True)
    agreement = agreement_of(partnership, agreement_pk)
    return _form_page(
        request,
        partnership,
        NewVersionForm,
        "agreement_new_version.html",
        {"agreement": agreement},
        record=agreement,
        save=partial(services.new_agreement_version, agreement),
        success=lambda draft: (
            _("Version %(version)s was started as a draft.")
            % {"version": draft.version}
        ),
    )
