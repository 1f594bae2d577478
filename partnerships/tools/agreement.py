"""The cooperation agreement tool: a draft from the editors' standard clauses,
edited by the team, signed (which locks that version) and, when things
change, followed by a new version.

The services below are the tool's only writes. Reading an agreement (filled
placeholders, numbering, fingerprints) is in ``agreement_text``; pages and
forms in ``agreement_views`` and ``agreement_forms``; the Word document, print
page and signed copy in ``agreement_docx``.
"""

from django.core.exceptions import PermissionDenied, ValidationError
from django.db import transaction
from django.db.models import Max
from django.utils import timezone
from django.utils.formats import date_format
from django.utils.translation import gettext as _

from partnerships.history import delete_with_reason, save_with_reason
from partnerships.models import (
    Agreement,
    AgreementClause,
    ClauseTemplate,
    Partnership,
)
from partnerships.models.agreement import SECTION_ORDER
from partnerships.tools.agreement_docx import store_scan, validate_scan
from partnerships.tools.agreement_text import (  # PLACEHOLDERS: see ClauseTemplate
    PLACEHOLDERS,  # noqa: F401
    agreement_fingerprint,
    clause_fingerprint,
    fill_placeholders,
    is_editable,
    latest_pk,
    placeholder_values,
)


def _check_fresh(expected: str | None, current: str) -> None:
    """Refuse a form opened before someone else changed the agreement."""
    if expected is not None and expected != current:
        raise ValidationError(
            _(
                "Someone else changed this agreement while you were working on "
                "it. Your changes were not saved; reload the page to see the "
                "newest version."
            ),
            code="conflict",
        )


def _field_error(field: str, message: str, code: str) -> ValidationError:
    """A refusal the form shows next to ``field``."""
    return ValidationError({field: ValidationError(message, code=code)})


def _locked(agreement_pk, user) -> Agreement:
    """The agreement row, locked, after checking the user may change it."""
    current = (
        Agreement.objects.select_for_update(of=("self",))
        .select_related("partnership")
        .get(pk=agreement_pk)
    )
    if not current.partnership.can_edit(user):
        raise PermissionDenied
    return current


def _locked_draft(agreement_pk, user, expected=None) -> Agreement:
    """The draft, locked, if it may still be changed and is as the user saw it."""
    current = _locked(agreement_pk, user)
    if current.is_signed:
        raise ValidationError(
            _(
                "Version %(version)s was signed on %(date)s and is locked. Start a "
                "new version to change the agreement."
            )
            % {"version": current.version, "date": date_format(current.signed_on)},
            code="locked",
        )
    if not is_editable(current, current.partnership, latest_pk(current.partnership)):
        raise ValidationError(
            _(
                "Only the newest version of this cycle's agreement can be changed; "
                "this is version %(version)s of cycle %(cycle)s."
            )
            % {"version": current.version, "cycle": current.cycle},
            code="not_latest",
        )
    _check_fresh(expected, agreement_fingerprint(current))
    return current


def draft_agreement(partnership: Partnership, *, user) -> Agreement:
    """Start the current cycle's agreement (version 1) from the standard
    clauses editors include by default, filled in from the partnership."""
    with transaction.atomic():
        current = Partnership.objects.select_for_update().get(pk=partnership.pk)
        if not current.can_edit(user):
            raise PermissionDenied
        if Agreement.objects.filter(partnership=current, cycle=current.cycle).exists():
            raise ValidationError(
                _("This agreement cycle already has an agreement."), code="exists"
            )
        reason = _("Agreement drafted from the standard clauses")
        agreement = Agreement(partnership=current, cycle=current.cycle, version=1)
        save_with_reason(agreement, user, reason)
        values = placeholder_values(current)
        templates = sorted(
            ClauseTemplate.objects.filter(included_by_default=True),
            key=lambda t: (SECTION_ORDER[t.section], t.sort_order, t.pk),
        )
        for order, template in enumerate(templates):
            clause = AgreementClause(
                agreement=agreement,
                partnership=current,
                section=template.section,
                heading=template.heading,
                body=fill_placeholders(template.body, values),
                sort_order=order,
                template=template,
            )
            save_with_reason(clause, user, reason)
    return agreement


