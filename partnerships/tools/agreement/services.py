"""The agreement tool's writes: drafting, editing clauses, signing, new versions."""

from django.core.exceptions import ValidationError
from django.db import transaction
from django.db.models import Max
from django.utils import timezone
from django.utils.translation import gettext as _

from partnerships.concurrency import check_version, lock_partnership
from partnerships.history import delete_with_reason, save_with_reason
from partnerships.models import Agreement, AgreementClause, ClauseTemplate, Partnership
from partnerships.models.agreement import SECTION_ORDER
from partnerships.tools.agreement.scan import store_scan, validate_scan
from partnerships.tools.agreement.text import fill_placeholders, placeholder_values
from partnerships.tools.agreement.versions import (
    latest_pk,
    lock_agreement,
    lock_clause,
    lock_draft,
)

# A clause's relations are set by the services, not typed in; checking that
# they exist would cost a query each.
RELATIONS = ["agreement", "partnership", "template"]


def _set_text(clause: AgreementClause, *, heading: str, body: str) -> None:
    """Give ``clause`` the text, tidied, or raise the model's refusals by field."""
    clause.heading = " ".join(heading.split())
    clause.body = body.replace("\r\n", "\n").strip()
    clause.full_clean(exclude=RELATIONS, validate_unique=False)


def draft_agreement(partnership: Partnership, *, user) -> Agreement:
    """Start the current cycle's agreement (version 1) from the standard
    clauses editors include by default, filled in from the partnership."""
    with transaction.atomic():
        current = lock_partnership(partnership.pk, user)
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


def update_clause(
    clause: AgreementClause,
    *,
    user,
    heading: str,
    body: str,
    expected: str | None = None,
) -> AgreementClause:
    """Change a draft clause's heading and text. ``expected`` is the clause's
    version when the form was opened."""
    with transaction.atomic():
        current = lock_clause(clause, user, expected=expected)
        _set_text(current, heading=heading, body=body)
        reason = _("Clause “%(heading)s” edited") % {"heading": current.heading}
        save_with_reason(current, user, reason)
    return current


def remove_clause(
    clause: AgreementClause, *, user, expected: str | None = None
) -> None:
    """Drop a clause from the draft."""
    with transaction.atomic():
        current = lock_clause(clause, user, agreement_expected=expected)
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
    expected: str | None = None,
) -> AgreementClause:
    """Add a clause at the end of its section: a standard clause not yet in
    the draft (filled in like a new draft), or one the team writes."""
    with transaction.atomic():
        current = lock_draft(agreement.partnership_id, agreement.pk, user, expected)
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
        clause = AgreementClause(
            agreement=current,
            partnership=current.partnership,
            section=section,
            template=template,
        )
        _set_text(clause, heading=heading, body=body)
        last = current.clauses.filter(section=section).aggregate(Max("sort_order"))
        clause.sort_order = (last["sort_order__max"] or 0) + 1
        save_with_reason(
            clause, user, _("Clause “%(heading)s” added") % {"heading": clause.heading}
        )
    return clause


def move_clause(
    clause: AgreementClause, *, user, direction: str, expected: str | None = None
) -> None:
    """Move a clause one place up or down within its section."""
    if direction not in ("up", "down"):
        raise ValidationError(_("Move a clause up or down."), code="direction")
    with transaction.atomic():
        current = lock_clause(clause, user, agreement_expected=expected)
        siblings = list(
            current.agreement.clauses.filter(section=current.section).order_by(
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


def _signing_errors(agreement: Agreement, scan) -> dict:
    """What keeps the parties' signing from being recorded, by field: the
    model's field rules, and a signing needs names and a date, not a future one."""
    errors = {}
    try:
        agreement.full_clean(exclude=["partnership", "signed_scan"])
    except ValidationError as error:
        errors = error.error_dict
    if not agreement.signatories:
        message = _("Name the people who signed, one per line.")
        errors["signatories"] = [ValidationError(message, code="required")]
    if not agreement.signed_on:
        message = _("Give the date the agreement was signed.")
        errors["signed_on"] = [ValidationError(message, code="required")]
    elif "signed_on" not in errors and agreement.signed_on > timezone.localdate():
        message = _("The signing date cannot be in the future.")
        errors["signed_on"] = [ValidationError(message, code="future")]
    if scan is not None:
        try:
            validate_scan(scan)
        except ValidationError as error:
            errors["scan"] = [error]
    return errors


def sign_agreement(
    agreement: Agreement,
    *,
    user,
    signed_on,
    signatories: str,
    scan=None,
    expected: str | None = None,
) -> Agreement:
    """Record that the parties signed the newest draft: when, by whom, and
    optionally the signed copy. Signing locks the version."""
    with transaction.atomic():
        current = lock_draft(agreement.partnership_id, agreement.pk, user, expected)
        current.signed_on = signed_on
        current.signatories = signatories.replace("\r\n", "\n").strip()
        if errors := _signing_errors(current, scan):
            raise ValidationError(errors)
        if not current.clauses.exists():
            raise ValidationError(
                _("An agreement without clauses cannot be signed."), code="empty"
            )
        if scan is not None:
            store_scan(current, scan)
        save_with_reason(
            current,
            user,
            _("Version %(version)s signed") % {"version": current.version},
        )
    return current


def attach_scan(
    agreement: Agreement, *, user, scan, expected: str | None = None
) -> Agreement:
    """Attach or replace the signed copy of a signed version; nothing else of a
    signed version can change."""
    validate_scan(scan)
    with transaction.atomic():
        current = lock_agreement(agreement.partnership_id, agreement.pk, user)
        if not current.is_signed:
            raise ValidationError(
                _("Attach the signed copy when you record the signing."),
                code="unsigned",
            )
        check_version(current, expected)
        replacing = bool(current.signed_scan)
        store_scan(current, scan)
        reason = _("Signed copy replaced") if replacing else _("Signed copy attached")
        save_with_reason(current, user, reason)
    return current


def new_agreement_version(
    agreement: Agreement, *, user, reason: str, expected: str | None = None
) -> Agreement:
    """Start the next version from the newest signed one, with its clauses.
    The signed version stays in force until the new one is signed."""
    with transaction.atomic():
        current = lock_agreement(agreement.partnership_id, agreement.pk, user)
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
        check_version(current, expected)
        reason = reason.strip()
        if not reason:
            message = _("Say why the agreement needs a new version.")
            raise ValidationError({"reason": ValidationError(message, "required")})
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
