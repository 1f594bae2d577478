"""The meetings tool: partnership meetings whose agenda starts from the
toolkit's good questions, with minutes, decisions and action items. Action
items are ordinary tasks of the partnership that point back to the meeting.

The services below are the tool's only writes; the pages are in
``meetings_views``.
"""

from django.core.exceptions import ValidationError
from django.db import transaction
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy

from partnerships.history import delete_with_reason, save_with_reason
from partnerships.models import Contact, Meeting, Partnership, Task
from partnerships.services import lock_for_editing
from partnerships.views import fingerprint

# The toolkit's "good questions for the partnership meeting", as a checklist
# that every new agenda starts from.
GOOD_QUESTIONS = [
    (
        gettext_lazy("Before the meeting"),
        [
            gettext_lazy("Invite the right people from each partner organisation."),
            gettext_lazy(
                "Think about inviting key people from outside the partnership."
            ),
            gettext_lazy(
                "Send a list of participants with each person's organisation, "
                "their role there and their role in the partnership."
            ),
            gettext_lazy("Note any cultural or other considerations to respect."),
            gettext_lazy("Agree on the agenda and the form of the meeting in advance."),
            gettext_lazy("Ask participants to look into particular topics beforehand."),
            gettext_lazy("Choose a place where everyone feels welcome."),
            gettext_lazy("Be on time."),
        ],
    ),
    (
        gettext_lazy("During the meeting"),
        [
            gettext_lazy("Keep asking: what are we trying to achieve?"),
            gettext_lazy("What does this cooperation mean to us?"),
            gettext_lazy("What is the time frame, and where are the limits?"),
            gettext_lazy("Have we thought about …?"),
            gettext_lazy("What do you think?"),
            gettext_lazy(
                "Is that your own view, your organisation's position or a "
                "general opinion?"
            ),
            gettext_lazy("Ask for clarity, and give it."),
            gettext_lazy(
                "Check that you understand each other: say it again in your own "
                "words, ask follow-up questions and sum up."
            ),
            gettext_lazy("Widen the discussion when that helps."),
        ],
    ),
]


def default_agenda() -> str:
    """The agenda a new meeting starts from: the good questions, grouped."""
    groups = [
        "\n".join([str(heading), *(f"- {question}" for question in questions)])
        for heading, questions in GOOD_QUESTIONS
    ]
    return "\n\n".join(groups)


def display_name(user) -> str:
    return user.get_full_name() or user.get_username()


def default_participants(partnership) -> str:
    """A first participant list: the library's people, then each partner's
    contacts (name, organisation, role there, role in the partnership)."""
    library = _("the library")
    manager = display_name(partnership.project_manager)
    lines = [f"{manager}, {library}, {_('project manager')}"]
    team = partnership.members().exclude(pk=partnership.project_manager_id)
    lines += [f"{display_name(user)}, {library}, {_('team member')}" for user in team]
    roles = {
        role.organisation_id: role.role
        for role in partnership.partner_roles.select_related("organisation")
    }
    contacts = Contact.objects.filter(organisation__in=roles).select_related(
        "organisation"
    )
    for contact in sorted(contacts, key=lambda c: (c.organisation.name, c.name)):
        parts = [contact.name, contact.organisation.name, contact.role]
        parts.append(roles[contact.organisation_id])
        lines.append(", ".join(part for part in parts if part))
    return "\n".join(lines)


def meeting_fingerprint(meeting: Meeting) -> str:
    return fingerprint(meeting)


def _text(value) -> str:
    return (value or "").replace("\r\n", "\n").strip()


def _line(value) -> str:
    return " ".join((value or "").split())


def _locked_meeting(meeting: Meeting, user, expected=None) -> Meeting:
    partnership = lock_for_editing(meeting.partnership_id, user)
    current = (
        Meeting.objects.select_for_update()
        .filter(pk=meeting.pk, partnership=partnership)
        .first()
    )
    if current is None:
        raise ValidationError(
            _("Someone else deleted this meeting meanwhile."), code="gone"
        )
    if expected is not None and expected != meeting_fingerprint(current):
        raise ValidationError(
            _(
                "Someone else changed this meeting while you were working on it. "
                "Your changes were not saved; reload the page to see the newest "
                "version."
            ),
            code="conflict",
        )
    current.partnership = partnership
    return current


