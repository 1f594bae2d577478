"""The evaluation tool: rounds in which every partner contact first answers in
writing through a private, expiring link, before the parties discuss the
answers together and record what they decided.

The services below are the tool's only writes. Results are read in
``evaluation_results``; the admin pages are in ``evaluation_views`` and the
partners' answer page in ``evaluation_partner``.
"""

import hashlib
import json
import logging
from collections.abc import Iterable, Mapping
from datetime import date, datetime, timedelta

from django.conf import settings
from django.core.exceptions import PermissionDenied, ValidationError
from django.core.mail import send_mail
from django.db import transaction
from django.urls import reverse
from django.utils import timezone, translation
from django.utils.formats import date_format
from django.utils.translation import gettext as _

from partnerships.history import save_with_reason, system_user
from partnerships.models import (
    Contact,
    EvaluationAnswer,
    EvaluationInvitation,
    EvaluationQuestion,
    EvaluationRound,
    Partnership,
    QuestionKind,
    Questionnaire,
)
from partnerships.models.communication import new_token, token_digest
from partnerships.models.evaluation import SCALE_MAX, SCALE_MIN
from partnerships.services import lock_for_editing

logger = logging.getLogger(__name__)

VALID_DAYS = 14
MAX_VALID_DAYS = 90


def _locked_round(round_pk, user) -> EvaluationRound:
    """The round row, locked, after checking the user may change it."""
    current = (
        EvaluationRound.objects.select_for_update(of=("self",))
        .select_related("partnership")
        .get(pk=round_pk)
    )
    if not current.partnership.can_edit(user):
        raise PermissionDenied
    return current


def _refuse_if_completed(current: EvaluationRound) -> None:
    if current.is_completed:
        raise ValidationError(
            _(
                "The round “%(title)s” was completed on %(date)s; its invitations "
                "can no longer change."
            )
            % {"title": current.title, "date": date_format(current.completed_on)},
            code="completed",
        )


def answer_field(question: EvaluationQuestion) -> str:
    """The name of a question's field in the partners' answer form."""
    return f"question_{question.pk}"


def answer_link(token: str) -> str:
    """The absolute private link a partner contact answers through."""
    path = reverse("partners:evaluation_answer", args=[token])
    return settings.WAGTAILADMIN_BASE_URL.rstrip("/") + path


def discussion_fingerprint(round: EvaluationRound) -> str:
    """A digest of the recorded joint discussion, to notice concurrent edits."""
    values = [str(round.completed_on), round.summary, round.decisions]
    return hashlib.sha256(json.dumps(values).encode()).hexdigest()


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
    title = title.strip()
    if not title:
        raise ValidationError({"title": _("Give the round a title.")}, code="required")
    with transaction.atomic():
        current = lock_for_editing(partnership.pk, user)
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
        round = EvaluationRound(
            partnership=current,
            cycle=current.cycle,
            title=title,
            questionnaire=questionnaire,
            introduction=introduction.strip() or questionnaire.introduction,
            created_at=at or timezone.now(),
        )
        save_with_reason(
            round, user, _("Evaluation round “%(title)s” started") % {"title": title}
        )
        _copy_questions(round, questions, user)
    return round


