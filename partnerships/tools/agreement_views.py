"""The agreement tool's pages: the current agreement and its versions, the
forms that change a draft, signing, attaching the signed copy and starting
a new version. Downloads and the print page are in ``agreement_docx``.

Imported by ``agreement`` for its ``urlpatterns``; import that module, not
this one. Every write goes through a service in ``agreement``.
"""

from functools import partial

from django.contrib import messages
from django.core.exceptions import ValidationError
from django.shortcuts import get_object_or_404, redirect
from django.urls import path, reverse
from django.utils import timezone
from django.utils.translation import gettext as _
from django.views.decorators.http import require_POST

from partnerships.models import Agreement, AgreementClause
from partnerships.tools import agreement as services
from partnerships.tools.agreement_docx import (
    agreement_of,
    docx,
    print_view,
    scan_download,
)
from partnerships.tools.agreement_forms import (
    AddClauseForm,
    ClauseForm,
    MoveForm,
    NewVersionForm,
    RemoveForm,
    ScanForm,
    SignForm,
)
from partnerships.tools.agreement_text import (
    agreement_fingerprint,
    clause_fingerprint,
    is_editable,
    latest_pk,
    numbered_sections,
    parties,
    status_line,
)
from partnerships.tools.common import bound as _bound
from partnerships.tools.common import form_page, partnership_for, render_tool

TOOL = "agreement"


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


def _overview_url(partnership) -> str:
    return reverse("partnerships:agreement", args=[partnership.pk])


