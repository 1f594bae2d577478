"""The communication plan's writes: activities, their status, private calendar links."""

from django.core.exceptions import ValidationError
from django.db import transaction
from django.utils import timezone
from django.utils.translation import gettext as _

from partnerships.concurrency import conflict, lock, lock_partnership
from partnerships.history import delete_with_reason, save_with_reason
from partnerships.models import (
    ActivityStatus,
    CalendarFeed,
    CommunicationActivity,
    Partnership,
)
from partnerships.models.communication import new_token


def responsible_choices(partnership: Partnership):
    """Who may be responsible for an activity: the partnership's project
    manager and team members with an active account."""
    return partnership.members().filter(is_active=True)


def _one_line(text: str | None) -> str:
    return " ".join((text or "").split())


def _tidied(
    *,
    title: str = "",
    audience: str = "",
    planned_on=None,
    message: str = "",
    channel: str = "",
    sender: str = "",
    responsible=None,
    status: str = ActivityStatus.PLANNED,
) -> dict:
    """An activity's values with their whitespace tidied. A date in the past
    is allowed: the plan flags it as overdue."""
    return {
        "title": _one_line(title),
        "audience": audience,
        "planned_on": planned_on,
        "message": (message or "").replace("\r\n", "\n").strip(),
        "channel": _one_line(channel),
        "sender": _one_line(sender),
        "responsible": responsible,
        "status": status,
    }


def _validate(activity: CommunicationActivity, partnership: Partnership) -> None:
    """The model's field rules, then that the person responsible belongs to
    the partnership."""
    activity.full_clean(exclude={"partnership"})
    responsible = activity.responsible
    if responsible and not responsible_choices(partnership).contains(responsible):
        raise ValidationError(
            {
                "responsible": ValidationError(
                    _(
                        "The person responsible must be the project manager or on "
                        "the team, with an active account."
                    ),
                    code="not_member",
                )
            }
        )


def add_activity(partnership: Partnership, *, user, **values) -> CommunicationActivity:
    """Add an activity to the partnership's communication plan. ``values`` are
    the activity's fields; a title and an audience are required."""
    with transaction.atomic():
        current = lock_partnership(partnership.pk, user)
        activity = CommunicationActivity(partnership=current, **_tidied(**values))
        _validate(activity, current)
        save_with_reason(activity, user, _("Activity added to the communication plan"))
    return activity


def update_activity(
    activity: CommunicationActivity, *, user, expected: str | None = None, **values
) -> CommunicationActivity:
    """Save an edited activity, unless someone changed it since the form was
    opened (``expected`` is the version the form was opened on)."""
    with transaction.atomic():
        partnership = lock_partnership(activity.partnership_id, user)
        current = lock(
            partnership.communication_activities, activity.pk, expected=expected
        )
        for name, value in _tidied(**values).items():
            setattr(current, name, value)
        _validate(current, partnership)
        save_with_reason(current, user, _("Activity edited in the communication plan"))
    return current


def set_activity_status(
    activity: CommunicationActivity,
    *,
    user,
    status: str,
    expected_status: str | None = None,
) -> CommunicationActivity:
    """Mark an activity planned, in progress, done or cancelled. Refused when
    its status is no longer ``expected_status``, the one the user saw."""
    with transaction.atomic():
        partnership = lock_partnership(activity.partnership_id, user)
        current = lock(partnership.communication_activities, activity.pk)
        if expected_status is not None and current.status != expected_status:
            raise conflict()
        if current.status != status:
            old = current.get_status_display()
            current.status = status
            current.full_clean(exclude={"partnership"})
            save_with_reason(
                current,
                user,
                _("Status changed from “%(old)s” to “%(new)s”")
                % {"old": old, "new": current.get_status_display()},
            )
    return current


def delete_activity(
    activity: CommunicationActivity, *, user, expected: str | None = None
) -> None:
    """Remove an activity from the plan; the history keeps what it said.
    Cancelling keeps it visible in the plan instead."""
    with transaction.atomic():
        partnership = lock_partnership(activity.partnership_id, user)
        current = lock(
            partnership.communication_activities, activity.pk, expected=expected
        )
        delete_with_reason(
            current, user, _("Activity removed from the communication plan")
        )


def create_calendar_feed(
    partnership: Partnership, *, user, label: str = ""
) -> tuple[CalendarFeed, str]:
    """Make a private link to the plan as a calendar that others can
    subscribe to. Returns the feed and its token, which is shown once and
    never stored: only its digest is."""
    with transaction.atomic():
        current = lock_partnership(partnership.pk, user)
        token, digest = new_token()
        feed = CalendarFeed(
            partnership=current,
            label=_one_line(label),
            token_digest=digest,
            created_by=user,
        )
        feed.full_clean(exclude={"partnership", "created_by"})
        save_with_reason(feed, user, _("Private calendar link created"))
    return feed, token


def revoke_calendar_feed(feed: CalendarFeed, *, user) -> CalendarFeed:
    """Stop a private calendar link from working; it stays listed as revoked.
    Members may revoke links even after the partnership is concluded, so a
    link can always be shut. Revoking twice changes nothing."""
    with transaction.atomic():
        partnership = lock_partnership(feed.partnership_id, user, edit=False)
        current = lock(partnership.calendar_feeds, feed.pk)
        if current.revoked_at is None:
            current.revoked_at = timezone.now()
            save_with_reason(current, user, _("Private calendar link revoked"))
    return current
