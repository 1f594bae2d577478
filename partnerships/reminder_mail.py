"""The reminder e-mails: each reminder once, in the recipient's language and
time zone, with links into the admin and how to switch them off."""

from contextlib import contextmanager

from django.conf import settings
from django.core.mail import EmailMultiAlternatives
from django.db import IntegrityError, transaction
from django.template.loader import render_to_string
from django.urls import reverse
from django.utils import timezone, translation
from django.utils.translation import gettext as _
from django.utils.translation import ngettext
from wagtail.users.models import UserProfile

from partnerships import permissions, reminders
from partnerships.models import ReminderSent


def send_reminders(user) -> int:
    """E-mail ``user`` in one message the reminders not sent before, and the
    week's digest when it is due; returns how many e-mails went out. A send
    that fails records nothing, so the next run tries again."""
    if not (user.email and permissions.can_see_partnerships(user)):
        return 0
    sent = 0
    with recipient_locale(user):
        pending = reminders.pending_for(user)
        if pending.reminders:
            with transaction.atomic():
                items = reminders.Items()
                for kind, key, item in pending.reminders:
                    if _claim(user, kind, key):
                        items.by_kind()[kind].append(item)
                if items:
                    count = sum(len(found) for found in items.by_kind().values())
                    subject = ngettext(
                        "%(count)s reminder about your partnerships",
                        "%(count)s reminders about your partnerships",
                        count,
                    ) % {"count": count}
                    _send(user, subject, "reminders", {"sections": _sections(items)})
                    sent += 1
        if pending.digest:
            with transaction.atomic():
                if _claim(user, reminders.DIGEST, reminders.digest_key()):
                    week = timezone.localdate().isocalendar().week
                    subject = _("Your partnerships in week %(week)s") % {"week": week}
                    digest = reminders.digest_for(user)
                    _send(
                        user,
                        subject,
                        "digest",
                        {
                            "partnerships": digest.partnerships,
                            "sections": _digest_sections(digest),
                        },
                    )
                    sent += 1
    return sent


def _sections(items: reminders.Items) -> list[tuple]:
    """(heading, kind of line, records) for each kind with something in it."""
    days = settings.REMINDER_DAYS_AHEAD
    sections = [
        (_("Overdue tasks"), "task", items.tasks_overdue),
        (
            ngettext(
                "Tasks due within %(days)s day",
                "Tasks due within %(days)s days",
                days,
            )
            % {"days": days},
            "task",
            items.tasks_due,
        ),
        (_("Communication activities coming up"), "activity", items.activities),
        (
            _("Evaluation links about to expire unanswered"),
            "round",
            items.rounds(),
        ),
    ]
    return [section for section in sections if section[2]]


def _digest_sections(digest: reminders.Digest) -> list[tuple]:
    days = settings.REMINDER_DIGEST_DAYS_AHEAD
    ahead = {"days": days}
    sections = [
        (_("Overdue tasks"), "task", digest.tasks_overdue),
        (_("Overdue communication activities"), "activity", digest.activities_overdue),
        (
            ngettext(
                "Tasks due within %(days)s day",
                "Tasks due within %(days)s days",
                days,
            )
            % ahead,
            "task",
            digest.tasks_due,
        ),
        (
            ngettext(
                "Communication activities within %(days)s day",
                "Communication activities within %(days)s days",
                days,
            )
            % ahead,
            "activity",
            digest.activities_due,
        ),
        (
            _("Evaluation links about to expire unanswered"),
            "round",
            digest.rounds(),
        ),
    ]
    return [section for section in sections if section[2]]


def _claim(user, kind: str, key: str) -> bool:
    """Record the reminder as sent; False when it already was, by an earlier
    run or one running at the same time (the unique constraint decides)."""
    try:
        with transaction.atomic():
            ReminderSent.objects.create(user=user, kind=kind, key=key)
    except IntegrityError:
        return False
    return True


@contextmanager
def recipient_locale(user):
    """The user's admin language (else the site's, Danish) and time zone."""
    profile = UserProfile.objects.filter(user=user).first()
    language = getattr(profile, "preferred_language", "")
    if language not in dict(settings.WAGTAILADMIN_PERMITTED_LANGUAGES):
        language = settings.LANGUAGE_CODE
    zone = getattr(profile, "current_time_zone", "") or settings.TIME_ZONE
    with translation.override(language), timezone.override(zone):
        yield


def _send(user, subject: str, template: str, context: dict) -> None:
    base_url = settings.WAGTAILADMIN_BASE_URL.rstrip("/")
    context = {
        **context,
        "user": user,
        "name": user.first_name or user.get_username(),
        "site_name": settings.WAGTAIL_SITE_NAME,
        "base_url": base_url,
        "settings_url": f"{base_url}{reverse('wagtailadmin_account')}"
        "#tab-notifications",
        "days": settings.REMINDER_DAYS_AHEAD,
        "digest_days": settings.REMINDER_DIGEST_DAYS_AHEAD,
    }
    text = render_to_string(f"partnerships/email/{template}.txt", context)
    html = render_to_string(f"partnerships/email/{template}.html", context)
    message = EmailMultiAlternatives(
        f"{settings.WAGTAIL_SITE_NAME}: {subject}", text, to=[user.email]
    )
    message.attach_alternative(html, "text/html")
    message.send()