def _clean_text(heading: str, body: str) -> tuple[str, str]:
    heading = " ".join(heading.split())
    if not heading:
        raise _field_error("heading", _("Give the clause a heading."), "required")
    if len(heading) > 255:
        message = _("Keep the heading under 255 characters.")
        raise _field_error("heading", message, "too_long")
    return heading, body.replace("\r\n", "\n").strip()


def _clause_of(agreement: Agreement, clause_pk) -> AgreementClause:
    clause = AgreementClause.objects.filter(agreement=agreement, pk=clause_pk).first()
    if clause is None:
        raise ValidationError(
            _("Someone else removed this clause meanwhile."), code="gone"
        )
    return clause


def update_clause(
    clause: AgreementClause, *, user, heading: str, body: str, expected=None
) -> AgreementClause:
    """Change a draft clause's heading and text. ``expected`` is the clause's
    fingerprint when the form was opened."""
    with transaction.atomic():
        agreement = _locked_draft(clause.agreement_id, user)
        current = _clause_of(agreement, clause.pk)
        _check_fresh(expected, clause_fingerprint(current))
        current.heading, current.body = _clean_text(heading, body)
        reason = _("Clause “%(heading)s” edited") % {"heading": current.heading}
        save_with_reason(current, user, reason)
    return current


def remove_clause(clause: AgreementClause, *, user, expected=None) -> None:
    """Drop a clause from the draft."""
    with transaction.atomic():
        agreement = _locked_draft(clause.agreement_id, user, expected)
        current = _clause_of(agreement, clause.pk)
        delete_with_reason(
            current,
            user,
            _("Clause “%(heading)s” removed") % {"heading": current.heading},
        )


def add_clause(
    agreement: Agreement,
    *,
    user,
    template: ClauseTemplate | None = None,
    section: str = "",
    heading: str = "",
    body: str = "",
    expected=None,
) -> AgreementClause:
    """Add a clause at the end of its section: a standard clause not yet in
    the draft (filled in like a new draft), or one the team writes."""
    with transaction.atomic():
        current = _locked_draft(agreement.pk, user, expected)
        if template is not None:
            if current.clauses.filter(template=template).exists():
                raise ValidationError(
                    _("The standard clause “%(heading)s” is already in the draft.")
                    % {"heading": template.heading},
                    code="duplicate",
                )
            values = placeholder_values(current.partnership)
            section, heading = template.section, template.heading
            body = fill_placeholders(template.body, values)
        elif section not in SECTION_ORDER:
            message = _("Choose the section the clause belongs in.")
            raise _field_error("section", message, "required")
        heading, body = _clean_text(heading, body)
        last = current.clauses.filter(section=section).aggregate(Max("sort_order"))
        clause = AgreementClause(
            agreement=current,
            partnership=current.partnership,
            section=section,
            heading=heading,
            body=body,
            sort_order=(last["sort_order__max"] or 0) + 1,
            template=template,
        )
        save_with_reason(
            clause, user, _("Clause “%(heading)s” added") % {"heading": heading}
        )
    return clause


def move_clause(
    clause: AgreementClause, *, user, direction: str, expected=None
) -> None:
    """Move a clause one place up or down within its section."""
    if direction not in ("up", "down"):
        raise ValidationError(_("Move a clause up or down."), code="direction")
    with transaction.atomic():
        agreement = _locked_draft(clause.agreement_id, user, expected)
        current = _clause_of(agreement, clause.pk)
        siblings = list(
            agreement.clauses.filter(section=current.section).order_by(
                "sort_order", "pk"
            )
        )
        index = siblings.index(current)
        other = index - 1 if direction == "up" else index + 1
        if not 0 <= other < len(siblings):
            message = (
                _("“%(heading)s” is already the first clause in its section.")
                if direction == "up"
                else _("“%(heading)s” is already the last clause in its section.")
            )
            raise ValidationError(message % {"heading": current.heading}, code="at_end")
        siblings[index], siblings[other] = siblings[other], siblings[index]
        reason = _("Clause “%(heading)s” moved") % {"heading": current.heading}
        for order, sibling in enumerate(siblings):
            if sibling.sort_order != order:
                sibling.sort_order = order
                save_with_reason(sibling, user, reason)