class Invitations(list):
    """New invitations as (invitation, plain token) pairs: the only time the
    tokens exist in plain text. ``skipped`` lists the contacts who were already
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


def invite(
    round: EvaluationRound,
    *,
    user,
    contacts: Iterable[Contact],
    valid_days: int = VALID_DAYS,
    at: datetime | None = None,
) -> Invitations:
    """Invite partner contacts to answer the round, each through a private link
    that expires after ``valid_days``. Contacts already invited are skipped.

    Only contacts at the partnership's partner organisations can be invited.
    Contacts with an email address are sent their link; every link is also
    returned, to be shown once so that it can be passed on by other means.
    """
    contacts = list(dict.fromkeys(contacts))
    if not contacts:
        raise ValidationError(
            {"contacts": _("Choose at least one contact to invite.")},
            code="required",
        )
    _check_valid_days(valid_days)
    now = at or timezone.now()
    with transaction.atomic():
        current = _locked_round(round.pk, user)
        _refuse_if_completed(current)
        partners = set(
            current.partnership.partner_roles.values_list("organisation_id", flat=True)
        )
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
        invited = set(current.invitations.values_list("contact_id", flat=True))
        result = Invitations(skipped=[c for c in contacts if c.pk in invited])
        for contact in contacts:
            if contact.pk in invited:
                continue
            invitation = EvaluationInvitation(
                round=current, partnership_id=current.partnership_id, contact=contact
            )
            token = _new_link(invitation, now=now, valid_days=valid_days)
            reason = _("%(contact)s invited to answer “%(round)s”") % {
                "contact": contact,
                "round": current.title,
            }
            save_with_reason(invitation, user, reason)
            result.append((invitation, token))
    result.emailed = {
        invitation.pk
        for invitation, token in result
        if _email_link(invitation, token, user)
    }
    return result


def renew_invitation(
    invitation: EvaluationInvitation, *, user, valid_days: int = VALID_DAYS
) -> tuple[EvaluationInvitation, str, bool]:
    """Give an unanswered invitation a new link and a new expiry date; the old
    link stops working. Returns the invitation, the new plain token and whether
    it was emailed to the contact."""
    _check_valid_days(valid_days)
    with transaction.atomic():
        current = (
            EvaluationInvitation.objects.select_for_update(of=("self",))
            .select_related("contact__organisation")
            .get(pk=invitation.pk)
        )
        round = _locked_round(current.round_id, user)
        _refuse_if_completed(round)
        if current.answered_at is not None:
            raise ValidationError(
                _("%(contact)s has already answered; the link cannot be renewed.")
                % {"contact": current.contact},
                code="answered",
            )
        token = _new_link(current, now=timezone.now(), valid_days=valid_days)
        current.round = round
        reason = _("New link for %(contact)s; the old link no longer works") % {
            "contact": current.contact
        }
        save_with_reason(current, user, reason)
    return current, token, _email_link(current, token, user)


def _email_link(invitation, token: str, user) -> bool:
    """Email the contact the link, in the site's language. False when the
    contact has no email address or the mail could not be sent."""
    contact = invitation.contact
    if not contact.email:
        return False
    inviter = user.get_full_name() or user.get_username()
    with translation.override(settings.LANGUAGE_CODE):
        values = {
            "name": contact.name,
            "inviter": inviter,
            "inviter_email": user.email or "",
            "partnership": invitation.round.partnership.title,
            "round": invitation.round.title,
            "link": answer_link(token),
            "expires": date_format(timezone.localtime(invitation.expires_at)),
        }
        subject = _("Evaluation of the partnership “%(partnership)s”") % values
        body = (
            _(
                "Dear %(name)s,\n\n"
                "%(inviter)s invites you to answer the evaluation “%(round)s” of "
                "the partnership “%(partnership)s”.\n\n"
                "Each partner answers on their own and in writing first. The "
                "answers are the starting point for the joint conversation "
                "afterwards.\n\n"
                "Answer here (the link is personal and works until %(expires)s):\n"
                "%(link)s\n\n"
                "Questions? Write to %(inviter)s, %(inviter_email)s.\n"
            )
            % values
        )
    try:
        send_mail(subject, body, None, [contact.email])
    except (OSError, ValueError):  # smtplib's errors are OSErrors
        logger.exception("Could not email evaluation invitation %s", invitation.pk)
        return False
    return True


def invitation_for(token: str, *, lock: bool = False, now=None) -> EvaluationInvitation:
    """The invitation a private link opens, if it can still be answered.

    Otherwise raises ValidationError whose code says why: ``unknown`` (no such
    link, saying nothing about whether it ever existed), ``answered``,
    ``closed`` (the round is completed or the partnership concluded) or
    ``expired`` (naming the project manager to contact).
    """
    invitations = EvaluationInvitation.objects.select_related(
        "round", "partnership__project_manager", "contact__organisation"
    )
    if lock:
        invitations = invitations.select_for_update(of=("self",))
    invitation = invitations.filter(token_digest=token_digest(token)).first()
    if invitation is None:
        raise ValidationError(
            _(
                "This link does not work. Check that you copied all of it, or ask "
                "the person who sent it to you for a new one."
            ),
            code="unknown",
        )
    if invitation.answered_at is not None:
        raise ValidationError(
            _("You have already answered. Thank you for your answers!"),
            code="answered",
        )
    if invitation.round.is_completed or not invitation.partnership.is_open:
        raise ValidationError(
            _("This evaluation is closed, so answers can no longer be given."),
            code="closed",
        )
    if invitation.expires_at <= (now or timezone.now()):
        manager = invitation.partnership.project_manager
        raise ValidationError(
            _(
                "The link expired on %(date)s. Contact %(manager)s (%(email)s) "
                "if you would like a new one."
            )
            % {
                "date": date_format(timezone.localtime(invitation.expires_at)),
                "manager": manager.get_full_name() or manager.get_username(),
                "email": manager.email,
            },
            code="expired",
        )
    return invitation


def _clean_answers(questions, answers: Mapping) -> dict[int, dict]:
    """{question pk: answer fields} for the answers given; errors per field."""
    known = {question.pk for question in questions}
    if set(answers) - known:
        raise ValidationError(
            _("The answers do not match the questions; reload the page."),
            code="mismatch",
        )
    cleaned, errors = {}, {}
    for question in questions:
        value = answers.get(question.pk)
        if question.kind == QuestionKind.SCALE:
            try:
                score = int(value)
            except (TypeError, ValueError):
                score = None
            if score is None or not SCALE_MIN <= score <= SCALE_MAX:
                errors[answer_field(question)] = _(
                    "Choose a number from %(min)s to %(max)s."
                ) % {"min": SCALE_MIN, "max": SCALE_MAX}
            else:
                cleaned[question.pk] = {"score": score, "text": ""}
        elif text := str(value or "").strip():
            cleaned[question.pk] = {"score": None, "text": text}
    if errors:
        raise ValidationError(errors, code="invalid")
    if not cleaned:
        raise ValidationError(
            _("Answer at least one question before you send your answers."),
            code="empty",
        )
    return cleaned


def submit_answers(
    token: str, *, answers: Mapping, at: datetime | None = None
) -> EvaluationInvitation:
    """Store a partner contact's answers, given through their private link.

    ``answers`` maps question pks to a score (scale questions, all required)
    or a text (written questions, may be blank). The answers are stored once:
    the invitation row is locked, and a second submission is refused and
    stores nothing. The partner has no user account, so history records the
    system user and names the contact in the reason.
    """
    now = at or timezone.now()
    with transaction.atomic():
        invitation = invitation_for(token, lock=True, now=now)
        questions = list(invitation.round.questions.all())
        cleaned = _clean_answers(questions, answers)
        contact = invitation.contact
        reason = _("Answer from %(contact)s via invitation link") % {"contact": contact}
        actor = system_user()
        for question in questions:
            if question.pk in cleaned:
                answer = EvaluationAnswer(
                    invitation=invitation,
                    question=question,
                    partnership_id=invitation.partnership_id,
                    **cleaned[question.pk],
                )
                save_with_reason(answer, actor, reason)
        invitation.answered_at = now
        save_with_reason(invitation, actor, reason)
    return invitation


def _clean_discussion(held_on: date | None, summary: str) -> None:
    errors = {}
    if held_on is None:
        errors["held_on"] = _("Give the date of the joint discussion.")
    elif held_on > timezone.localdate():
        errors["held_on"] = _("The joint discussion cannot be dated in the future.")
    if not summary.strip():
        errors["summary"] = _("Sum up what the parties said in the joint discussion.")
    if errors:
        raise ValidationError(errors, code="invalid")


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
    _clean_discussion(held_on, summary)
    with transaction.atomic():
        current = _locked_round(round.pk, user)
        _refuse_if_completed(current)
        current.completed_on = held_on
        current.summary = summary.strip()
        current.decisions = decisions.strip()
        save_with_reason(
            current, user, _("Joint discussion recorded; the round is completed")
        )
    return current


def edit_discussion(
    round: EvaluationRound,
    *,
    user,
    held_on: date | None,
    summary: str,
    decisions: str = "",
    expected: str,
) -> EvaluationRound:
    """Correct the record of a completed round's joint discussion, unless
    someone else changed it since the form was opened (``expected``)."""
    _clean_discussion(held_on, summary)
    with transaction.atomic():
        current = _locked_round(round.pk, user)
        if not current.is_completed:
            raise ValidationError(
                _("Record the joint discussion first."), code="not_completed"
            )
        if discussion_fingerprint(current) != expected:
            raise ValidationError(
                _(
                    "Someone else changed the joint discussion while you were "
                    "working on it. Your changes were not saved; reload the page "
                    "to see the newest version."
                ),
                code="conflict",
            )
        current.completed_on = held_on
        current.summary = summary.strip()
        current.decisions = decisions.strip()
        save_with_reason(current, user, _("Joint discussion edited"))
    return current


# The views use the services above, so they are imported last.
from partnerships.tools import evaluation_partner, evaluation_views  # noqa: E402

urlpatterns = evaluation_views.urlpatterns
public_urlpatterns = evaluation_partner.urlpatterns
