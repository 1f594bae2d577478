"""The communication plan as iCalendar (.ics): an all-day event per dated activity."""

from datetime import timedelta
from urllib.parse import urlsplit

from django.conf import settings
from django.utils import timezone
from django.utils.translation import gettext as _

from cms.models import LibraryIdentity
from partnerships.models import CommunicationActivity, Partnership
from partnerships.tools.common import display_name

PRODID = "-//Byg partnerskaber//Kommunikationsplan//DA"
CONTENT_TYPE = "text/calendar; charset=utf-8"


def uid_domain() -> str:
    """The right-hand side of event UIDs: the site's host, so the same
    activity keeps its UID in every download and subscription."""
    return urlsplit(settings.WAGTAILADMIN_BASE_URL).hostname or "byg-partnerskaber"


def calendar_activities(partnership: Partnership):
    return (
        CommunicationActivity.objects.active()
        .filter(partnership=partnership, planned_on__isnull=False)
        .select_related("responsible")
        .order_by("planned_on", "id")
    )


def _description(activity: CommunicationActivity) -> str:
    responsible = activity.responsible
    lines = [
        (_("Audience"), activity.get_audience_display()),
        (_("Message"), activity.message),
        (_("Channel"), activity.channel),
        (_("Sender"), activity.sender),
        (_("Responsible"), responsible and display_name(responsible)),
        (_("Status"), activity.get_status_display()),
    ]
    return "\n".join(f"{label}: {value}" for label, value in lines if value)


def _event(activity: CommunicationActivity, stamp, domain: str):
    from icalendar import Event

    event = Event()
    event.add("uid", f"activity-{activity.pk}@{domain}")
    event.add("dtstamp", stamp)
    event.add("dtstart", activity.planned_on)
    event.add("dtend", activity.planned_on + timedelta(days=1))
    event.add("summary", activity.title)
    event.add("description", _description(activity))
    event.add("status", "CONFIRMED")
    event.add("transp", "TRANSPARENT")
    return event


def build_calendar(partnership: Partnership) -> bytes:
    """The partnership's communication plan as iCalendar bytes."""
    # icalendar is imported when a calendar is made, not at start-up.
    from icalendar import Calendar

    calendar = Calendar()
    calendar.add("prodid", PRODID)
    calendar.add("version", "2.0")
    calendar.add("calscale", "GREGORIAN")
    calendar.add("x-wr-calname", partnership.title)
    calendar.add("name", partnership.title)
    library = LibraryIdentity.current()
    description = [
        _("Communication plan for the partnership “%(title)s”")
        % {"title": partnership.title},
        library.display_name,
        library.contact_line(),
    ]
    # One line: an unknown property's value is not escaped like a description.
    calendar.add("x-wr-caldesc", " · ".join(line for line in description if line))
    stamp = timezone.now()
    domain = uid_domain()
    for activity in calendar_activities(partnership):
        calendar.add_component(_event(activity, stamp, domain))
    return calendar.to_ical()
