from django.contrib import messages
from django.contrib.auth import get_user_model
from django.shortcuts import redirect
from django.urls import include, path, reverse
from django.utils.translation import gettext_lazy as _
from django.utils.translation import ngettext
from laces.components import Component
from wagtail import hooks
from wagtail.admin.menu import Menu, MenuItem, SubmenuMenuItem
from wagtail.admin.search import SearchArea
from wagtail.snippets.models import register_snippet
from wagtail_modeladmin.options import modeladmin_register

from cms.models import CasePage
from partnerships import (
    audit,
    audit_views,
    case_views,
    cases,
    permissions,
    privacy_views,
    views,
)
from partnerships.account import ReminderSettingsPanel
from partnerships.admin import CRMGroup, ToolTemplatesGroup
from partnerships.strategy import urls as strategy_urls
from partnerships.tools import urls as tool_urls


@hooks.register("register_log_actions")
def register_stage_change_action(actions):
    def message(log_entry):
        data = log_entry.data
        return _("Stage changed from “%(from)s” to “%(to)s”") % {
            "from": data.get("from", ""),
            "to": data.get("to", ""),
        }

    actions.register_action("partnerships.stage_change", _("Change stage"), message)


modeladmin_register(CRMGroup)
register_snippet(ToolTemplatesGroup)


@hooks.register("register_admin_urls")
def register_crm_urls():
    return [
        path("partnerships/", include(tool_urls.admin_urls)),
        path("partnerships/board/", views.board, name="partnerships_board"),
        path(
            "partnerships/<int:pk>/stage/",
            views.stage_change,
            name="partnerships_stage_change",
        ),
        path(
            "partnerships/<int:pk>/checklist/",
            views.tick_checklist,
            name="partnerships_checklist",
        ),
        path(
            "partnerships/audit/", audit_views.change_log, name="partnerships_audit_log"
        ),
        path(
            "partnerships/audit/pages/",
            audit_views.page_history,
            name="partnerships_audit_pages",
        ),
        path(
            "partnerships/audit/<str:model_name>/<int:pk>/",
            audit_views.record_history,
            name="partnerships_audit_record",
        ),
        path(
            "partnerships/audit/partnership/<int:pk>/as-of/",
            audit_views.partnership_as_of,
            name="partnerships_audit_as_of",
        ),
    ]


@hooks.register("register_admin_urls")
def register_strategy_urls():
    return [path("strategy/", include(strategy_urls))]


@hooks.register("register_admin_urls")
def register_privacy_urls():
    subject = "privacy/<str:kind>/<int:pk>/"
    return [
        path("privacy/", privacy_views.index, name="partnerships_privacy"),
        path(
            "privacy/retention/",
            privacy_views.retention_review,
            name="partnerships_privacy_retention",
        ),
        path(
            "privacy/erasures/<int:pk>/",
            privacy_views.erasure_detail,
            name="partnerships_privacy_erasure",
        ),
        path(subject, privacy_views.subject_page, name="partnerships_privacy_subject"),
        path(
            f"{subject}export.json",
            privacy_views.export,
            name="partnerships_privacy_export",
        ),
        path(
            f"{subject}report/",
            privacy_views.readable_report,
            name="partnerships_privacy_report",
        ),
        path(
            f"{subject}erase/",
            privacy_views.erase_subject,
            name="partnerships_privacy_erase",
        ),
    ]


class BoardMenuItem(MenuItem):
    def is_shown(self, request):
        return permissions.can_see_partnerships(request.user)


@hooks.register("register_admin_menu_item")
def register_board_menu_item():
    return BoardMenuItem(
        _("Partnership board"),
        reverse("partnerships_board"),
        icon_name="table",
        order=151,
    )


class AuditMenuItem(MenuItem):
    def is_shown(self, request):
        return permissions.can_audit(request.user)


@hooks.register("register_admin_menu_item")
def register_audit_menu_item():
    return AuditMenuItem(
        _("Change log"),
        reverse("partnerships_audit_log"),
        icon_name="history",
        order=152,
    )


class PrivacyMenuItem(MenuItem):
    def is_shown(self, request):
        return permissions.can_see_privacy(request.user)


@hooks.register("register_admin_menu_item")
def register_privacy_menu_item():
    return PrivacyMenuItem(
        _("Privacy"),
        reverse("partnerships_privacy"),
        icon_name="lock",
        order=153,
    )


class StrategyMenuItem(MenuItem):
    def is_shown(self, request):
        return permissions.can_see_strategy(request.user)


