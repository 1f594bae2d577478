"""Admin URLs of the second step (registered in cms/wagtail_hooks.py)."""

from django.urls import path

from cms.two_factor import views

urlpatterns = [
    path("two-factor/", views.account, name="two_factor_account"),
    path("two-factor/verify/", views.verify, name="two_factor_verify"),
    path("two-factor/setup/", views.setup, name="two_factor_setup"),
    path(
        "two-factor/recovery-codes/",
        views.recovery_codes,
        name="two_factor_recovery_codes",
    ),
    path("two-factor/reset/<int:user_id>/", views.reset, name="two_factor_reset"),
]