def sign_agreement(
    agreement: Agreement,
    *,
    user,
    signed_on,
    signatories: str,
    scan=None,
    expected=None,
) -> Agreement:
    """Record that the parties signed the newest draft: when, by whom, and
    optionally the signed copy. Signing locks the version."""
    with transaction.atomic():
        current = _locked_draft(agreement.pk, user, expected)
        errors = {}
        signatories = signatories.replace("\r\n", "\n").strip()
        if not signatories:
            errors["signatories"] = ValidationError(
                _("Name the people who signed, one per line."), code="required"
            )
        if signed_on is None:
            errors["signed_on"] = ValidationError(
                _("Give the date the agreement was signed."), code="required"
            )
        elif signed_on > timezone.localdate():
            errors["signed_on"] = ValidationError(
                _("The signing date cannot be in the future."), code="future"
            )
        if scan is not None:
            try:
                validate_scan(scan)
            except ValidationError as error:
                errors["scan"] = error
        if errors:
            raise ValidationError(errors)
        if not current.clauses.exists():
            raise ValidationError(
                _("An agreement without clauses cannot be signed."), code="empty"
            )
        current.signed_on = signed_on
        current.signatories = signatories
        if scan is not None:
            store_scan(current, scan)
        save_with_reason(
            current,
            user,
            _("Version %(version)s signed") % {"version": current.version},
        )
    return current


def attach_scan(agreement: Agreement, *, user, scan, expected=None) -> Agreement:
    """Attach or replace the signed copy of a signed version; nothing else of a
    signed version can change."""
    validate_scan(scan)
    with transaction.atomic():
        current = _locked(agreement.pk, user)
        if not current.is_signed:
            raise ValidationError(
                _("Attach the signed copy when you record the signing."),
                code="unsigned",
            )
        _check_fresh(expected, agreement_fingerprint(current))
        replacing = bool(current.signed_scan)
        store_scan(current, scan)
        reason = _("Signed copy replaced") if replacing else _("Signed copy attached")
        save_with_reason(current, user, reason)
    return current


def new_agreement_version(
    agreement: Agreement, *, user, reason: str, expected=None
) -> Agreement:
    """Start the next version from the newest signed one, with its clauses.
    The signed version stays in force until the new one is signed."""
    with transaction.atomic():
        Partnership.objects.select_for_update().get(pk=agreement.partnership_id)
        current = _locked(agreement.pk, user)
        partnership = current.partnership
        if not current.is_signed:
            raise ValidationError(
                _("This version is still a draft; change it directly."),
                code="unsigned",
            )
        if current.cycle != partnership.cycle or current.pk != latest_pk(partnership):
            raise ValidationError(
                _("A newer version already exists; start from the newest one."),
                code="not_latest",
            )
        _check_fresh(expected, agreement_fingerprint(current))
        reason = reason.strip()
        if not reason:
            message = _("Say why the agreement needs a new version.")
            raise _field_error("reason", message, "required")
        change = _("Version %(version)s started: %(reason)s") % {
            "version": current.version + 1,
            "reason": reason,
        }
        draft = Agreement(
            partnership=partnership,
            cycle=current.cycle,
            version=current.version + 1,
            notes=reason,
        )
        save_with_reason(draft, user, change)
        for clause in current.clauses.order_by("pk"):
            copy = AgreementClause(
                agreement=draft,
                partnership=partnership,
                section=clause.section,
                heading=clause.heading,
                body=clause.body,
                sort_order=clause.sort_order,
                template_id=clause.template_id,
            )
            save_with_reason(copy, user, change)
    return draft


# The views use the services above, so they are imported last.
from partnerships.tools import agreement_views  # noqa: E402

urlpatterns = agreement_views.urlpatterns

public_urlpatterns = []
