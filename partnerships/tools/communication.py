"""The communication plan tool: who tells whom what, when and through which
channel, and private calendar links to the plan.

The services below are the tool's only writes. The pages and forms are in
``communication_views`` and ``communication_forms``; the calendar (.ics) in
``calendar``.
"""

from django.core.exceptions import PermissionDenied, ValidationError
from django.db import transaction
from django.utils import timezone
from django.utils.translation import gettext as _

from partnerships.history import delete_with_reason, save_with_reason
from partnerships.models import (
    ActivityStatus,
    Audience,
    CalendarFeed,
    CommunicationActivity,
    Partnership,
)
from partnerships.models.communication import new_token
from partnerships.services import lock_for_editing
from partnerships.views import fingerprint

# The fields a team member fills in for an activity, in form order.
ACTIVITY_FIELDS = [
    "title",
    "audience",
    "planned_on",
    "message",
    "channel",
    "sender",
    "responsible",
    "status",
]


def responsible_choices(partnership: Partnership):
    """Who may be responsible for an activity: the partnership's project
    manager and team members with an active account."""
    return partnership.members().filter(is_active=True)


def activity_fingerprint(activity: CommunicationActivity) -> str:
    """What an edit or delete form was opened on, to refuse stale changes."""
    return fingerprint(activity)


def _locked_activity(activity: CommunicationActivity, user) -> CommunicationActivity:
    current = (
        CommunicationActivity.objects.select_for_update().filter(pk=activity.pk).first()
    )
    if current is None:
        raise ValidationError(
            _("Someone else removed this activity meanwhile."), code="gone"
        )
    if not current.partnership.can_edit(user):
        raise PermissionDenied
    return current


def _check_fresh(expected: str | None, current: CommunicationActivity) -> None:
    if expected is not None and expected != activity_fingerprint(current):
        raise ValidationError(
            _(
                "Someone else changed this activity while you were working on it. "
                "Your changes were not saved; reload the page to see the newest "
                "version."
            ),
            code="conflict",
        )


def _cleaned(partnership: Partnership, values: dict) -> dict:
    """The activity's values, tidied, or a ValidationError naming each field
    that is wrong. A date in the past is allowed: the plan flags it."""
    errors = {}
    title = " ".join((values.get("title") or "").split())
    if not title:
        errors["title"] = _("Say what the activity is.")
    elif len(title) > 255:
        errors["title"] = _("Keep the activity under 255 characters.")
    if values.get("audience") not in Audience.values:
        errors["audience"] = _("Choose who the activity is for.")
    status = values.get("status") or ActivityStatus.PLANNED
    if status not in ActivityStatus.values:
        errors["status"] = _("Choose a status from the list.")
    responsible = values.get("responsible")
    if responsible is not None and not (
        responsible_choices(partnership).filter(pk=responsible.pk).exists()
    ):
        errors["responsible"] = _(
            "The person responsible must be the project manager or on the team, "
            "with an active account."
        )
    texts = {}
    for name in ("channel", "sender"):
        texts[name] = " ".join((values.get(name) or "").split())
        if len(texts[name]) > 255:
            errors[name] = _("Keep this under 255 characters.")
    if errors:
        raise ValidationError(errors, code="invalid")
    return {
        "title": title,
        "audience": values["audience"],
        "planned_on": values.get("planned_on"),
        "message": (values.get("message") or "").replace("\r\n", "\n").strip(),
        "responsible": responsible,
        "status": status,
        **texts,
    }


def add_activity(partnership: Partnership, *, user, **values) -> CommunicationActivity:
    """Add an activity to the partnership's communication plan. ``values`` are
    the fields in ``ACTIVITY_FIELDS``; a title and an audience are required."""
    with transaction.atomic():
        current = lock_for_editing(partnership.pk, user)
        activity = CommunicationActivity(
            partnership=current, **_cleaned(current, values)
        )
        save_with_reason(activity, user, _("Activity added to the communication plan"))
    return activity


def update_activity(
    activity: CommunicationActivity, *, user, expected: str | None = None, **values
) -> CommunicationActivity:
    """Save an edited activity, unless someone changed it since the form was
    opened (``expected`` is the fingerprint the form was opened with)."""
    with transaction.atomic():
        current = _locked_activity(activity, user)
        _check_fresh(expected, current)
        for name, value in _cleaned(current.partnership, values).items():
            setattr(current, name, value)
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
    someone else changed its status since the user saw it."""
    if status not in ActivityStatus.values:
        raise ValidationError(_("Choose a status from the list."), code="invalid")
    with transaction.atomic():
        current = _locked_activity(activity, user)
        if expected_status is not None and current.status != expected_status:
            raise ValidationError(
                _(
                    "Someone else changed the status of “%(title)s” to “%(status)s” "
                    "meanwhile. Nothing was changed."
                )
                % {"title": current.title, "status": current.get_status_display()},
                code="conflict",
            )
        if current.status != status:
            old = current.get_status_display()
            current.status = status
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
        current = _locked_activity(activity, user)
        _check_fresh(expected, current)
        delete_with_reason(
            current, user, _("Activity removed from the communication plan")
        )


def create_calendar_feed(
    partnership: Partnership, *, user, label: str = ""
) -> tuple[CalendarFeed, str]:
    """Make a private link to the plan as a calendar that others can
    subscribe to. Returns the feed and its token, which is shown once and
    never stored: only its digest is."""
    label = " ".join(label.split())
    if len(label) > 255:
        raise ValidationError(
            {"label": _("Keep the description under 255 characters.")},
            code="too_long",
        )
    with transaction.atomic():
        current = lock_for_editing(partnership.pk, user)
        token, digest = new_token()
        feed = CalendarFeed(
            partnership=current, label=label, token_digest=digest, created_by=user
        )
        save_with_reason(feed, user, _("Private calendar link created"))
    return feed, token


def revoke_calendar_feed(feed: CalendarFeed, *, user) -> CalendarFeed:
    """Stop a private calendar link from working; it stays listed as revoked.
    Members may revoke links even after the partnership is concluded, so a
    link can always be shut. Revoking twice changes nothing."""
    with transaction.atomic():
        current = CalendarFeed.objects.select_for_update().get(pk=feed.pk)
        if not current.partnership.can_change_stage(user):
            raise PermissionDenied
        if current.revoked_at is None:
            current.revoked_at = timezone.now()
            save_with_reason(current, user, _("Private calendar link revoked"))
    return current


# The views use the services above, so they are imported last.
from partnerships.tools import communication_views  # noqa: E402

urlpatterns = communication_views.urlpatterns
public_urlpatterns = communication_views.public_urlpatterns
