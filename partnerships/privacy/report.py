"""What the privacy area hands a person who asks what is held about them
(GDPR Art. 15) or for their data to take elsewhere (Art. 20): one structure,
written out as JSON or shown as a printable page."""

import json
from collections import defaultdict

from django.contrib.auth import get_user_model
from django.core.serializers.json import DjangoJSONEncoder
from django.utils import timezone

from partnerships.models import Contact, EvaluationAnswer, EvaluationInvitation
from partnerships.privacy import finder
from partnerships.privacy.subjects import CONTACT, Subject


def report(subject: Subject) -> dict:
    mentions = finder.mentions(subject)
    links = finder.links(subject)
    data = {
        "format": "byg-partnerskaber personal data 1",
        "generated_at": timezone.now(),
        "person": {
            "kind": subject.kind,
            "id": subject.pk,
            "name": subject.label,
            "identifying_values": subject.identifiers,
            "still_registered": subject.exists,
        },
        "record": _record(subject),
        "mentions": [
            {
                "where": str(finder.PLACES[finding.place]),
                "table": finding.label.split("#")[0],
                "id": finding.pk,
                "fields": list(finding.fields),
                "excerpt": finding.excerpt,
            }
            for finding in mentions
        ],
        "linked_records": _grouped(links),
    }
    if subject.kind == CONTACT:
        data["history"] = _contact_history(subject.pk)
        data["evaluations"] = _evaluations(contact_id=subject.pk)
    else:
        # Library staff answer evaluations too, through the same links.
        data["evaluations"] = _evaluations(member_id=subject.pk)
        data["sign_ins"] = _sign_ins(subject)
    return data


def as_json(data: dict) -> str:
    return json.dumps(data, cls=DjangoJSONEncoder, indent=2, ensure_ascii=False)


def _record(subject) -> dict:
    if subject.kind == CONTACT:
        contact = Contact.objects.select_related("organisation").filter(pk=subject.pk)
        contact = contact.first()
        if contact is None:
            return {}
        return {
            "name": contact.name,
            "role": contact.role,
            "organisation": str(contact.organisation or ""),
            "email": contact.email,
            "phone": contact.phone,
        }
    user = get_user_model().objects.prefetch_related("groups").get(pk=subject.pk)
    return {
        "username": user.username,
        "first_name": user.first_name,
        "last_name": user.last_name,
        "email": user.email,
        "active": user.is_active,
        "joined": user.date_joined,
        "last_sign_in": user.last_login,
        "roles": sorted(group.name for group in user.groups.all()),
    }


def _contact_history(pk) -> list:
    rows = (
        Contact.history.filter(id=pk)
        .order_by("history_id")
        .select_related("history_user")
    )
    return [
        {
            "entry": row.history_id,
            "when": row.history_date,
            "action": row.get_history_type_display(),
            "by": str(row.history_user or ""),
            "reason": row.history_change_reason or "",
            "name": row.name,
            "role": row.role,
            "email": row.email,
            "phone": row.phone,
        }
        for row in rows
    ]


def _evaluations(**respondent) -> list:
    """The evaluations a contact (``contact_id``) or staff user
    (``member_id``) was invited to, with their answers."""
    invitations = (
        EvaluationInvitation.objects.filter(**respondent)
        .select_related("round", "round__partnership")
        .order_by("sent_at")
    )
    on_invitation = {f"invitation__{key}": value for key, value in respondent.items()}
    answers = defaultdict(list)
    for answer in (
        EvaluationAnswer.objects.filter(**on_invitation)
        .select_related("question")
        .order_by("question__sort_order", "pk")
    ):
        answers[answer.invitation_id].append(
            {
                "question": answer.question.text,
                "score": answer.score,
                "answer": answer.text,
            }
        )
    return [
        {
            "round": invitation.round.title,
            "partnership": str(invitation.round.partnership),
            "invited": invitation.sent_at,
            "answered": invitation.answered_at,
            "answers": answers[invitation.pk],
        }
        for invitation in invitations
    ]


def _sign_ins(subject) -> list:
    from axes.models import AccessFailureLog, AccessLog

    names = subject.account_names
    rows = [
        {
            "when": log.attempt_time,
            "address": log.ip_address,
            "browser": log.user_agent,
            "signed_out": log.logout_time,
            "succeeded": True,
        }
        for log in AccessLog.objects.filter(username__in=names)
    ] + [
        {
            "when": log.attempt_time,
            "address": log.ip_address,
            "browser": log.user_agent,
            "signed_out": None,
            "succeeded": False,
        }
        for log in AccessFailureLog.objects.filter(username__in=names)
    ]
    return sorted(rows, key=lambda row: row["when"])


def _grouped(links) -> list:
    groups = defaultdict(list)
    for finding in links:
        groups[(finding.place, finding.label.split("#")[0], finding.fields[0])].append(
            finding.pk
        )
    return [
        {
            "where": str(finder.PLACES[place]),
            "table": table,
            "field": field,
            "count": len(ids),
            "ids": ids,
        }
        for (place, table, field), ids in groups.items()
    ]
