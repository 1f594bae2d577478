"""The communication plan's pages: the plan in two tables, the forms that add,
edit, re-status and remove activities, and the private calendar links.

Imported by ``communication`` for its ``urlpatterns``; import that module,
not this one. Every write goes through a service in ``communication``.
"""

from django.contrib import messages
from django.contrib.auth import get_user_model
from django.core.exceptions import PermissionDenied, ValidationError
from django.db.models import Q
from django.shortcuts import get_object_or_404, redirect
from django.urls import path, reverse
from django.utils import timezone
from django.utils.translation import gettext as _
from django.views.decorators.http import require_POST

from partnerships.models import ActivityStatus, CalendarFeed, CommunicationActivity
from partnerships.tools import communication as services
from partnerships.tools.calendar import calendar_download, calendar_feed
from partnerships.tools.common import bound as _bound
from partnerships.tools.common import partnership_for, render_tool
from partnerships.tools.communication_forms import (
    ActivityForm,
    DeleteForm,
    EditActivityForm,
    FeedForm,
    StatusForm,
)

TOOL = "communication_plan"


def _plan_url(partnership) -> str:
    return reverse("partnerships:communication_plan", args=[partnership.pk])


def _template(name: str) -> str:
    return f"partnerships/tools/{name}"


def _sorted(activities) -> list:
    """Dated activities by date, then undated ones; cancelled ones last."""
    return sorted(
        activities,
        key=lambda a: (
            a.status == ActivityStatus.CANCELLED,
            a.planned_on is None,
            a.planned_on or timezone.localdate(),
            a.pk,
        ),
    )


def _plan_page(request, partnership, *, errors=(), feed_form=None):
    activities = list(
        partnership.communication_activities.select_related("responsible")
    )
    feeds = list(partnership.calendar_feeds.select_related("created_by"))
    context = {
        "tables": [
            {
                "id": "internal",
                "heading": _("Internal communication"),
                "intro": _("To the library's own staff and the partners' staff."),
                "activities": _sorted(a for a in activities if a.is_internal),
            },
            {
                "id": "external",
                "heading": _("External communication"),
                "intro": _("To the public and the press."),
                "activities": _sorted(a for a in activities if not a.is_internal),
            },
        ],
        "overdue_count": sum(a.is_overdue for a in activities),
        "statuses": ActivityStatus.choices,
        "feeds": feeds,
        "active_feed_count": sum(f.revoked_at is None for f in feeds),
        "can_revoke": partnership.can_change_stage(request.user),
        "feed_form": feed_form or FeedForm(),
        "errors": errors,
    }
    return render_tool(
        request, partnership, TOOL, _template("communication.html"), context
    )


def plan(request, pk):
    return _plan_page(request, partnership_for(request, pk))


def _activity(partnership, activity_pk) -> CommunicationActivity:
    return get_object_or_404(
        CommunicationActivity, pk=activity_pk, partnership=partnership
    )


def _save_form(request, partnership, form, save, success, context):
    """A valid POST goes to the service ``save`` and back to the plan; a
    refusal is shown on the form, with nothing saved."""
    if request.method == "POST" and form.is_valid():
        values = dict(form.cleaned_data)
        try:
            activity = save(user=request.user, **values)
        except ValidationError as error:
            form.add_error(None, error)
        else:
            messages.success(request, success)
            if activity is not None and activity.is_overdue:
                messages.warning(
                    request,
                    _(
                        "The date of “%(title)s” has passed, so the plan shows it as "
                        "overdue until it is marked done or cancelled."
                    )
                    % {"title": activity.title},
                )
            return redirect(_plan_url(partnership))
    return render_tool(
        request,
        partnership,
        TOOL,
        _template(context.pop("template", "communication_form.html")),
        {**context, "form": form},
    )


def activity_add(request, pk):
    partnership = partnership_for(request, pk, edit=True)
    form = ActivityForm(
        **_bound(request),
        responsible_choices=services.responsible_choices(partnership),
    )

    def save(*, user, **values):
        return services.add_activity(partnership, user=user, **values)

    return _save_form(
        request,
        partnership,
        form,
        save,
        _("The activity was added to the plan."),
        {"title": _("Add an activity")},
    )


