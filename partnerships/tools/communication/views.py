"""The communication plan's pages: the plan, and the forms that change activities."""

from functools import partial

from django.contrib import messages
from django.core.exceptions import ValidationError
from django.shortcuts import get_object_or_404, redirect
from django.urls import reverse
from django.utils import timezone
from django.utils.translation import gettext as _
from django.views.decorators.http import require_POST

from partnerships import permissions
from partnerships.concurrency import version_of
from partnerships.models import ActivityStatus, CommunicationActivity
from partnerships.tools.common import bound, form_page, partnership_for, render_tool
from partnerships.tools.communication import services
from partnerships.tools.communication.forms import (
    ActivityForm,
    EditActivityForm,
    FeedForm,
    StatusForm,
)
from partnerships.tools.forms import DeleteForm

TOOL = "communication_plan"


def plan_url(partnership) -> str:
    return reverse("partnerships:communication_plan", args=[partnership.pk])


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


def plan_page(request, partnership, *, errors=(), feed_form=None):
    """The plan, with ``errors`` of a refused status change or the feed form
    of a refused private link."""
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
        "can_revoke": permissions.can_move(partnership, request.user),
        "feed_form": feed_form or FeedForm(),
        "errors": errors,
    }
    return render_tool(
        request, partnership, TOOL, "partnerships/tools/communication.html", context
    )


def plan(request, pk):
    return plan_page(request, partnership_for(request, pk))


def _activity(partnership, activity_pk) -> CommunicationActivity:
    return get_object_or_404(
        CommunicationActivity, pk=activity_pk, partnership=partnership
    )


def _saved(request, message):
    """The success message of a saved activity; a date that has passed gets a
    warning as well."""

    def success(activity):
        if activity.is_overdue:
            messages.warning(
                request,
                _(
                    "The date of “%(title)s” has passed, so the plan shows it as "
                    "overdue until it is marked done or cancelled."
                )
                % {"title": activity.title},
            )
        return message

    return success


def activity_add(request, pk):
    partnership = partnership_for(request, pk, edit=True)
    form = ActivityForm(
        **bound(request),
        responsible_choices=services.responsible_choices(partnership),
    )
    return form_page(
        request,
        partnership,
        TOOL,
        form,
        "communication_form.html",
        {"title": _("Add an activity")},
        save=partial(services.add_activity, partnership),
        success=_saved(request, _("The activity was added to the plan.")),
    )


def activity_edit(request, pk, activity_pk):
    partnership = partnership_for(request, pk, edit=True)
    activity = _activity(partnership, activity_pk)
    form = EditActivityForm(
        **bound(request),
        instance=activity,
        initial={"expected": version_of(activity)},
        responsible_choices=services.responsible_choices(partnership),
    )
    return form_page(
        request,
        partnership,
        TOOL,
        form,
        "communication_form.html",
        {"title": _("Edit an activity"), "activity": activity},
        save=partial(services.update_activity, activity),
        success=_saved(request, _("The activity was saved.")),
    )


def activity_delete(request, pk, activity_pk):
    partnership = partnership_for(request, pk, edit=True)
    activity = _activity(partnership, activity_pk)
    form = DeleteForm(**bound(request), initial={"expected": version_of(activity)})
    return form_page(
        request,
        partnership,
        TOOL,
        form,
        "communication_delete.html",
        {"activity": activity},
        save=partial(services.delete_activity, activity),
        success=_("The activity was removed from the plan."),
    )


@require_POST
def activity_status(request, pk, activity_pk):
    partnership = partnership_for(request, pk, edit=True)
    activity = _activity(partnership, activity_pk)
    form = StatusForm(request.POST)
    if not form.is_valid():
        errors = [error for field in form.errors.values() for error in field]
        return plan_page(request, partnership, errors=errors)
    try:
        activity = services.set_activity_status(
            activity, user=request.user, **form.cleaned_data
        )
    except ValidationError as error:
        return plan_page(request, partnership, errors=error.messages)
    messages.success(
        request,
        _("“%(title)s” is now “%(status)s”.")
        % {"title": activity.title, "status": activity.get_status_display()},
    )
    return redirect(f"{plan_url(partnership)}#activity-{activity.pk}")
