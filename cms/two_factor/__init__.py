"""Two-step verification for staff: who must use it, and their devices.

django-otp keeps the devices: an authenticator app (TOTP) and a set of one-time
recovery codes (a static device). This package fits them to the Wagtail admin
login: the middleware sends staff to verify or set up, the views do it.
"""

import logging
import math
from base64 import b32encode

import django_otp
from django.conf import settings
from django.contrib.auth.signals import user_logged_in
from django.db import transaction
from django.dispatch import receiver
from django.utils import timezone
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy
from django_otp.plugins.otp_static.models import StaticDevice, StaticToken
from django_otp.plugins.otp_totp.models import TOTPDevice
from wagtail.log_actions import log

from cms import roles

logger = logging.getLogger(__name__)

RECOVERY_CODE_COUNT = 10
# The session remembers that a user needs no second factor, so the check costs
# no queries on every request (cms/two_factor/middleware.py).
NOT_NEEDED_SESSION_KEY = "two_factor_not_needed"

WRONG_APP_CODE = gettext_lazy(
    "That code is not right. Type the newest code from your app, and check that "
    "the clock on your phone is right."
)
WRONG_RECOVERY_CODE = gettext_lazy(
    "That recovery code is not valid, or it has been used."
)


@receiver(user_logged_in)
def _decide_at_login(sender, request, user, **kwargs):
    # Deciding once per sign-in keeps the queries off every later request.
    if request is None or not hasattr(request, "session"):
        return
    if next_step(user) is None:
        request.session[NOT_NEEDED_SESSION_KEY] = True
    else:
        request.session.pop(NOT_NEEDED_SESSION_KEY, None)


def required_groups() -> list[str]:
    return getattr(
        settings,
        "TWO_FACTOR_REQUIRED_GROUPS",
        [roles.PROJECT_MANAGERS, roles.AUDITORS],
    )


def is_required(user) -> bool:
    """Superusers and the groups in TWO_FACTOR_REQUIRED_GROUPS must use it."""
    if not getattr(settings, "TWO_FACTOR_REQUIRED", True):
        return False
    if user.is_superuser:
        return True
    return user.groups.filter(name__in=required_groups()).exists()


def authenticator(user) -> TOTPDevice | None:
    """The user's confirmed authenticator app, if they have set one up."""
    return TOTPDevice.objects.devices_for_user(user, confirmed=True).first()


def recovery_device(user) -> StaticDevice | None:
    return StaticDevice.objects.devices_for_user(user, confirmed=True).first()


def is_enrolled(user) -> bool:
    return django_otp.user_has_device(user, confirmed=True)


def next_step(user) -> str | None:
    """ "verify", "setup" or None for a user signed in with their password."""
    if is_enrolled(user):
        return "verify"
    if is_required(user):
        return "setup"
    return None


def secret_text(device: TOTPDevice) -> str:
    """The key as people type it into an app without a camera (base32)."""
    return b32encode(device.bin_key).decode()


def wait_seconds(device) -> int:
    """Seconds until the device accepts another code after wrong ones (0: now)."""
    allowed, data = device.verify_is_allowed()
    if allowed or not data or "locked_until" not in data:
        return 0
    remaining = (data["locked_until"] - timezone.now()).total_seconds()
    return max(1, math.ceil(remaining))


def check_code(user, code: str, *, device: TOTPDevice | None = None):
    """Return (device that accepted the code, None) or (None, error message).

    Six digits are a code from the app (``device``, or the confirmed one);
    anything else is tried as a recovery code. Each wrong code doubles the
    wait before the next try (django-otp's throttling).
    """
    code = "".join(code.split()).replace("-", "").lower()
    is_app_code = len(code) == 6 and code.isdigit()
    if device is not None and not is_app_code:
        return None, _("Type the 6 digits your app shows.")
    if device is None:
        device = authenticator(user) if is_app_code else recovery_device(user)
    if device is None:
        return None, str(WRONG_APP_CODE if is_app_code else WRONG_RECOVERY_CODE)
    seconds = wait_seconds(device)
    if seconds:
        return None, throttled_message(seconds)
    verified = django_otp.verify_token(user, device.persistent_id, code)
    if verified is None:
        logger.warning("Wrong second-factor code for user %s", user.pk)
        return None, str(WRONG_APP_CODE if is_app_code else WRONG_RECOVERY_CODE)
    return verified, None


def throttled_message(seconds: int) -> str:
    return _("Too many wrong codes. Wait %(seconds)s seconds before you try again.") % {
        "seconds": seconds
    }


def mark_verified(request, device) -> None:
    """Mark the session as verified with this device (and give it a new key)."""
    django_otp.login(request, device)
    request.session.cycle_key()
    request.session.pop(NOT_NEEDED_SESSION_KEY, None)


def confirm_authenticator(device: TOTPDevice, *, user) -> list[str]:
    """Confirm a newly set up authenticator; return fresh recovery codes."""
    with transaction.atomic():
        device.confirmed = True
        device.save(update_fields=["confirmed"])
        codes = _replace_recovery_codes(user)
        log(user, "cms.two_factor.set_up", user=user)
    return codes


def regenerate_recovery_codes(user) -> list[str]:
    """Replace the user's recovery codes; the old ones stop working."""
    with transaction.atomic():
        codes = _replace_recovery_codes(user)
        log(user, "cms.two_factor.recovery_codes", user=user)
    return codes


def _replace_recovery_codes(user) -> list[str]:
    # The device stays (a session verified with a recovery code stays
    # verified); only its codes change.
    device = recovery_device(user) or StaticDevice.objects.create(
        user=user, name=_("Recovery codes")
    )
    device.token_set.all().delete()
    codes = [StaticToken.random_token() for _i in range(RECOVERY_CODE_COUNT)]
    StaticToken.objects.bulk_create(
        StaticToken(device=device, token=code) for code in codes
    )
    return codes


def reset(user, *, by) -> int:
    """Remove all of a user's devices (lost phone); they set up anew next time.

    ``by`` is the administrator, or None from the reset_two_factor command.
    """
    with transaction.atomic():
        devices = list(django_otp.devices_for_user(user, confirmed=None))
        for device in devices:
            device.delete()
        log(user, "cms.two_factor.reset", user=by, data={"devices": len(devices)})
    logger.warning(
        "Second factor of user %s reset by %s",
        user.pk,
        f"user {by.pk}" if by else "the reset_two_factor command",
    )
    return len(devices)