def activity_edit(request, pk, activity_pk):
    partnership = partnership_for(request, pk, edit=True)
    activity = _activity(partnership, activity_pk)
    initial = {name: getattr(activity, name) for name in services.ACTIVITY_FIELDS}
    initial["expected"] = services.activity_fingerprint(activity)
    # The current person stays selectable after leaving the team, so saving
    # says they can no longer be responsible instead of silently clearing it.
    allowed = services.responsible_choices(partnership).values("pk")
    choices = (
        get_user_model()
        .objects.filter(Q(pk__in=allowed) | Q(pk=activity.responsible_id))
        .order_by("first_name", "last_name", "username")
    )
    form = EditActivityForm(
        **_bound(request), initial=initial, responsible_choices=choices
    )

    def save(*, user, **values):
        return services.update_activity(activity, user=user, **values)

    return _save_form(
        request,
        partnership,
        form,
        save,
        _("The activity was saved."),
        {"title": _("Edit an activity"), "activity": activity},
    )


def activity_delete(request, pk, activity_pk):
    partnership = partnership_for(request, pk, edit=True)
    activity = _activity(partnership, activity_pk)
    form = DeleteForm(
        **_bound(request),
        initial={"expected": services.activity_fingerprint(activity)},
    )

    def save(*, user, expected):
        services.delete_activity(activity, user=user, expected=expected)

    return _save_form(
        request,
        partnership,
        form,
        save,
        _("The activity was removed from the plan."),
        {"activity": activity, "template": "communication_delete.html"},
    )


@require_POST
def activity_status(request, pk, activity_pk):
    partnership = partnership_for(request, pk, edit=True)
    activity = _activity(partnership, activity_pk)
    form = StatusForm(request.POST)
    try:
        if not form.is_valid():
            raise ValidationError(_("Choose a status from the list."))
        activity = services.set_activity_status(
            activity,
            user=request.user,
            status=form.cleaned_data["status"],
            expected_status=form.cleaned_data["expected_status"] or None,
        )
    except ValidationError as error:
        return _plan_page(request, partnership, errors=error.messages)
    messages.success(
        request,
        _("“%(title)s” is now “%(status)s”.")
        % {"title": activity.title, "status": activity.get_status_display()},
    )
    return redirect(f"{_plan_url(partnership)}#activity-{activity.pk}")


@require_POST
def feed_create(request, pk):
    partnership = partnership_for(request, pk, edit=True)
    form = FeedForm(request.POST)
    if not form.is_valid():
        return _plan_page(request, partnership, feed_form=form)
    try:
        feed, token = services.create_calendar_feed(
            partnership, user=request.user, label=form.cleaned_data["label"]
        )
    except ValidationError as error:
        form.add_error(None, error)
        return _plan_page(request, partnership, feed_form=form)
    url = request.build_absolute_uri(reverse("partners:calendar_feed", args=[token]))
    response = render_tool(
        request,
        partnership,
        TOOL,
        _template("communication_feed_created.html"),
        {"feed": feed, "feed_url": url, "webcal_url": "webcal:" + url.split(":", 1)[1]},
    )
    # The link is shown this once: keep it out of every cache.
    response["Cache-Control"] = "no-store"
    return response


def feed_revoke(request, pk, feed_pk):
    partnership = partnership_for(request, pk)
    if not partnership.can_change_stage(request.user):
        raise PermissionDenied
    feed = get_object_or_404(CalendarFeed, pk=feed_pk, partnership=partnership)
    if request.method == "POST":
        services.revoke_calendar_feed(feed, user=request.user)
        messages.success(request, _("The link was revoked and no longer works."))
        return redirect(f"{_plan_url(partnership)}#calendar-subscription")
    return render_tool(
        request,
        partnership,
        TOOL,
        _template("communication_feed_revoke.html"),
        {"feed": feed},
    )


PLAN = "<int:pk>/communication/"
ONE = f"{PLAN}<int:activity_pk>/"
FEED = f"{PLAN}subscriptions/"
urlpatterns = [
    path(PLAN, plan, name="communication_plan"),
    path(f"{PLAN}add/", activity_add, name="communication_add"),
    path(f"{ONE}edit/", activity_edit, name="communication_edit"),
    path(f"{ONE}delete/", activity_delete, name="communication_delete"),
    path(f"{ONE}status/", activity_status, name="communication_status"),
    path(f"{PLAN}calendar.ics", calendar_download, name="communication_calendar"),
    path(FEED, feed_create, name="communication_feed_create"),
    path(f"{FEED}<int:feed_pk>/revoke/", feed_revoke, name="communication_feed_revoke"),
]
public_urlpatterns = [
    path("calendar/<str:token>.ics", calendar_feed, name="calendar_feed"),
]
