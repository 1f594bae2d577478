"""The meetings tool's pages: the partnership's meetings, one meeting with its
action items, and the forms that plan, edit and delete a meeting.

Imported by ``meetings`` for its ``urlpatterns``; import that module, not this
one. Every write goes through a service in ``meetings``.
"""

from functools import partial

from django import forms
from django.contrib import messages
from django.contrib.auth import get_user_model
from django.core.exceptions import ValidationError
from django.db.models import Count, Q
from django.shortcuts import get_object_or_404, redirect
from django.urls import path, reverse
from django.utils import timezone
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy
from django.views.decorators.http import require_POST

from partnerships.models import Meeting, Task
from partnerships.tools import meetings as services
from partnerships.tools.common import bound as _bound
from partnerships.tools.common import (
    form_page,
    partnership_for,
    render_tool,
    version_marker,
)

TOOL = "meeting"
DATE = forms.DateInput(attrs={"type": "date"}, format="%Y-%m-%d")


def _area(label, rows, help_text=""):
    return forms.CharField(
        label=label,
        required=False,
        widget=forms.Textarea(attrs={"rows": rows}),
        help_text=help_text,
    )


class MemberChoiceField(forms.ModelChoiceField):
    def label_from_instance(self, obj):
        return services.display_name(obj)


class MeetingForm(forms.Form):
    """Plans a meeting; the rules are checked by ``create_meeting``."""

    title = forms.CharField(label=gettext_lazy("Title"), required=False)
    held_on = forms.DateField(label=gettext_lazy("Date"), required=False, widget=DATE)
    location = forms.CharField(label=gettext_lazy("Place"), required=False)
    participants = _area(
        gettext_lazy("Participants"),
        6,
        gettext_lazy(
            "One per line: name, organisation, role there and role in the "
            "partnership. Filled in from the partnership as a starting point."
        ),
    )
    agenda = _area(
        gettext_lazy("Agenda"),
        18,
        gettext_lazy(
            "Starts from the toolkit's good questions for the partnership "
            "meeting; add your own points and remove what you do not need."
        ),
    )


class MeetingEditForm(MeetingForm):
    minutes = _area(gettext_lazy("Minutes"), 12)
    decisions = _area(
        gettext_lazy("Decisions"),
        6,
        gettext_lazy("What the partners agreed, one per line."),
    )
    expected = version_marker()


class DeleteForm(forms.Form):
    expected = version_marker()


class ActionItemForm(forms.Form):
    title = forms.CharField(label=gettext_lazy("What is to be done?"), required=False)
    assignee = MemberChoiceField(
        label=gettext_lazy("Who does it?"),
        queryset=get_user_model().objects.none(),
        required=False,
        empty_label=gettext_lazy("Not decided yet"),
        help_text=gettext_lazy("The project manager or someone on the team."),
    )
    due_date = forms.DateField(
        label=gettext_lazy("By when?"), required=False, widget=DATE
    )

    def __init__(self, *args, partnership, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["assignee"].queryset = partnership.members()


def _meeting(partnership, meeting_pk) -> Meeting:
    return get_object_or_404(Meeting, pk=meeting_pk, partnership=partnership)


def _url(name, partnership, *args) -> str:
    return reverse(f"partnerships:{name}", args=[partnership.pk, *args])


def meeting_list(request, pk):
    partnership = partnership_for(request, pk)
    today = timezone.localdate()
    open_items = Q(action_items__done=False)
    meetings = partnership.meetings.annotate(
        open_items=Count("action_items", filter=open_items),
        overdue_items=Count(
            "action_items", filter=open_items & Q(action_items__due_date__lt=today)
        ),
    )
    return render_tool(
        request,
        partnership,
        TOOL,
        "partnerships/tools/meetings.html",
        {"meetings": meetings},
    )


def _detail(request, partnership, meeting, *, form=None):
    can_edit = partnership.can_edit(request.user)
    if can_edit and form is None:
        form = ActionItemForm(partnership=partnership)
    context = {
        "meeting": meeting,
        "action_items": meeting.action_items.select_related("assignee"),
        "form": form if can_edit else None,
    }
    return render_tool(
        request, partnership, TOOL, "partnerships/tools/meeting_detail.html", context
    )


def meeting_detail(request, pk, meeting_pk):
    partnership = partnership_for(request, pk)
    return _detail(request, partnership, _meeting(partnership, meeting_pk))


@require_POST
def meeting_action_add(request, pk, meeting_pk):
    partnership = partnership_for(request, pk, edit=True)
    meeting = _meeting(partnership, meeting_pk)
    form = ActionItemForm(request.POST, partnership=partnership)
    if form.is_valid():
        try:
            services.add_action_item(meeting, user=request.user, **form.cleaned_data)
        except ValidationError as error:
            form.add_error(None, error)
        else:
            messages.success(request, _("The action item was added to the tasks."))
            return redirect(_url("meeting_detail", partnership, meeting.pk))
    return _detail(request, partnership, meeting, form=form)


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


def _form_page(request, partnership, form, template, context, **kwargs):
    def next_url(result):
        if isinstance(result, Meeting):
            return _url("meeting_detail", partnership, result.pk)
        return _url("meeting", partnership)

    return form_page(
        request, partnership, TOOL, form, template, context, next_url=next_url, **kwargs
    )


def meeting_create(request, pk):
    partnership = partnership_for(request, pk, edit=True)
    initial = {
        "participants": services.default_participants(partnership),
        "agenda": services.default_agenda(),
    }
    return _form_page(
        request,
        partnership,
        MeetingForm(**_bound(request), initial=initial),
        "meeting_form.html",
        {"title": _("New meeting")},
        save=partial(services.create_meeting, partnership),
        success=_("The meeting was created."),
    )


def meeting_edit(request, pk, meeting_pk):
    partnership = partnership_for(request, pk, edit=True)
    meeting = _meeting(partnership, meeting_pk)
    fields = ["title", "held_on", "location", "participants", "agenda"]
    fields += ["minutes", "decisions"]
    initial = {name: getattr(meeting, name) for name in fields}
    initial["expected"] = services.meeting_fingerprint(meeting)
    return _form_page(
        request,
        partnership,
        MeetingEditForm(**_bound(request), initial=initial),
        "meeting_form.html",
        {"title": _("Edit meeting"), "meeting": meeting},
        save=partial(services.update_meeting, meeting),
        success=_("The meeting was saved."),
    )


def meeting_delete(request, pk, meeting_pk):
    partnership = partnership_for(request, pk, edit=True)
    meeting = _meeting(partnership, meeting_pk)
    initial = {"expected": services.meeting_fingerprint(meeting)}
    return _form_page(
        request,
        partnership,
        DeleteForm(**_bound(request), initial=initial),
        "meeting_delete.html",
        {"meeting": meeting, "kept": meeting.action_items.count()},
        save=partial(services.delete_meeting, meeting),
        success=_("The meeting was deleted. Its action items are still tasks."),
    )


ONE = "<int:pk>/meetings/<int:meeting_pk>/"
urlpatterns = [
    path("<int:pk>/meetings/", meeting_list, name="meeting"),
    path("<int:pk>/meetings/new/", meeting_create, name="meeting_create"),
    path(ONE, meeting_detail, name="meeting_detail"),
    path(f"{ONE}edit/", meeting_edit, name="meeting_edit"),
    path(f"{ONE}delete/", meeting_delete, name="meeting_delete"),
    path(f"{ONE}action-items/", meeting_action_add, name="meeting_action_add"),
    path(
        f"{ONE}action-items/<int:task_pk>/done/",
        meeting_action_done,
        name="meeting_action_done",
    ),
]
