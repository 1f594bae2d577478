"""The evaluation tool's URLs (admin, and public pages reached by private links)."""

from django.urls import path

from partnerships.tools.evaluation.partner import answer, thanks
from partnerships.tools.evaluation.views import (
    complete,
    discussion,
    export,
    export_spreadsheet,
    invite,
    overview,
    renew,
    round_page,
    start,
)

ROUND = "<int:pk>/evaluation/<int:round_pk>/"
urlpatterns = [
    path("<int:pk>/evaluation/", overview, name="evaluation"),
    path("<int:pk>/evaluation/start/", start, name="evaluation_start"),
    path(ROUND, round_page, name="evaluation_round"),
    path(f"{ROUND}invite/", invite, name="evaluation_invite"),
    path(f"{ROUND}complete/", complete, name="evaluation_complete"),
    path(f"{ROUND}discussion/", discussion, name="evaluation_discussion"),
    path(f"{ROUND}export/", export, name="evaluation_export"),
    path(f"{ROUND}export/xlsx/", export_spreadsheet, name="evaluation_export_xlsx"),
    path(
        "<int:pk>/evaluation/invitation/<int:invitation_pk>/renew/",
        renew,
        name="evaluation_renew",
    ),
]

public_urlpatterns = [
    path("evaluation/<str:token>/", answer, name="evaluation_answer"),
    path("evaluation/<str:token>/tak/", thanks, name="evaluation_thanks"),
]
