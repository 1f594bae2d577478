"""The evaluation tool's writes by the partnership's members: starting
rounds, inviting partner contacts and the library's own staff through
private, expiring links and recording the joint discussion that completes a
round.

The answers are stored by ``answers`` and read by ``results``.
"""

from collections.abc import Iterable
from datetime import date, datetime, timedelta

from django.core.exceptions import ValidationError
from django.db import transaction
from django.utils import timezone
from django.utils.formats import date_format
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy

from partnerships import concurrency
from partnerships.history import save_with_reason
from partnerships.models import (
    Contact,
    EvaluationInvitation,
    EvaluationQuestion,
    EvaluationRound,
    Partnership,
    Questionnaire,
)
from partnerships.models.communication import new_token
from partnerships.tools.common import display_name
from partnerships.tools.evaluation.links import email_link

VALID_DAYS = 14
MAX_VALID_DAYS = 90
NO_CONTACTS = gettext_lazy("Choose at least one contact or staff member to invite.")


def staff_to_invite(partnership: Partnership):
    """The library staff who may answer the partnership's evaluation: its
    project manager and team members with an active account."""
    return partnership.members().filter(is_active=True)


def _refuse_if_completed(round: EvaluationRound) -> None:
    if round.is_completed:
        raise ValidationError(
            _(
                "The round “%(title)s” was completed on %(date)s; its invitations "
                "can no longer change."
            )
            % {"title": round.title, "date": date_format(round.completed_on)},
            code="completed",
        )


def _copy_questions(round, questions, user) -> None:
    reason = _("Question copied into the round “%(title)s”") % {"title": round.title}
    for number, source in enumerate(questions):
        question = EvaluationQuestion(
            round=round,
            partnership_id=round.partnership_id,
            theme=source.theme,
            kind=source.kind,
            text=source.text,
            help_text=source.help_text,
            sort_order=number,
        )
        save_with_reason(question, user, reason)


def start_round(
    partnership: Partnership,
    *,
    user,
    questionnaire: Questionnaire,
    title: str,
    introduction: str = "",
    at: datetime | None = None,
) -> EvaluationRound:
    """Start an evaluation round in the partnership's current agreement cycle.

    The questionnaire's questions are copied into the round, so later edits to
    the questionnaire never change what the partners were asked. Without an
    introduction of its own, the round uses the questionnaire's. ``at`` dates a
    round that started earlier (when importing past rounds).
    """
    with transaction.atomic():
        current = concurrency.lock_partnership(partnership.pk, user)
        round = EvaluationRound(
            partnership=current,
            cycle=current.cycle,
            title=title.strip(),
            questionnaire=questionnaire,
            introduction=introduction.strip() or questionnaire.introduction,
            created_at=at or timezone.now(),
        )
        round.full_clean(exclude={"partnership", "questionnaire"})
        questions = list(questionnaire.questions.all())
        if not questions:
            raise ValidationError(
                _(
                    "The questionnaire “%(title)s” has no questions. Choose another, "
                    "or ask an editor to add questions to it."
                )
                % {"title": questionnaire.title},
                code="empty",
            )
        save_with_reason(
            round,
            user,
            _("Evaluation round “%(title)s” started") % {"title": round.title},
        )
        _copy_questions(round, questions, user)
    return round


class Invitations(list):
    """New invitations as (invitation, plain token) pairs: the only time the
    tokens exist in plain text. ``skipped`` names the people who were already
    invited; ``emailed`` holds the pks of the invitations sent by email."""

    def __init__(self, pairs=(), *, skipped=()):
        super().__init__(pairs)
        self.skipped = list(skipped)
        self.emailed: set[int] = set()


def _new_link(invitation, *, now, valid_days) -> str:
    token, digest = new_token()
    invitation.token_digest = digest
    invitation.sent_at = now
    invitation.expires_at = now + timedelta(days=valid_days)
    return token


def _check_valid_days(valid_days: int) -> None:
    if not 1 <= valid_days <= MAX_VALID_DAYS:
        raise ValidationError(
            {
                "valid_days": _("A link can be valid for 1 to %(max)s days.")
                % {"max": MAX_VALID_DAYS}
            },
            code="valid_days",
        )


def _refuse_outsiders(partnership, contacts, members) -> None:
    partners = set(partnership.partner_roles.values_list("organisation_id", flat=True))
    outsiders = [c for c in contacts if c.organisation_id not in partners]
    if outsiders:
        raise ValidationError(
            _(
                "Only contacts at the partnership's partner organisations can "
                "be invited. Not a partner here: %(names)s."
            )
            % {"names": ", ".join(str(contact) for contact in outsiders)},
            code="not_partner",
        )
    staff = set(staff_to_invite(partnership).values_list("pk", flat=True))
    strangers = [m for m in members if m.pk not in staff]
    if strangers:
        raise ValidationError(
            _(
                "Only the partnership's project manager and team members with an "
                "active account can be invited as library staff. Not on the "
                "team: %(names)s."
            )
            % {"names": ", ".join(display_name(member) for member in strangers)},
            code="not_member",
        )