@hooks.register("register_admin_menu_item")
def register_strategy_menu():
    items = [
        (_("Goal portfolio"), "portfolio", "crosshairs"),
        (_("Pipeline"), "pipeline", "list-ol"),
        (_("Partner network"), "network", "globe"),
        (_("Annual report"), "report", "doc-full"),
    ]
    menu = Menu(
        items=[
            StrategyMenuItem(
                label,
                reverse(f"partnerships_strategy_{name}"),
                name=f"strategy-{name}",
                icon_name=icon,
                order=order,
            )
            for order, (label, name, icon) in enumerate(items)
        ]
    )
    return SubmenuMenuItem(
        _("Strategy"), menu, name="strategy", icon_name="crosshairs", order=154
    )


class PartnershipSearchArea(SearchArea):
    """The partnership list's search (partners, contacts, project manager),
    for everyone who may read partnerships: project managers' search boxes
    lead here, since they may not search pages."""

    def is_shown(self, request):
        return permissions.can_see_partnerships(request.user)


@hooks.register("register_admin_search_area")
def register_partnership_search_area():
    return PartnershipSearchArea(
        _("Partnerships"),
        reverse("partnerships_partnership_modeladmin_index"),
        name="partnerships",
        icon_name="group",
        order=150,
    )


class DashboardPanel(Component):
    name = "partnerships"
    order = 50
    template_name = "partnerships/dashboard_panel.html"

    class Media:
        css = {"all": ["partnerships/crm.css"]}

    def __init__(self, user):
        self.user = user

    def get_context_data(self, parent_context):
        return views.dashboard_context(self.user)


@hooks.register("construct_homepage_panels")
def add_dashboard_panel(request, panels):
    if permissions.can_see_partnerships(request.user):
        panels.append(DashboardPanel(request.user))


@hooks.register("register_account_settings_panel")
def register_reminder_settings_panel(request, user, profile):
    return ReminderSettingsPanel(request, user, profile)


@hooks.register("before_delete_user")
def keep_users_named_in_the_audit_trail(request, user):
    if audit.appears_in_audit_trail(user):
        messages.error(
            request,
            _(
                "%(user)s has worked on partnerships and is named in the audit "
                "trail, so the account cannot be deleted. Deactivate it instead."
            )
            % {"user": user.get_full_name() or user.get_username()},
        )
        return redirect("wagtailusers_users:edit", user.pk)
    return None


@hooks.register("before_bulk_action")
def keep_users_named_in_the_audit_trail_in_bulk(request, action_type, objects, action):
    # The user list's bulk delete skips the before_delete_user hook.
    if action_type != "delete" or action.model is not get_user_model():
        return None
    named = [user for user in objects if audit.appears_in_audit_trail(user)]
    if not named:
        return None
    messages.error(
        request,
        ngettext(
            "%(users)s has worked on partnerships and is named in the audit trail, "
            "so no account was deleted. Deactivate it instead, and delete the "
            "others without it.",
            "%(users)s have worked on partnerships and are named in the audit "
            "trail, so no account was deleted. Deactivate them instead, and delete "
            "the others without them.",
            len(named),
        )
        % {"users": ", ".join(u.get_full_name() or u.get_username() for u in named)},
    )
    return redirect(action.next_url)


@hooks.register("register_admin_urls")
def register_case_urls():
    case = "partnerships/<int:pk>/case/"
    return [
        path(case, case_views.case_page, name="partnerships_case"),
        path(f"{case}propose/", case_views.propose, name="partnerships_case_propose"),
        path(f"{case}submit/", case_views.submit, name="partnerships_case_submit"),
    ]


# What the page editor posts to submit, resubmit, approve or publish a page.
SUBMITTING_ACTIONS = (
    "action-submit",
    "action-restart-workflow",
    "action-publish",
    "action-workflow-action",
)


@hooks.register("before_edit_page")
def keep_cases_without_consent_from_moderation(request, page):
    """A case proposed from a partnership is neither submitted nor published
    from the page editor until every partner has consented; editors are told
    so when they open it, and may still save the draft. Asked to submit or
    publish, the editor saves the draft instead, so no change is lost."""
    if not isinstance(page.specific_deferred, CasePage):
        return None
    refusal = cases.refusal(page)
    if not refusal:
        return None
    if request.method == "POST" and any(
        key in request.POST for key in SUBMITTING_ACTIONS
    ):
        request.POST = request.POST.copy()
        for key in SUBMITTING_ACTIONS:
            request.POST.pop(key, None)
        messages.error(
            request,
            _("%(refusal)s The changes are saved as a draft instead.")
            % {"refusal": refusal},
        )
        return None
    if request.method == "GET":
        messages.warning(request, refusal)
    return None


@hooks.register("before_bulk_action")
def keep_cases_without_consent_from_bulk_publishing(
    request, action_type, objects, action
):
    if action_type != "publish":
        return None
    refusals = [refusal for page in objects if (refusal := cases.refusal(page))]
    if not refusals:
        return None
    for refusal in refusals:
        messages.error(request, refusal)
    return redirect(action.next_url)