def _page(request, partnership, agreement, *, overview=True, errors=()):
    """The overview (the current cycle's newest version) or one version."""
    versions = list(
        Agreement.objects.filter(partnership=partnership).order_by("-cycle", "-version")
    )
    in_cycle = [a for a in versions if a.cycle == partnership.cycle]
    newest = in_cycle[0].pk if in_cycle else None
    can_edit = partnership.can_edit(request.user)
    context = {
        "agreement": agreement,
        "overview": overview,
        "versions": versions,
        "in_force": next((a for a in in_cycle if a.is_signed), None),
        "errors": errors,
        "can_draft": can_edit and not in_cycle,
    }
    if agreement is not None:
        clauses = list(agreement.clauses.all())
        context.update(
            sections=numbered_sections(clauses),
            status=status_line(agreement),
            editable=overview
            and can_edit
            and is_editable(agreement, partnership, newest),
            can_start_version=can_edit
            and agreement.is_signed
            and agreement.pk == newest,
            can_attach_scan=can_edit and agreement.is_signed,
            fingerprint=agreement_fingerprint(agreement, clauses),
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
    return redirect(_overview_url(partnership))


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
    return redirect(f"{_overview_url(partnership)}#clause-{clause.pk}")


def _lock_message(partnership, agreement) -> str:
    if is_editable(agreement, partnership, latest_pk(partnership)):
        return ""
    return _("This version is signed or no longer the newest, so it cannot change.")


def _form_page(request, partnership, form, template, context, **kwargs):
    def overview(_result):
        return _overview_url(partnership)

    return form_page(
        request, partnership, TOOL, form, template, context, next_url=overview, **kwargs
    )


def clause_edit(request, pk, clause_pk):
    partnership = partnership_for(request, pk, edit=True)
    clause = _clause(partnership, clause_pk)
    initial = {"heading": clause.heading, "body": clause.body}
    form = ClauseForm(
        **_bound(request), initial={**initial, "expected": clause_fingerprint(clause)}
    )
    context = {
        "clause": clause,
        "title": _("Edit clause"),
        "locked": _lock_message(partnership, clause.agreement),
    }
    return _form_page(
        request,
        partnership,
        form,
        "agreement_clause_form.html",
        context,
        save=partial(services.update_clause, clause),
        success=_("The clause was saved."),
    )


def clause_add(request, pk, agreement_pk):
    partnership = partnership_for(request, pk, edit=True)
    agreement = agreement_of(partnership, agreement_pk)
    form = AddClauseForm(
        **_bound(request),
        agreement=agreement,
        initial={"expected": agreement_fingerprint(agreement)},
    )
    context = {
        "agreement": agreement,
        "title": _("Add a clause"),
        "locked": _lock_message(partnership, agreement),
    }
    return _form_page(
        request,
        partnership,
        form,
        "agreement_clause_form.html",
        context,
        save=partial(services.add_clause, agreement),
        success=_("The clause was added."),
    )


def clause_remove(request, pk, clause_pk):
    partnership = partnership_for(request, pk, edit=True)
    clause = _clause(partnership, clause_pk)
    form = RemoveForm(
        **_bound(request),
        initial={"expected": agreement_fingerprint(clause.agreement)},
    )
    context = {
        "clause": clause,
        "locked": _lock_message(partnership, clause.agreement),
    }
    return _form_page(
        request,
        partnership,
        form,
        "agreement_clause_remove.html",
        context,
        save=partial(services.remove_clause, clause),
        success=_("The clause was removed."),
    )


def sign(request, pk, agreement_pk):
    partnership = partnership_for(request, pk, edit=True)
    agreement = agreement_of(partnership, agreement_pk)
    form = SignForm(
        **_bound(request),
        initial={
            "signed_on": timezone.localdate(),
            "expected": agreement_fingerprint(agreement),
        },
    )
    context = {
        "agreement": agreement,
        "parties": parties(partnership),
        "locked": _lock_message(partnership, agreement),
    }
    return _form_page(
        request,
        partnership,
        form,
        "agreement_sign.html",
        context,
        save=partial(services.sign_agreement, agreement),
        success=_("The agreement is signed. This version is now locked."),
    )


def scan_upload(request, pk, agreement_pk):
    partnership = partnership_for(request, pk, edit=True)
    agreement = agreement_of(partnership, agreement_pk)
    form = ScanForm(
        **_bound(request), initial={"expected": agreement_fingerprint(agreement)}
    )
    locked = ""
    if not agreement.is_signed:
        locked = _("Attach the signed copy when you record the signing.")
    return _form_page(
        request,
        partnership,
        form,
        "agreement_scan_form.html",
        {"agreement": agreement, "locked": locked},
        save=partial(services.attach_scan, agreement),
        success=_("The signed copy was saved."),
    )


def new_version(request, pk, agreement_pk):
    partnership = partnership_for(request, pk, edit=True)
    agreement = agreement_of(partnership, agreement_pk)
    form = NewVersionForm(
        **_bound(request), initial={"expected": agreement_fingerprint(agreement)}
    )
    return _form_page(
        request,
        partnership,
        form,
        "agreement_new_version.html",
        {"agreement": agreement},
        save=partial(services.new_agreement_version, agreement),
        success=lambda draft: (
            _("Version %(version)s was started as a draft.")
            % {"version": draft.version}
        ),
    )


ONE = "<int:pk>/agreement/<int:agreement_pk>/"
CLAUSE = "<int:pk>/agreement/clause/<int:clause_pk>/"
urlpatterns = [
    path("<int:pk>/agreement/", overview, name="agreement"),
    path("<int:pk>/agreement/draft/", draft, name="agreement_draft"),
    path(ONE, version, name="agreement_version"),
    path(f"{ONE}add/", clause_add, name="agreement_clause_add"),
    path(f"{ONE}sign/", sign, name="agreement_sign"),
    path(f"{ONE}scan/", scan_download, name="agreement_scan"),
    path(f"{ONE}scan/upload/", scan_upload, name="agreement_scan_upload"),
    path(f"{ONE}new-version/", new_version, name="agreement_new_version"),
    path(f"{ONE}docx/", docx, name="agreement_docx"),
    path(f"{ONE}print/", print_view, name="agreement_print"),
    path(CLAUSE, clause_edit, name="agreement_clause_edit"),
    path(f"{CLAUSE}remove/", clause_remove, name="agreement_clause_remove"),
    path(f"{CLAUSE}move/", move, name="agreement_clause_move"),
]