def invite(
    round: EvaluationRound,
    *,
    user,
    contacts: Iterable[Contact] = (),
    members: Iterable = (),
    valid_days: int = VALID_DAYS,
    at: datetime | None = None,
) -> Invitations:
    """Invite partner contacts, and the library's own staff on the team
    (``members``), to answer the round, each through a private link that
    expires after ``valid_days``. People already invited are skipped.

    Only contacts at the partnership's partner organisations, and only its
    project manager and active team members, can be invited. Those with an
    email address are sent their link; every link is also returned, to be
    shown once so that it can be passed on by other means.
    """
    contacts = list(dict.fromkeys(contacts))
    members = list(dict.fromkeys(members))
    if not contacts and not members:
        raise ValidationError({"contacts": NO_CONTACTS}, code="required")
    _check_valid_days(valid_days)
    now = at or timezone.now()
    with transaction.atomic():
        partnership = concurrency.lock_partnership(round.partnership_id, user)
        current = concurrency.lock(partnership.evaluation_rounds, round.pk)
        _refuse_if_completed(current)
        _refuse_outsiders(partnership, contacts, members)
        invited = set(current.invitations.values_list("contact_id", "member_id"))
        invited_contacts = {contact for contact, _member in invited}
        invited_members = {member for _contact, member in invited}
        new = [
            EvaluationInvitation(contact=contact)
            for contact in contacts
            if contact.pk not in invited_contacts
        ] + [
            EvaluationInvitation(member=member)
            for member in members
            if member.pk not in invited_members
        ]
        result = Invitations(
            skipped=[str(c) for c in contacts if c.pk in invited_contacts]
            + [display_name(m) for m in members if m.pk in invited_members]
        )
        for invitation in new:
            invitation.round = current
            invitation.partnership = partnership
            token = _new_link(invitation, now=now, valid_days=valid_days)
            reason = _("%(contact)s invited to answer “%(round)s”") % {
                "contact": invitation,
                "round": current.title,
            }
            save_with_reason(invitation, user, reason)
            result.append((invitation, token))
    result.emailed = {
        invitation.pk
        for invitation, token in result
        if email_link(invitation, token, user)
    }
    return result


def renew_invitation(
    invitation: EvaluationInvitation, *, user, valid_days: int = VALID_DAYS
) -> tuple[EvaluationInvitation, str, bool]:
    """Give an unanswered invitation a new link and a new expiry date; the old
    link stops working; a staff member's only while they are still on the
    team. Returns the invitation, the new plain token and whether it was
    emailed to the respondent."""
    _check_valid_days(valid_days)
    with transaction.atomic():
        partnership = concurrency.lock_partnership(invitation.partnership_id, user)
        round = concurrency.lock(partnership.evaluation_rounds, invitation.round_id)
        _refuse_if_completed(round)
        current = concurrency.lock(
            round.invitations.select_related("contact__organisation", "member"),
            invitation.pk,
        )
        if current.answered_at is not None:
            raise ValidationError(
                _("%(contact)s has already answered; the link cannot be renewed.")
                % {"contact": current},
                code="answered",
            )
        if current.is_library and not staff_to_invite(partnership).contains(
            current.member
        ):
            raise ValidationError(
                _(
                    "%(contact)s is no longer on the partnership's team with an "
                    "active account; the link cannot be renewed."
                )
                % {"contact": current},
                code="not_member",
            )
        token = _new_link(current, now=timezone.now(), valid_days=valid_days)
        reason = _("New link for %(contact)s; the old link no longer works") % {
            "contact": current
        }
        save_with_reason(current, user, reason)
    return current, token, email_link(current, token, user)


def _record_discussion(
    round, *, user, held_on, summary, decisions, completing, expected=None
) -> EvaluationRound:
    """Store the joint discussion of ``round``: completing an open round, or
    correcting a completed one that is still the version the user saw. It
    needs a date that is not in the future and a summary."""
    with transaction.atomic():
        partnership = concurrency.lock_partnership(round.partnership_id, user)
        current = concurrency.lock(partnership.evaluation_rounds, round.pk)
        if completing:
            _refuse_if_completed(current)
        elif not current.is_completed:
            raise ValidationError(
                _("Record the joint discussion first."), code="not_completed"
            )
        concurrency.check_version(current, expected)
        errors = {}
        if held_on is None:
            errors["held_on"] = _("Give the date of the joint discussion.")
        elif held_on > timezone.localdate():
            errors["held_on"] = _("The joint discussion cannot be dated in the future.")
        if not summary.strip():
            errors["summary"] = _(
                "Sum up what the parties said in the joint discussion."
            )
        if errors:
            raise ValidationError(errors)
        current.completed_on = held_on
        current.summary = summary.strip()
        current.decisions = decisions.strip()
        current.full_clean(exclude={"partnership", "questionnaire"})
        if completing:
            reason = _("Joint discussion recorded; the round is completed")
        else:
            reason = _("Joint discussion edited")
        save_with_reason(current, user, reason)
    return current


def complete_round(
    round: EvaluationRound,
    *,
    user,
    held_on: date | None,
    summary: str,
    decisions: str = "",
) -> EvaluationRound:
    """Record the joint discussion of the answers, which completes the round:
    no more invitations or answers. A completed round in the current agreement
    cycle is what the lifecycle asks for before a partnership concludes."""
    return _record_discussion(
        round,
        user=user,
        held_on=held_on,
        summary=summary,
        decisions=decisions,
        completing=True,
    )


def edit_discussion(
    round: EvaluationRound,
    *,
    user,
    held_on: date | None,
    summary: str,
    decisions: str = "",
    expected: str | None = None,
) -> EvaluationRound:
    """Correct the record of a completed round's joint discussion, unless the
    round changed since the form was opened (``expected``, its version)."""
    return _record_discussion(
        round,
        user=user,
        held_on=held_on,
        summary=summary,
        decisions=decisions,
        completing=False,
        expected=expected,
    )
