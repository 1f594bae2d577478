"""The communication plan as a calendar (iCalendar, .ics): one all-day event
per dated activity that is not cancelled. Served as a download to readers of
the plan and, through private links, to calendar subscriptions."""

from datetime import timedelta
from urllib.parse import urlsplit

from django.conf import settings
from django.http import Http404, HttpResponse
from django.utils import timezone
from django.utils.translation import gettext as _
from icalendar import Calendar, Event

from partnerships.models import CalendarFeed, CommunicationActivity, Partnership
from partnerships.models.communication import token_digest
from partnerships.tools.common import file_slug, partnership_for

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
        (
            _("Responsible"),
            responsible and (responsible.get_full_name() or responsible.username),
        ),
        (_("Status"), activity.get_status_display()),
    ]
    return "\n".join(f"{label}: {value}" for label, value in lines if value)


def _event(activity: CommunicationActivity, stamp, domain: str) -> Event:
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
    calendar = Calendar()
    calendar.add("prodid", PRODID)
    calendar.add("version", "2.0")
    calendar.add("calscale", "GREGORIAN")
    calendar.add("x-wr-calname", partnership.title)
    calendar.add("name", partnership.title)
    calendar.add(
        "x-wr-caldesc",
        _("Communication plan for the partnership “%(title)s”")
        % {"title": partnership.title},
    )
    stamp = timezone.now()
    domain = uid_domain()
    for activity in calendar_activities(partnership):
        calendar.add_component(_event(activity, stamp, domain))
    return calendar.to_ical()


def calendar_response(partnership: Partnership, *, download: bool) -> HttpResponse:
    response = HttpResponse(build_calendar(partnership), content_type=CONTENT_TYPE)
    if download:
        name = f"kommunikationsplan-{file_slug(partnership.title)}.ics"
        response["Content-Disposition"] = f'attachment; filename="{name}"'
    return response


def calendar_download(request, pk):
    """The plan as an .ics file, for anyone who may read the plan."""
    response = calendar_response(partnership_for(request, pk), download=True)
    response["Cache-Control"] = "private, no-cache"
    return response


def calendar_feed(request, token):
    """A private subscription link: the plan of the one partnership the link
    was made for, without login. An unknown, revoked or mistyped token gets
    the same 404 as a page that does not exist."""
    if len(token) > 100:
        raise Http404
    feed = (
        CalendarFeed.objects.active()
        .select_related("partnership")
        .filter(token_digest=token_digest(token))
        .first()
    )
    if feed is None:
        raise Http404
    response = calendar_response(feed.partnership, download=False)
    response["Cache-Control"] = "private, max-age=300"
    response["X-Robots-Tag"] = "noindex"
    return response
