"""The communication tool's URLs (admin, and public pages reached by private links)."""

from django.urls import path

from partnerships.tools.communication.feed_views import (
    calendar_download,
    calendar_feed,
    feed_create,
    feed_revoke,
)
from partnerships.tools.communication.views import (
    activity_add,
    activity_delete,
    activity_edit,
    activity_status,
    plan,
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
