"""Answers through the private links (partner contacts' and library
staff's): which invitation a link opens, whether it can still be answered,
and storing the answers once."""

from collections.abc import Mapping
from datetime import datetime

from django.core.exceptions import ValidationError
from django.db import transaction
from django.utils import timezone
from django.utils.formats import date_format
from django.utils.translation import gettext as _

from partnerships import concurrency
from partnerships.history import save_with_reason, system_user
from partnerships.models import (
    EvaluationAnswer,
    EvaluationInvitation,
    EvaluationQuestion,
    Partnership,
    QuestionKind,
)
from partnerships.models.communication import token_digest
from partnerships.models.evaluation import SCALE_MAX, SCALE_MIN
from partnerships.tools.common import display_name


def answer_field(question: EvaluationQuestion) -> str:
    """The name of a question's field in the partners' answer form."""
    return f"question_{question.pk}"


def scale_error() -> str:
    """What a partner is told when a scale question has no valid score."""
    return _("Choose a number from %(min)s to %(max)s.") % {
        "min": SCALE_MIN,
        "max": SCALE_MAX,
    }


def by_link(token: str):
    """The invitation a private link opens, whatever its state, as a queryset
    of at most one."""
    return EvaluationInvitation.objects.select_related(
        "round", "partnership__project_manager", "contact__organisation", "member"
    ).filter(token_digest=token_digest(token))


def invitation_for(token: str, *, lock: bool = False, now=None) -> EvaluationInvitation:
    """The invitation a private link opens, if it can still be answered; with
    ``lock``, its row is locked until the transaction ends.

    Otherwise raises ValidationError whose code says why: ``unknown`` (no such
    link, saying nothing about whether it ever existed), ``answered``,
    ``closed`` (the round is completed, the partnership concluded or the staff
    member's account closed) or
    ``expired`` (naming the project manager to contact).
    """
    invitations = by_link(token)
    invitation = invitations.first()
    if invitation is not None and lock:
        try:
            invitation = concurrency.lock(invitations, invitation.pk)
        except ValidationError:  # given a new link meanwhile
            invitation = None
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
    if (
        invitation.round.is_completed
        or not invitation.partnership.is_open
        or (invitation.is_library and not invitation.member.is_active)
    ):
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
                "manager": display_name(manager),
                "email": manager.email,
            },
            code="expired",
        )
    return invitation


def _answers(invitation, questions, given: Mapping) -> list[EvaluationAnswer]:
    """The answers given, checked by the model; errors by answer form field.
    Every scale question needs a score; blank written answers are left out."""
    if set(given) - {question.pk for question in questions}:
        raise ValidationError(
            _("The answers do not match the questions; reload the page."),
            code="mismatch",
        )
    answers, errors = [], {}
    for question in questions:
        value = given.get(question.pk)
        answer = EvaluationAnswer(
            invitation=invitation,
            question=question,
            partnership_id=invitation.partnership_id,
        )
        if question.kind == QuestionKind.SCALE:
            if value in (None, ""):
                errors[answer_field(question)] = [scale_error()]
                continue
            answer.score = value
        else:
            answer.text = str(value or "").strip()
            if not answer.text:
                continue
        try:
            answer.full_clean(
                exclude={"invitation", "question", "partnership"},
                validate_unique=False,  # the invitation is locked and unanswered
                validate_constraints=False,
            )
        except ValidationError as error:
            errors[answer_field(question)] = error.messages
        else:
            answers.append(answer)
    if errors:
        raise ValidationError(errors)
    if not answers:
        raise ValidationError(
            _("Answer at least one question before you send your answers."),
            code="empty",
        )
    return answers


def submit_answers(
    token: str, *, answers: Mapping, at: datetime | None = None
) -> EvaluationInvitation:
    """Store a partner contact's or staff member's answers, given through
    their private link.

    ``answers`` maps question pks to a score (scale questions, all required)
    or a text (written questions, may be blank). The answers are stored once:
    the invitation row is locked, and a second submission is refused and
    stores nothing; so is the partnership's, so that answers are never stored
    in a round being completed or a partnership being concluded. The link,
    not a sign-in, identifies who answers (a partner has no account), so
    history records the system user and names the respondent in the reason.
    """
    now = at or timezone.now()
    with transaction.atomic():
        # The partnership's row first, as completing the round and concluding
        # the partnership lock it: neither can slip in between the checks
        # below and the answers being stored.
        partnership = by_link(token).values("partnership_id")
        locked = Partnership.objects.select_for_update().filter(pk__in=partnership)
        list(locked.values_list("pk", flat=True))
        invitation = invitation_for(token, lock=True, now=now)
        checked = _answers(invitation, list(invitation.round.questions.all()), answers)
        reason = _("Answer from %(contact)s via invitation link") % {
            "contact": invitation
        }
        actor = system_user()
        for answer in checked:
            save_with_reason(answer, actor, reason)
        invitation.answered_at = now
        save_with_reason(invitation, actor, reason)
    return invitation
