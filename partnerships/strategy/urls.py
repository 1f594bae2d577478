"""The strategy reports' admin URLs."""

from django.urls import path

from partnerships.strategy import views

urlpatterns = [
    path("", views.portfolio, name="partnerships_strategy_portfolio"),
    path("pipeline/", views.pipeline, name="partnerships_strategy_pipeline"),
    path("network/", views.network, name="partnerships_strategy_network"),
    path("report/", views.annual_report, name="partnerships_strategy_report"),
]
