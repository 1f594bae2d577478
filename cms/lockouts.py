"""Sign-in lockouts (django-axes): the client address, the lockout page and the
superusers' report of failed sign-ins with a way to unlock an account."""

import datetime
import ipaddress
import logging
import math

from axes.backends import AxesStandaloneBackend
from axes.helpers import get_cool_off, get_failure_limit
from axes.models import AccessAttempt, AccessFailureLog
from django.conf import settings
from django.core.exceptions import PermissionDenied
from django.http import HttpRequest, HttpResponse
from django.middleware.csrf import get_token
from django.shortcuts import get_object_or_404, redirect, render
from django.utils import timezone
from django.utils.translation import gettext
from django.utils.translation import gettext_lazy as _
from django.views.decorators.http import require_POST
from wagtail.admin import messages
from wagtail.admin.ui.tables import BooleanColumn, Column, DateColumn
from wagtail.admin.views.reports import ReportView
from wagtail.log_actions import log

logger = logging.getLogger(__name__)

UNLOCK_ACTION = "cms.unlock_sign_in"


def client_ip(request: HttpRequest) -> str | None:
    """The client's address, behind ``TRUSTED_PROXY_COUNT`` reverse proxies.

    Each proxy appends the address it was contacted from to X-Forwarded-For, so
    the client is the n-th entry from the right; anything further left was sent
    by the client and cannot be trusted.
    """
    address = request.META.get("REMOTE_ADDR")
    proxies = settings.TRUSTED_PROXY_COUNT
    if proxies > 0:
        forwarded = request.META.get("HTTP_X_FORWARDED_FOR", "").split(",")
        forwarded = [entry.strip() for entry in forwarded if entry.strip()]
        if len(forwarded) >= proxies:
            address = forwarded[-proxies]
    try:
        return str(ipaddress.ip_address(address or ""))
    except ValueError:
        return None


def lockout_response(request, original_response=None, credentials=None):
    """The page a locked-out sign-in gets instead of the login form (429)."""
    cool_off = get_cool_off(request)
    context = {
        "failure_limit": get_failure_limit(request, credentials),
        "minutes": math.ceil(cool_off.total_seconds() / 60) if cool_off else None,
    }
    return render(
        request,
        "cms/lockout.html",
        context,
        status=settings.AXES_HTTP_RESPONSE_CODE,
    )


class TestClientAxesBackend(AxesStandaloneBackend):
    """For the test settings only: Django's test client logs in without a
    request, so there is no client to throttle; every real sign-in has one."""

    def authenticate(self, request, username=None, password=None, **kwargs):
        if request is None:
            return None
        return super().authenticate(request, username, password, **kwargs)


class SuperuserOnlyMixin:
    def dispatch(self, request, *args, **kwargs):
        if not request.user.is_superuser:
            raise PermissionDenied
        return super().dispatch(request, *args, **kwargs)


class UnlockColumn(Column):
    cell_template_name = "cms/lockouts/unlock_cell.html"

    def get_cell_context_data(self, instance, parent_context):
        context = super().get_cell_context_data(instance, parent_context)
        context["csrf_token"] = get_token(parent_context["request"])
        return context


class LockedColumn(BooleanColumn):
    def get_value(self, instance):
        return instance.failures_since_start >= settings.AXES_FAILURE_LIMIT


class LockedUntilColumn(DateColumn):
    def get_value(self, instance):
        if instance.failures_since_start < settings.AXES_FAILURE_LIMIT:
            return None
        return instance.attempt_time + settings.AXES_COOLOFF_TIME


class LockoutReportView(SuperuserOnlyMixin, ReportView):
    """Who has failed to sign in lately, from where, and whether that locks them out."""

    page_title = _("Sign-in lockouts")
    header_icon = "lock"
    index_url_name = "cms_lockouts"
    index_results_url_name = "cms_lockouts_results"
    no_results_message = _("No failed sign-ins since the last successful one.")
    columns = [
        Column("username", label=_("Username")),
        Column("ip_address", label=_("IP address")),
        Column("failures_since_start", label=_("Failed sign-ins")),
        DateColumn("attempt_time", label=_("Last attempt")),
        LockedColumn("locked", label=_("Locked out")),
        LockedUntilColumn("locked_until", label=_("Locked until")),
        UnlockColumn("unlock", label=_("Unlock")),
    ]

    def get_queryset(self):
        return AccessAttempt.objects.order_by("-attempt_time")


class FailedSignInReportView(SuperuserOnlyMixin, ReportView):
    """Every failed sign-in of the last 30 days, newest first (axes' failure log)."""

    page_title = _("Failed sign-ins")
    header_icon = "warning"
    index_url_name = "cms_failed_sign_ins"
    index_results_url_name = "cms_failed_sign_ins_results"
    no_results_message = _("No failed sign-ins in the last 30 days.")
    columns = [
        Column("username", label=_("Username")),
        Column("ip_address", label=_("IP address")),
        DateColumn("attempt_time", label=_("Time")),
        BooleanColumn("locked_out", label=_("Locked out")),
        Column("user_agent", label=_("Browser")),
    ]
    list_export = ["username", "ip_address", "attempt_time", "locked_out"]

    def get_queryset(self):
        since = timezone.now() - datetime.timedelta(days=30)
        return AccessFailureLog.objects.filter(attempt_time__gte=since).order_by(
            "-attempt_time"
        )


@require_POST
def unlock(request: HttpRequest, pk: int) -> HttpResponse:
    """Clear the failed sign-ins of one username from one address."""
    if not request.user.is_superuser:
        raise PermissionDenied
    attempt = get_object_or_404(AccessAttempt, pk=pk)
    log(instance=attempt, action=UNLOCK_ACTION, user=request.user)
    attempt.delete()
    logger.warning(
        "Sign-in lockout of %r from %s cleared by %s",
        attempt.username,
        attempt.ip_address,
        request.user.get_username(),
    )
    messages.success(
        request,
        gettext("%(username)s can sign in again from %(address)s.")
        % {"username": attempt.username, "address": attempt.ip_address},
    )
    return redirect("cms_lockouts")
