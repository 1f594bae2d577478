"""Who may see, edit, move and audit CRM records: every such rule in one place.

Views, services, the modeladmin permission helpers, menu items and the stage
tools ask these functions; nothing else decides access. Groups grant the
model permissions (``cms.roles`` and the migrations); the per-record rules
(members only, open partnerships only) are here.
"""

from django.contrib.auth import get_user_model
from django.core.exceptions import PermissionDenied
from django.db.models import Q

from cms.models import LibraryIdentity

VIEW_PARTNERSHIPS = "partnerships.view_partnership"
CHANGE_PARTNERSHIPS = "partnerships.change_partnership"
AUDIT = "partnerships.view_historicalpartnership"


def require(allowed: bool) -> None:
    """Refuse the request (403) unless ``allowed``."""
    if not allowed:
        raise PermissionDenied


def can_see_partnerships(user) -> bool:
    """Staff with CRM access read every partnership, its tools and the board."""
    return user.has_perm(VIEW_PARTNERSHIPS) or user.has_perm(CHANGE_PARTNERSHIPS)


def can_see_strategy(user) -> bool:
    """The strategy reports (goal portfolio, pipeline, partner network, annual
    report) are read by everyone who reads partnerships: project managers,
    auditors and administrators; not editors."""
    return can_see_partnerships(user)


def can_list(user, model) -> bool:
    """A register (organisations, contacts, ...) is listed, inspected and its
    history read with its view or change permission."""
    opts = model._meta
    return any(
        user.has_perm(f"{opts.app_label}.{action}_{opts.model_name}")
        for action in ("view", "change")
    )


def can_add(user, model) -> bool:
    """A register record (a partnership, an organisation, a contact) is
    created with its add permission, as the register's create form asks."""
    opts = model._meta
    return user.has_perm(f"{opts.app_label}.add_{opts.model_name}")


def can_change(user, model) -> bool:
    """A register record other than a partnership is changed with its change
    permission, as the register's edit form asks; a partnership is changed by
    ``can_edit``."""
    opts = model._meta
    return user.has_perm(f"{opts.app_label}.change_{opts.model_name}")


def partnership_managers():
    """Who may be made a partnership's project manager or put on its team:
    active accounts that may change partnerships (the project managers'
    group, the permission given otherwise, administrators), by name. Not
    auditors, editors or the system account."""
    app_label, codename = CHANGE_PARTNERSHIPS.split(".")
    permission = {
        "permissions__codename": codename,
        "permissions__content_type__app_label": app_label,
    }
    may_change = (
        Q(is_superuser=True)
        | Q(**{f"groups__{key}": value for key, value in permission.items()})
        | Q(**{f"user_{key}": value for key, value in permission.items()})
    )
    User = get_user_model()
    return User.objects.filter(
        pk__in=User.objects.filter(may_change, is_active=True).values("pk")
    ).order_by("first_name", "last_name", "username")


def can_move(partnership, user) -> bool:
    """Members (the project manager and the team) move their partnership
    through the stages; a concluded one they may only renew. Administrators
    may move any."""
    if not user.has_perm(CHANGE_PARTNERSHIPS):
        return False
    return user.is_superuser or partnership.is_member(user)


def can_edit(partnership, user) -> bool:
    """Members change an open partnership and its stage tools; a concluded
    partnership is read-only until it is renewed."""
    return partnership.is_open and can_move(partnership, user)


def can_propose_case(partnership, user) -> bool:
    """Members (and administrators) propose an inspiration case from a
    concluded partnership, record the partners' consent to it and submit it
    to the editors' moderation."""
    return not partnership.is_open and can_move(partnership, user)


class Concluded(PermissionDenied):
    """A change refused only because the partnership is concluded: the user
    may renew it, and change it then. Views tell them so."""

    def __init__(self, partnership):
        super().__init__(f"Partnership {partnership.pk} is concluded.")
        self.partnership = partnership


def refused_as_concluded(partnership, user) -> bool:
    """Whether ``user`` may not change ``partnership`` only because it is
    concluded (a member or an administrator, who may renew it)."""
    return not partnership.is_open and can_move(partnership, user)


def require_edit(partnership, user) -> None:
    """Refuse unless ``user`` may change the partnership and its tools; a
    refusal because it is concluded is a ``Concluded`` the views explain."""
    if can_edit(partnership, user):
        return
    if refused_as_concluded(partnership, user):
        raise Concluded(partnership)
    raise PermissionDenied


def can_delete_partnership(user) -> bool:
    """Only administrators delete partnerships (their history stays)."""
    return user.is_superuser


def can_audit(user) -> bool:
    """Auditors (and administrators) read the change log and past states."""
    return user.has_perm(AUDIT)


def can_see_privacy(user) -> bool:
    """Privacy officers (and administrators) find and export what is held
    about a person, and read the record of erasures."""
    return user.has_perm("partnerships.view_erasure")


def can_erase(user) -> bool:
    """Privacy officers (and administrators) erase a person's data."""
    return user.has_perm("partnerships.add_erasure") and can_see_privacy(user)


def can_edit_library(user) -> bool:
    """The library's identity (the first party of every agreement, the
    signature of e-mails to partners) is edited by administrators, or a group
    they give "Can change library"; project managers only read it."""
    return LibraryIdentity.editable_by(user)
