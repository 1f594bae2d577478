"""The meetings tool's writes: plan, minute and delete meetings, add action items."""

from django.core.exceptions import ValidationError
from django.db import transaction
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy

from partnerships.concurrency import lock, lock_partnership
from partnerships.history import delete_with_reason, save_with_reason
from partnerships.models import Contact, Meeting, Partnership, Task
from partnerships.tools.common import display_name

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


def _text(value) -> str:
    return (value or "").replace("\r\n", "\n").strip()


def _line(value) -> str:
    return " ".join((value or "").split())


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
    with transaction.atomic():
        current = lock_partnership(partnership.pk, user)
        if participants is None:
            participants = default_participants(current)
        meeting = Meeting(partnership=current)
        _write(
            meeting,
            title=title,
            held_on=held_on,
            location=location,
            participants=participants,
            agenda=default_agenda() if agenda is None else agenda,
        )
        save_with_reason(
            meeting, user, _("Meeting “%(title)s” planned") % {"title": meeting.title}
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
    the meeting's version when the form was opened."""
    with transaction.atomic():
        lock_partnership(meeting.partnership_id, user)
        current = lock(Meeting.objects, meeting.pk, expected=expected)
        _write(
            current,
            title=title,
            held_on=held_on,
            location=location,
            participants=participants,
            agenda=agenda,
            minutes=minutes,
            decisions=decisions,
        )
        save_with_reason(
            current, user, _("Meeting “%(title)s” edited") % {"title": current.title}
        )
    return current


def _write(meeting: Meeting, *, title, held_on, location, **texts) -> None:
    """Put the values, normalised, on ``meeting``; refuse what the model
    refuses (a title and a date, lengths)."""
    meeting.title, meeting.held_on = _line(title), held_on
    meeting.location = _line(location)
    for name, value in texts.items():
        setattr(meeting, name, _text(value))
    meeting.full_clean()


def delete_meeting(meeting: Meeting, *, user, expected: str | None = None) -> None:
    """Delete a meeting. Its action items stay on the task list, no longer
    linked to a meeting."""
    with transaction.atomic():
        lock_partnership(meeting.partnership_id, user)
        current = lock(Meeting.objects, meeting.pk, expected=expected)
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
    with transaction.atomic():
        partnership = lock_partnership(meeting.partnership_id, user)
        current = lock(Meeting.objects, meeting.pk)
        task = Task(
            partnership=partnership,
            meeting=current,
            stage=partnership.stage,
            title=_line(title),
            assignee=assignee,
            due_date=due_date,
        )
        task.full_clean()
        if (
            assignee is not None
            and not partnership.members().filter(pk=assignee.pk).exists()
        ):
            raise ValidationError(
                {
                    "assignee": _(
                        "Only the project manager or someone on the team can own "
                        "an action item."
                    )
                }
            )
        reason = _("Action item from the meeting “%(meeting)s”") % {
            "meeting": current.title
        }
        save_with_reason(task, user, reason)
    return task


def mark_action_item(task: Task, *, user, done: bool = True) -> Task:
    """Mark an action item done (or not done after all)."""
    with transaction.atomic():
        lock_partnership(task.partnership_id, user)
        current = lock(Task.objects, task.pk)
        if current.done != done:
            current.done = done
            reason = (
                _("Action item “%(title)s” done")
                if done
                else _("Action item “%(title)s” reopened")
            )
            save_with_reason(current, user, reason % {"title": current.title})
    return current
