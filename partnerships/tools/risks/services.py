"""The risk register: its order and matrix, and every audited write to it."""

from django.core.exceptions import ValidationError
from django.db import transaction
from django.db.models import Case, F, IntegerField, Value, When
from django.utils.translation import gettext as _

from partnerships.concurrency import lock, lock_partnership
from partnerships.history import delete_with_reason, save_with_reason
from partnerships.models import Challenge, Level, Partnership, Risk, RiskStatus

LEVELS = [Level.HIGH, Level.MEDIUM, Level.LOW]


def register(partnership: Partnership):
    """The partnership's risks, open ones first, the most serious at the top."""
    return (
        partnership.risks.select_related("owner")
        .annotate(
            open_first=Case(
                When(status=RiskStatus.OPEN, then=Value(0)),
                default=Value(1),
                output_field=IntegerField(),
            ),
            risk_score=F("likelihood") * F("impact"),
        )
        .order_by("open_first", "-risk_score", "-impact", "id")
    )


def score_level(score: int) -> Level:
    """The level a score of likelihood × impact (1–9) counts as."""
    if score >= 6:
        return Level.HIGH
    if score >= 3:
        return Level.MEDIUM
    return Level.LOW


def risk_matrix(risks) -> list[dict]:
    """The open risks counted per likelihood (rows, high first) and impact
    (columns, low first)."""
    counts = {}
    for risk in risks:
        if risk.status == RiskStatus.OPEN:
            key = (risk.likelihood, risk.impact)
            counts[key] = counts.get(key, 0) + 1
    return [
        {
            "likelihood": likelihood,
            "cells": [
                {
                    "impact": impact,
                    "count": counts.get((likelihood, impact), 0),
                    "level": score_level(likelihood * impact),
                }
                for impact in reversed(LEVELS)
            ],
        }
        for likelihood in LEVELS
    ]


def unused_challenges(partnership: Partnership):
    """Typical challenges not yet in the partnership's register."""
    used = partnership.risks.exclude(challenge=None).values("challenge")
    return Challenge.objects.exclude(pk__in=used)


def _locked(risk: Risk, user, expected: str | None = None) -> Risk:
    """The risk, its row and its partnership's locked, if ``user`` may change
    the register and the risk is still the version they saw."""
    partnership = lock_partnership(risk.partnership_id, user)
    current = lock(partnership.risks, risk.pk, expected=expected)
    current.partnership = partnership
    return current


def _assess(
    risk: Risk, *, title, description, likelihood, impact, mitigation, owner
) -> None:
    """Give ``risk`` the values, tidied, or raise a ValidationError by field:
    the model's field rules, and an owner who is a member of the partnership."""
    risk.title = " ".join((title or "").split())
    risk.description = (description or "").replace("\r\n", "\n").strip()
    risk.mitigation = (mitigation or "").replace("\r\n", "\n").strip()
    risk.likelihood, risk.impact, risk.owner = likelihood, impact, owner
    errors = {}
    try:
        risk.full_clean(exclude=["partnership", "challenge"], validate_unique=False)
    except ValidationError as error:
        errors = error.error_dict
    if owner is None:
        errors["owner"] = [
            ValidationError(_("Choose who keeps an eye on the risk."), code="required")
        ]
    elif "owner" not in errors and not risk.partnership.members().contains(owner):
        message = _("Only the project manager or someone on the team can own a risk.")
        errors["owner"] = [ValidationError(message, code="not_member")]
    if errors:
        raise ValidationError(errors)


def seed_risks(partnership: Partnership, *, user, challenges=None) -> list[Risk]:
    """Put the chosen typical challenges (all of them without a choice) into
    the register, as editors describe them now: medium likelihood and impact,
    the suggested mitigation, owned by the project manager. A challenge that
    is already in the register is not added again."""
    chosen = None if challenges is None else {challenge.pk for challenge in challenges}
    if chosen is not None and not chosen:
        raise ValidationError(
            {"challenges": _("Choose at least one typical challenge.")}
        )
    with transaction.atomic():
        current = lock_partnership(partnership.pk, user)
        unused = unused_challenges(current)
        if chosen is not None:
            unused = unused.filter(pk__in=chosen)
        created = []
        for challenge in unused:
            risk = Risk(
                partnership=current,
                title=challenge.title,
                description=challenge.description,
                mitigation=challenge.suggested_mitigation,
                likelihood=Level.MEDIUM,
                impact=Level.MEDIUM,
                owner_id=current.project_manager_id,
                challenge=challenge,
            )
            reason = _("Added from the typical challenge “%(title)s”")
            save_with_reason(risk, user, reason % {"title": challenge.title})
            created.append(risk)
    return created


def add_risk(
    partnership: Partnership,
    *,
    user,
    title: str,
    owner,
    description: str = "",
    likelihood: int = Level.MEDIUM,
    impact: int = Level.MEDIUM,
    mitigation: str = "",
) -> Risk:
    """Add a risk of the partnership's own to the register."""
    with transaction.atomic():
        risk = Risk(partnership=lock_partnership(partnership.pk, user))
        _assess(
            risk,
            title=title,
            description=description,
            likelihood=likelihood,
            impact=impact,
            mitigation=mitigation,
            owner=owner,
        )
        save_with_reason(
            risk, user, _("Risk “%(title)s” added") % {"title": risk.title}
        )
    return risk


def update_risk(
    risk: Risk,
    *,
    user,
    title: str,
    owner,
    description: str = "",
    likelihood: int = Level.MEDIUM,
    impact: int = Level.MEDIUM,
    mitigation: str = "",
    expected: str | None = None,
) -> Risk:
    """Re-assess a risk. ``expected`` is its version when the form was
    opened."""
    with transaction.atomic():
        current = _locked(risk, user, expected)
        _assess(
            current,
            title=title,
            description=description,
            likelihood=likelihood,
            impact=impact,
            mitigation=mitigation,
            owner=owner,
        )
        reason = _("Risk “%(title)s” re-assessed (likelihood %(l)s, impact %(i)s)")
        values = {
            "title": current.title,
            "l": current.get_likelihood_display(),
            "i": current.get_impact_display(),
        }
        save_with_reason(current, user, reason % values)
    return current


def _set_status(risk: Risk, user, status: str, reason: str) -> Risk:
    with transaction.atomic():
        current = _locked(risk, user)
        if current.status == status:
            message = (
                _("The risk “%(title)s” is already closed.")
                if status == RiskStatus.CLOSED
                else _("The risk “%(title)s” is already open.")
            )
            raise ValidationError(message % {"title": current.title}, code="same")
        current.status = status
        save_with_reason(current, user, reason % {"title": current.title})
    return current


def close_risk(risk: Risk, *, user) -> Risk:
    """The risk is over or handled; it stays in the register, closed."""
    return _set_status(risk, user, RiskStatus.CLOSED, _("Risk “%(title)s” closed"))


def reopen_risk(risk: Risk, *, user) -> Risk:
    """A closed risk has become real again."""
    return _set_status(risk, user, RiskStatus.OPEN, _("Risk “%(title)s” reopened"))


def delete_risk(risk: Risk, *, user, expected: str | None = None) -> None:
    """Take a risk out of the register, e.g. one entered by mistake. Its
    history is kept."""
    with transaction.atomic():
        current = _locked(risk, user, expected)
        delete_with_reason(
            current, user, _("Risk “%(title)s” deleted") % {"title": current.title}
        )
