"""The meetings tool's URLs: admin pages only, it has no public ones."""

from django.urls import path

from partnerships.tools.meetings.views import (
    meeting_action_add,
    meeting_action_done,
    meeting_create,
    meeting_delete,
    meeting_detail,
    meeting_edit,
    meeting_list,
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

public_urlpatterns = []
