"""The plan as a calendar: the .ics download and private subscription links to it."""

from django.contrib import messages
from django.core.exceptions import ValidationError
from django.http import Http404, HttpResponse
from django.shortcuts import get_object_or_404, redirect
from django.urls import reverse
from django.utils.translation import gettext as _
from django.views.decorators.http import require_POST

from partnerships import permissions
from partnerships.models import CalendarFeed, Partnership
from partnerships.models.communication import token_digest
from partnerships.tools.common import file_slug, partnership_for, render_tool
from partnerships.tools.communication import services
from partnerships.tools.communication.calendar import CONTENT_TYPE, build_calendar
from partnerships.tools.communication.forms import FeedForm
from partnerships.tools.communication.views import TOOL, plan_page, plan_url


def _calendar(partnership: Partnership) -> HttpResponse:
    return HttpResponse(build_calendar(partnership), content_type=CONTENT_TYPE)


def calendar_download(request, pk):
    """The plan as an .ics file, for anyone who may read the plan."""
    partnership = partnership_for(request, pk)
    response = _calendar(partnership)
    name = f"kommunikationsplan-{file_slug(partnership.title)}.ics"
    response["Content-Disposition"] = f'attachment; filename="{name}"'
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
    response = _calendar(feed.partnership)
    response["Cache-Control"] = "private, max-age=300"
    response["X-Robots-Tag"] = "noindex"
    return response


@require_POST
def feed_create(request, pk):
    partnership = partnership_for(request, pk, edit=True)
    form = FeedForm(request.POST)
    if not form.is_valid():
        return plan_page(request, partnership, feed_form=form)
    try:
        feed, token = services.create_calendar_feed(
            partnership, user=request.user, **form.cleaned_data
        )
    except ValidationError as error:
        form.add_error(None, error)
        return plan_page(request, partnership, feed_form=form)
    url = request.build_absolute_uri(reverse("partners:calendar_feed", args=[token]))
    response = render_tool(
        request,
        partnership,
        TOOL,
        "partnerships/tools/communication_feed_created.html",
        {"feed": feed, "feed_url": url, "webcal_url": "webcal:" + url.split(":", 1)[1]},
    )
    # The link is shown this once: keep it out of every cache.
    response["Cache-Control"] = "no-store"
    return response


def feed_revoke(request, pk, feed_pk):
    """Members may revoke a link even once the partnership is concluded."""
    partnership = partnership_for(request, pk)
    permissions.require(permissions.can_move(partnership, request.user))
    feed = get_object_or_404(CalendarFeed, pk=feed_pk, partnership=partnership)
    if request.method == "POST":
        services.revoke_calendar_feed(feed, user=request.user)
        messages.success(request, _("The link was revoked and no longer works."))
        return redirect(f"{plan_url(partnership)}#calendar-subscription")
    return render_tool(
        request,
        partnership,
        TOOL,
        "partnerships/tools/communication_feed_revoke.html",
        {"feed": feed},
    )
