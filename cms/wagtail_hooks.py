from django.urls import path, reverse
from django.utils.translation import gettext_lazy as _
from wagtail import hooks
from wagtail.admin.menu import MenuItem
from wagtail.admin.ui.components import Component
from wagtail.admin.widgets import Button
from wagtail.snippets.models import register_snippet
from wagtail.snippets.views.snippets import SnippetViewSet

from cms import lockouts
from cms.models import LibraryIdentity, StageGuidance
from cms.two_factor import urls as two_factor_urls


class StageGuidanceViewSet(SnippetViewSet):
    model = StageGuidance
    icon = "list-ol"
    menu_label = _("Stage guidance")
    add_to_admin_menu = True
    menu_order = 250
    list_display = ["__str__", "introduction"]
    copy_view_enabled = False


register_snippet(StageGuidanceViewSet)


@hooks.register("register_admin_urls")
def register_lockout_urls():
    return [
        path(
            "reports/sign-in-lockouts/",
            lockouts.LockoutReportView.as_view(),
            name="cms_lockouts",
        ),
        path(
            "reports/sign-in-lockouts/results/",
            lockouts.LockoutReportView.as_view(results_only=True),
            name="cms_lockouts_results",
        ),
        path(
            "reports/sign-in-lockouts/<int:pk>/unlock/",
            lockouts.unlock,
            name="cms_lockouts_unlock",
        ),
        path(
            "reports/failed-sign-ins/",
            lockouts.FailedSignInReportView.as_view(),
            name="cms_failed_sign_ins",
        ),
        path(
            "reports/failed-sign-ins/results/",
            lockouts.FailedSignInReportView.as_view(results_only=True),
            name="cms_failed_sign_ins_results",
        ),
    ]


class SuperuserMenuItem(MenuItem):
    def is_shown(self, request):
        return request.user.is_superuser


@hooks.register("register_reports_menu_item")
def register_lockout_report_menu_item():
    return SuperuserMenuItem(
        _("Sign-in lockouts"), reverse("cms_lockouts"), icon_name="lock", order=900
    )


@hooks.register("register_reports_menu_item")
def register_failed_sign_in_report_menu_item():
    return SuperuserMenuItem(
        _("Failed sign-ins"),
        reverse("cms_failed_sign_ins"),
        icon_name="warning",
        order=901,
    )


@hooks.register("register_log_actions")
def register_unlock_action(actions):
    actions.register_action(
        lockouts.UNLOCK_ACTION, _("Unlock sign-in"), _("Sign-in lockout cleared")
    )


@hooks.register("register_admin_urls")
def register_two_factor_urls():
    return two_factor_urls.urlpatterns


@hooks.register("register_account_menu_item")
def register_two_factor_account_item(request):
    return {
        "url": reverse("two_factor_account"),
        "label": _("Two-step verification"),
        "help_text": _("A code from your phone as well as your password."),
    }


@hooks.register("register_user_listing_buttons")
def register_two_factor_reset_button(user, request_user):
    if request_user.is_superuser:
        yield Button(
            _("Reset two-step verification"),
            reverse("two_factor_reset", args=[user.pk]),
            icon_name="key",
            priority=90,
        )


@hooks.register("register_log_actions")
def register_two_factor_actions(actions):
    for action, label, message in [
        (
            "set_up",
            _("Set up two-step verification"),
            _("Two-step verification set up"),
        ),
        ("recovery_codes", _("New recovery codes"), _("New recovery codes made")),
        (
            "recovery_code_used",
            _("Recovery code used"),
            _("Signed in with a recovery code"),
        ),
        ("reset", _("Reset two-step verification"), _("Two-step verification reset")),
    ]:
        actions.register_action(f"cms.two_factor.{action}", label, message)


class LibraryIdentityHint(Component):
    """Asks those who may edit it to fill in the library's identity while its
    name is empty, since agreements and partners' e-mails use it."""

    name = "library_identity_hint"
    order = 10
    template_name = "cms/library_identity_hint.html"

    def __init__(self, library):
        self.library = library

    def get_context_data(self, parent_context):
        return {
            "library": self.library,
            "edit_url": reverse(
                "wagtailsettings:edit", args=["cms", "libraryidentity"]
            ),
        }


@hooks.register("construct_homepage_panels")
def add_library_identity_hint(request, panels):
    if not LibraryIdentity.editable_by(request.user):
        return
    library = LibraryIdentity.current(request)
    if not library.is_filled_in:
        panels.append(LibraryIdentityHint(library))
