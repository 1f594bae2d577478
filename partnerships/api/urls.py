"""The CRM API under /api/crm/ and its OpenAPI schema under /api/schema/."""

from django.urls import include, path
from drf_spectacular.views import SpectacularAPIView
from rest_framework.routers import DefaultRouter

from partnerships.api import views

router = DefaultRouter()
router.register("partnerships", views.PartnershipViewSet)
router.register("organisations", views.OrganisationViewSet)
router.register("contacts", views.ContactViewSet)
router.register("tasks", views.TaskViewSet)
router.register("change-log", views.ChangeLogViewSet, basename="change-log")

urlpatterns = [
    path("crm/", include(router.urls)),
    path("schema/", SpectacularAPIView.as_view(), name="api_schema"),
]
