"""The private answer links: their address, and the email that sends a
partner contact or a staff member theirs."""

import logging

from django.conf import settings
from django.core.mail import EmailMessage
from django.urls import reverse
from django.utils import timezone, translation
from django.utils.formats import date_format
from django.utils.translation import gettext as _

from cms.models import LibraryIdentity
from partnerships.tools.common import display_name

logger = logging.getLogger(__name__)


def answer_link(token: str) -> str:
    """The absolute private link a partner contact or staff member answers
    through."""
    path = reverse("partners:evaluation_answer", args=[token])
    return settings.WAGTAILADMIN_BASE_URL.rstrip("/") + path


def _body(invitation) -> str:
    """The invitation e-mail's text, for a partner contact or for staff."""
    if invitation.is_library:
        return _(
            "Dear %(name)s,\n\n"
            "%(inviter)s invites you to answer the evaluation “%(round)s” of "
            "the partnership “%(partnership)s” as one of the library's staff "
            "on the partnership.\n\n"
            "The partners answer the same questions. Your answers show the "
            "library's view next to the partners' in the results, and are the "
            "starting point for the joint conversation afterwards.\n\n"
            "Answer here (the link is personal and works until %(expires)s):\n"
            "%(link)s\n\n"
            "Questions? Write to %(inviter)s, %(inviter_email)s.\n"
        )
    return _(
        "Dear %(name)s,\n\n"
        "%(inviter)s invites you to answer the evaluation “%(round)s” of "
        "the partnership “%(partnership)s”.\n\n"
        "Each partner answers on their own and in writing first. The "
        "answers are the starting point for the joint conversation "
        "afterwards.\n\n"
        "Answer here (the link is personal and works until %(expires)s):\n"
        "%(link)s\n\n"
        "Questions? Write to %(inviter)s, %(inviter_email)s.\n"
    )


def email_link(invitation, token: str, user) -> bool:
    """Email the contact or staff member the link, in the site's language.
    False when they have no email address or the mail could not be sent."""
    address = invitation.email
    if not address:
        return False
    library = LibraryIdentity.current()
    with translation.override(settings.LANGUAGE_CODE):
        values = {
            "name": invitation.name,
            "inviter": display_name(user),
            "inviter_email": user.email or "",
            "partnership": invitation.round.partnership.title,
            "round": invitation.round.title,
            "link": answer_link(token),
            "expires": date_format(timezone.localtime(invitation.expires_at)),
        }
        subject = _("Evaluation of the partnership “%(partnership)s”") % values
        body = _body(invitation) % values
        body += "\n" + library.signature(sender=display_name(user))
    reply_to = user.email or library.contact_email
    message = EmailMessage(
        subject,
        body,
        library.from_email(),
        [address],
        reply_to=[reply_to] if reply_to else None,
    )
    try:
        message.send()
    except (OSError, ValueError):  # smtplib's errors are OSErrors
        logger.exception("Could not email evaluation invitation %s", invitation.pk)
        return False
    return True