def _check_meeting(title: str, held_on, location: str) -> None:
    errors = {}
    if not title:
        errors["title"] = _("Give the meeting a title.")
    elif len(title) > 255:
        errors["title"] = _("Keep the title under 255 characters.")
    if held_on is None:
        errors["held_on"] = _("Give the date of the meeting.")
    if len(location) > 255:
        errors["location"] = _("Keep the place under 255 characters.")
    if errors:
        raise ValidationError(errors)


def create_meeting(
    partnership: Partnership,
    *,
    user,
    title: str,
    held_on,
    location: str = "",
    participants: str | None = None,
    agenda: str | None = None,
) -> Meeting:
    """Plan a partnership meeting. Without a participant list or agenda it
    starts from the partnership's people and the good questions."""
    title, location = _line(title), _line(location)
    _check_meeting(title, held_on, location)
    with transaction.atomic():
        current = lock_for_editing(partnership.pk, user)
        if participants is None:
            participants = default_participants(current)
        meeting = Meeting(
            partnership=current,
            title=title,
            held_on=held_on,
            location=location,
            participants=_text(participants),
            agenda=_text(default_agenda() if agenda is None else agenda),
        )
        save_with_reason(
            meeting, user, _("Meeting “%(title)s” planned") % {"title": title}
        )
    return meeting


def update_meeting(
    meeting: Meeting,
    *,
    user,
    title: str,
    held_on,
    location: str = "",
    participants: str = "",
    agenda: str = "",
    minutes: str = "",
    decisions: str = "",
    expected: str | None = None,
) -> Meeting:
    """Change a meeting, e.g. write its minutes and decisions. ``expected`` is
    the meeting's fingerprint when the form was opened."""
    title, location = _line(title), _line(location)
    _check_meeting(title, held_on, location)
    with transaction.atomic():
        current = _locked_meeting(meeting, user, expected)
        current.title, current.held_on, current.location = title, held_on, location
        current.participants = _text(participants)
        current.agenda = _text(agenda)
        current.minutes = _text(minutes)
        current.decisions = _text(decisions)
        save_with_reason(
            current, user, _("Meeting “%(title)s” edited") % {"title": title}
        )
    return current


def delete_meeting(meeting: Meeting, *, user, expected: str | None = None) -> None:
    """Delete a meeting. Its action items stay on the task list, no longer
    linked to a meeting."""
    with transaction.atomic():
        current = _locked_meeting(meeting, user, expected)
        kept = _("Meeting “%(title)s” deleted; the task is kept") % {
            "title": current.title
        }
        for task in Task.objects.select_for_update().filter(meeting=current):
            task.meeting = None
            save_with_reason(task, user, kept)
        delete_with_reason(
            current, user, _("Meeting “%(title)s” deleted") % {"title": current.title}
        )


def add_action_item(
    meeting: Meeting, *, user, title: str, assignee=None, due_date=None
) -> Task:
    """Turn something agreed at the meeting into a task of the partnership in
    its current stage, for the project manager or someone on the team."""
    title = _line(title)
    with transaction.atomic():
        current = _locked_meeting(meeting, user)
        partnership = current.partnership
        errors = {}
        if not title:
            errors["title"] = _("Say what is to be done.")
        elif len(title) > 255:
            errors["title"] = _("Keep the action item under 255 characters.")
        if (
            assignee is not None
            and not partnership.members().filter(pk=assignee.pk).exists()
        ):
            errors["assignee"] = _(
                "Only the project manager or someone on the team can own an "
                "action item."
            )
        if errors:
            raise ValidationError(errors)
        task = Task(
            partnership=partnership,
            meeting=current,
            stage=partnership.stage,
            title=title,
            assignee=assignee,
            due_date=due_date,
        )
        reason = _("Action item from the meeting “%(meeting)s”") % {
            "meeting": current.title
        }
        save_with_reason(task, user, reason)
    return task


def mark_action_item(task: Task, *, user, done: bool = True) -> Task:
    """Mark an action item done (or not done after all)."""
    with transaction.atomic():
        lock_for_editing(task.partnership_id, user)
        current = Task.objects.select_for_update().filter(pk=task.pk).first()
        if current is None:
            raise ValidationError(
                _("Someone else deleted this task meanwhile."), code="gone"
            )
        if current.done != done:
            current.done = done
            reason = (
                _("Action item “%(title)s” done")
                if done
                else _("Action item “%(title)s” reopened")
            )
            save_with_reason(current, user, reason % {"title": current.title})
    return current


# The views use the services above, so they are imported last.
from partnerships.tools import meetings_views  # noqa: E402

urlpatterns = meetings_views.urlpatterns
public_urlpatterns = []
