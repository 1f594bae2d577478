"""Admin pages for the second step: verify, set up, recovery codes, reset."""

import qrcode
import qrcode.image.svg
from django import forms
from django.contrib import messages
from django.contrib.auth import get_user_model
from django.core.exceptions import PermissionDenied
from django.shortcuts import get_object_or_404, redirect
from django.template.response import TemplateResponse
from django.urls import reverse
from django.utils.http import url_has_allowed_host_and_scheme
from django.utils.safestring import mark_safe
from django.utils.translation import gettext_lazy, ngettext
from django.views.decorators.http import require_POST
from django_otp.plugins.otp_static.models import StaticDevice
from django_otp.plugins.otp_totp.models import TOTPDevice
from wagtail.log_actions import log

from cms import two_factor


class CodeForm(forms.Form):
    code = forms.CharField(
        label=gettext_lazy("Code"),
        max_length=32,
        widget=forms.TextInput(
            attrs={"autocomplete": "one-time-code", "autofocus": True}
        ),
    )


def _next_url(request) -> str:
    url = request.POST.get("next") or request.GET.get("next") or ""
    if url_has_allowed_host_and_scheme(
        url, allowed_hosts={request.get_host()}, require_https=request.is_secure()
    ):
        return url
    return reverse("wagtailadmin_home")


def verify(request):
    """Ask a user with a device for a code from their app or a recovery code."""
    user = request.user
    next_url = _next_url(request)
    if user.is_verified():
        return redirect(next_url)
    if not two_factor.is_enrolled(user):
        return redirect(reverse("two_factor_setup") + "?" + request.GET.urlencode())
    form = CodeForm(request.POST or None)
    if request.method == "POST" and form.is_valid():
        device, error = two_factor.check_code(user, form.cleaned_data["code"])
        if device is not None:
            two_factor.mark_verified(request, device)
            if isinstance(device, StaticDevice):
                _recovery_code_used(request, device)
            return redirect(next_url)
        form.add_error("code", error)
    return TemplateResponse(
        request, "two_factor/verify.html", {"form": form, "next": next_url}
    )


def _recovery_code_used(request, device) -> None:
    left = device.token_set.count()
    log(request.user, "cms.two_factor.recovery_code_used", user=request.user)
    messages.warning(
        request,
        ngettext(
            "You signed in with a recovery code; it cannot be used again. "
            "%(left)s recovery code is left. Make new ones from your account.",
            "You signed in with a recovery code; it cannot be used again. "
            "%(left)s recovery codes are left. Make new ones from your account.",
            left,
        )
        % {"left": left},
    )


def setup(request):
    """Set up an authenticator app: QR code, first code, then recovery codes."""
    user = request.user
    next_url = _next_url(request)
    if two_factor.is_enrolled(user):
        # A second device needs the first one: otherwise a stolen password
        # would be enough to add the thief's phone.
        if not user.is_verified():
            return redirect(
                reverse("two_factor_verify") + "?" + request.GET.urlencode()
            )
        return redirect("two_factor_account")
    device = TOTPDevice.objects.devices_for_user(user, confirmed=False).first()
    if device is None:
        device = TOTPDevice.objects.create(user=user, name="app", confirmed=False)
    form = CodeForm(request.POST or None)
    if request.method == "POST" and form.is_valid():
        verified, error = two_factor.check_code(
            user, form.cleaned_data["code"], device=device
        )
        if verified is not None:
            codes = two_factor.confirm_authenticator(verified, user=user)
            two_factor.mark_verified(request, verified)
            return _show_recovery_codes(request, codes, next_url)
        form.add_error("code", error)
    return TemplateResponse(
        request,
        "two_factor/setup.html",
        {
            "form": form,
            "next": next_url,
            "qr_code": _qr_svg(device.config_url),
            "secret": _grouped(two_factor.secret_text(device)),
        },
    )


def _qr_svg(text: str) -> str:
    image = qrcode.make(
        text, image_factory=qrcode.image.svg.SvgPathFillImage, box_size=10
    )
    # qrcode builds the SVG from the otpauth URL only; no user input reaches it
    # unescaped.
    return mark_safe(image.to_string(encoding="unicode"))


def _grouped(secret: str) -> str:
    return " ".join(secret[i : i + 4] for i in range(0, len(secret), 4))


def _show_recovery_codes(request, codes: list[str], next_url: str):
    # Rendered straight from the POST and never stored readable elsewhere, so
    # the codes are shown once.
    return TemplateResponse(
        request,
        "two_factor/recovery_codes.html",
        {"codes": codes, "next": next_url},
    )


def account(request):
    """The user's own second-step status, with a way to make new recovery codes."""
    user = request.user
    device = two_factor.recovery_device(user)
    return TemplateResponse(
        request,
        "two_factor/account.html",
        {
            "enrolled": two_factor.is_enrolled(user),
            "required": two_factor.is_required(user),
            "codes_left": device.token_set.count() if device else 0,
        },
    )


@require_POST
def recovery_codes(request):
    user = request.user
    if not (two_factor.is_enrolled(user) and user.is_verified()):
        raise PermissionDenied
    codes = two_factor.regenerate_recovery_codes(user)
    return _show_recovery_codes(request, codes, reverse("two_factor_account"))


def reset(request, user_id: int):
    """An administrator removes a user's devices, after a confirmation."""
    if not request.user.is_superuser:
        raise PermissionDenied
    target = get_object_or_404(get_user_model(), pk=user_id)
    if request.method == "POST":
        count = two_factor.reset(target, by=request.user)
        messages.success(
            request,
            ngettext(
                "Two-step verification for %(user)s was reset (%(count)s device "
                "removed). They set it up again at their next sign-in.",
                "Two-step verification for %(user)s was reset (%(count)s devices "
                "removed). They set it up again at their next sign-in.",
                count,
            )
            % {"user": target.get_username(), "count": count},
        )
        return redirect("wagtailusers_users:edit", target.pk)
    return TemplateResponse(
        request,
        "two_factor/reset.html",
        {"target": target, "enrolled": two_factor.is_enrolled(target)},
    )
