"""The meetings tool's pages: the meetings, one meeting with its action items."""

from functools import partial

from django.contrib import messages
from django.core.exceptions import ValidationError
from django.db.models import Count, Q
from django.shortcuts import get_object_or_404, redirect
from django.urls import reverse
from django.utils.translation import gettext as _
from django.views.decorators.http import require_POST

from partnerships import permissions
from partnerships.concurrency import version_of
from partnerships.models import Meeting, Task
from partnerships.models.partnership import overdue_task
from partnerships.tools.common import bound, form_page, partnership_for, render_tool
from partnerships.tools.forms import DeleteForm
from partnerships.tools.meetings import services
from partnerships.tools.meetings.forms import (
    ActionItemForm,
    MeetingEditForm,
    MeetingForm,
)

TOOL = "meeting"


def _meeting(partnership, meeting_pk) -> Meeting:
    return get_object_or_404(Meeting, pk=meeting_pk, partnership=partnership)


def _url(name, partnership, *args) -> str:
    return reverse(f"partnerships:{name}", args=[partnership.pk, *args])


def meeting_list(request, pk):
    partnership = partnership_for(request, pk)
    meetings = partnership.meetings.annotate(
        open_items=Count("action_items", filter=Q(action_items__done=False)),
        overdue_items=Count(
            "action_items",
            filter=overdue_task("action_items__", partnership="partnership__"),
        ),
    )
    return render_tool(
        request,
        partnership,
        TOOL,
        "partnerships/tools/meetings.html",
        {"meetings": meetings},
    )


def _detail_context(meeting) -> dict:
    return {
        "meeting": meeting,
        "action_items": meeting.action_items.select_related("assignee", "partnership"),
    }


def meeting_detail(request, pk, meeting_pk):
    partnership = partnership_for(request, pk)
    meeting = _meeting(partnership, meeting_pk)
    form = None
    if permissions.can_edit(partnership, request.user):
        form = ActionItemForm(partnership=partnership)
    return render_tool(
        request,
        partnership,
        TOOL,
        "partnerships/tools/meeting_detail.html",
        {**_detail_context(meeting), "form": form},
    )


def _form_page(request, partnership, form, template, context, **kwargs):
    def next_url(result):
        if isinstance(result, Meeting):
            return _url("meeting_detail", partnership, result.pk)
        return _url("meeting", partnership)

    return form_page(
        request, partnership, TOOL, form, template, context, next_url=next_url, **kwargs
    )


@require_POST
def meeting_action_add(request, pk, meeting_pk):
    partnership = partnership_for(request, pk, edit=True)
    meeting = _meeting(partnership, meeting_pk)
    return form_page(
        request,
        partnership,
        TOOL,
        ActionItemForm(**bound(request), partnership=partnership),
        "meeting_detail.html",
        _detail_context(meeting),
        save=partial(services.add_action_item, meeting),
        success=_("The action item was added to the tasks."),
        next_url=lambda _task: _url("meeting_detail", partnership, meeting.pk),
    )


@require_POST
def meeting_action_done(request, pk, meeting_pk, task_pk):
    partnership = partnership_for(request, pk, edit=True)
    meeting = _meeting(partnership, meeting_pk)
    task = get_object_or_404(Task, pk=task_pk, meeting=meeting)
    done = request.POST.get("done") != "0"
    try:
        services.mark_action_item(task, user=request.user, done=done)
    except ValidationError as error:
        for message in error.messages:
            messages.error(request, message)
    return redirect(_url("meeting_detail", partnership, meeting.pk) + "#action-items")


def meeting_create(request, pk):
    partnership = partnership_for(request, pk, edit=True)
    initial = {
        "participants": services.default_participants(partnership),
        "agenda": services.default_agenda(),
    }
    return _form_page(
        request,
        partnership,
        MeetingForm(**bound(request), initial=initial),
        "meeting_form.html",
        {"title": _("New meeting")},
        save=partial(services.create_meeting, partnership),
        success=_("The meeting was created."),
    )


def meeting_edit(request, pk, meeting_pk):
    partnership = partnership_for(request, pk, edit=True)
    meeting = _meeting(partnership, meeting_pk)
    form = MeetingEditForm(
        **bound(request), instance=meeting, initial={"expected": version_of(meeting)}
    )
    return _form_page(
        request,
        partnership,
        form,
        "meeting_form.html",
        {"title": _("Edit meeting"), "meeting": meeting},
        save=partial(services.update_meeting, meeting),
        success=_("The meeting was saved."),
    )


def meeting_delete(request, pk, meeting_pk):
    partnership = partnership_for(request, pk, edit=True)
    meeting = _meeting(partnership, meeting_pk)
    return _form_page(
        request,
        partnership,
        DeleteForm(**bound(request), initial={"expected": version_of(meeting)}),
        "meeting_delete.html",
        {"meeting": meeting, "kept": meeting.action_items.count()},
        save=partial(services.delete_meeting, meeting),
        success=_("The meeting was deleted. Its action items are still tasks."),
    )
