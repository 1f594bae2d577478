"""The risks tool's URLs (admin, and public pages reached by private links)."""

from django.urls import path

from partnerships.tools.risks.views import (
    risk_close,
    risk_create,
    risk_delete,
    risk_edit,
    risk_register,
    risk_reopen,
    risk_seed,
)

ONE = "<int:pk>/risks/<int:risk_pk>/"
urlpatterns = [
    path("<int:pk>/risks/", risk_register, name="risks"),
    path("<int:pk>/risks/seed/", risk_seed, name="risk_seed"),
    path("<int:pk>/risks/new/", risk_create, name="risk_create"),
    path(f"{ONE}edit/", risk_edit, name="risk_edit"),
    path(f"{ONE}close/", risk_close, name="risk_close"),
    path(f"{ONE}reopen/", risk_reopen, name="risk_reopen"),
    path(f"{ONE}delete/", risk_delete, name="risk_delete"),
]

public_urlpatterns = []
