"""Which agreement version is the newest, and locking a version for a change."""

from django.core.exceptions import ValidationError
from django.utils.formats import date_format
from django.utils.translation import gettext as _

from partnerships.concurrency import check_version, lock, lock_partnership
from partnerships.models import Agreement, AgreementClause, Partnership


def is_editable(agreement: Agreement, partnership: Partnership, latest_pk) -> bool:
    """Only the newest version of the current cycle's agreement, while it is
    unsigned, can be changed (``latest_pk``: that cycle's newest version)."""
    return (
        not agreement.is_signed
        and agreement.cycle == partnership.cycle
        and agreement.pk == latest_pk
    )


def latest_pk(partnership: Partnership):
    """The id of the current cycle's newest agreement version, if any."""
    return (
        Agreement.objects.filter(partnership=partnership, cycle=partnership.cycle)
        .order_by("-version")
        .values_list("pk", flat=True)
        .first()
    )


def lock_agreement(partnership_pk, agreement_pk, user) -> Agreement:
    """The agreement version, its row and its partnership's locked, if
    ``user`` may change the partnership's tools."""
    partnership = lock_partnership(partnership_pk, user)
    current = lock(partnership.agreements, agreement_pk)
    current.partnership = partnership
    return current


def lock_draft(
    partnership_pk, agreement_pk, user, expected: str | None = None
) -> Agreement:
    """The draft, locked, if it may still change and is the version the user
    saw: only the newest unsigned version of the current cycle may."""
    current = lock_agreement(partnership_pk, agreement_pk, user)
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
    check_version(current, expected)
    return current


def lock_clause(
    clause: AgreementClause,
    user,
    *,
    expected: str | None = None,
    agreement_expected: str | None = None,
) -> AgreementClause:
    """The draft's clause, locked with its draft (``lock_draft``), if it is
    still there and the version the user saw."""
    agreement = lock_draft(
        clause.partnership_id, clause.agreement_id, user, agreement_expected
    )
    current = lock(agreement.clauses, clause.pk, expected=expected)
    current.agreement = agreement
    return current
