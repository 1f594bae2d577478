"""The people whose data the privacy area finds, exports and erases: partner
contacts (including deleted ones, which live on in history) and staff users.

A person is found by their identifying values: every name, e-mail address
and phone number a contact ever had, or a user's full name and e-mail
address. Values shorter than three characters identify nobody and are left
out, and matching is on whole words, so ``Anne Holm`` does not match inside
``Johanne Holmberg``. A username is often an ordinary word (``revisor``), so
it is looked for only where usernames are kept: the accounts table, sign-in
records and log entries about the account.
"""

import json
import re
import secrets
from dataclasses import dataclass, field

from django.contrib.auth import get_user_model
from django.db.models import Q
from django.utils.translation import gettext_lazy as _

from partnerships.models import Contact, Erasure

CONTACT = "contact"
USER = "user"
KINDS = {CONTACT: _("Contact"), USER: _("Staff user")}
SHORTEST = 3


@dataclass
class Subject:
    kind: str
    pk: int
    label: str
    identifiers: list[str] = field(default_factory=list)
    account_names: list[str] = field(default_factory=list)
    exists: bool = True
    erased: bool = False

    @property
    def kind_label(self):
        return KINDS[self.kind]

    @property
    def record(self):
        if self.kind == CONTACT:
            return Contact.objects.filter(pk=self.pk).first()
        return get_user_model().objects.filter(pk=self.pk).first()

    def pattern(self, escaped=False, values=None) -> re.Pattern | None:
        """A regular expression matching any identifier (or any of ``values``)
        as a whole word (``escaped``: as JSON writes it inside a string, too)."""
        values = set(self.identifiers if values is None else values)
        if escaped:
            values |= {json_escaped(value) for value in values}
        if not values:
            return None
        alternatives = "|".join(
            re.escape(value) for value in sorted(values, key=len, reverse=True)
        )
        return re.compile(rf"(?<!\w)(?:{alternatives})(?!\w)", re.IGNORECASE)


def json_escaped(value: str) -> str:
    return json.dumps(value)[1:-1]


def new_pseudonym(kind: str) -> str:
    """What replaces a person's identifying values; a user's doubles as the
    account's username, so it keeps to the characters usernames allow."""
    token = secrets.token_hex(4)
    return f"[slettet person {token}]" if kind == CONTACT else f"slettet-bruger-{token}"


PSEUDONYM = re.compile(r"^(\[slettet person [0-9a-f]{8}\]|slettet-bruger-[0-9a-f]{8})$")


def _identifiers(values) -> list[str]:
    found = set()
    for value in values:
        value = (value or "").strip()
        if len(value) < SHORTEST or PSEUDONYM.match(value):
            continue
        found.add(value)
        digits = re.sub(r"\D", "", value)
        if (
            len(digits) >= 6
            and digits != value
            and not re.search(r"[^\d\s+().-]", value)
        ):
            found.add(digits)
    return sorted(found)


def contact(pk: int) -> Subject | None:
    """A contact, live or deleted, with every identifying value it ever had."""
    rows = list(
        Contact.history.filter(id=pk)
        .order_by("history_id")
        .values_list("name", "email", "phone", "history_type")
    )
    live = Contact.objects.filter(pk=pk).first()
    if not rows and live is None:
        return None
    values = [value for row in rows for value in row[:3]]
    if live is not None:
        values += [live.name, live.email, live.phone]
    label = live.name if live is not None else rows[-1][0]
    return Subject(
        kind=CONTACT,
        pk=pk,
        label=label,
        identifiers=_identifiers(values),
        exists=live is not None,
        erased=Erasure.objects.filter(pseudonym=label).exists(),
    )


def user(pk: int) -> Subject | None:
    """A staff user, by username, full name and e-mail address."""
    account = get_user_model().objects.filter(pk=pk).first()
    if account is None:
        return None
    full_name = account.get_full_name()
    values = [account.email]
    if " " in full_name.strip():
        values.append(full_name)
    return Subject(
        kind=USER,
        pk=pk,
        label=full_name or account.username,
        identifiers=_identifiers(values),
        account_names=[account.username],
        erased=Erasure.objects.filter(pseudonym=account.username).exists(),
    )


def get(kind: str, pk: int) -> Subject | None:
    return {CONTACT: contact, USER: user}.get(kind, lambda pk: None)(pk)


def search(query: str, limit: int = 50) -> list[Subject]:
    """Contacts (also deleted ones) and users whose identifying values
    contain ``query``."""
    query = query.strip()
    if len(query) < 2:
        return []
    contact_ids = (
        Contact.history.filter(
            Q(name__icontains=query)
            | Q(email__icontains=query)
            | Q(phone__icontains=query)
        )
        .order_by("id")
        .values_list("id", flat=True)
        .distinct()[:limit]
    )
    user_ids = (
        get_user_model()
        .objects.filter(
            Q(username__icontains=query)
            | Q(first_name__icontains=query)
            | Q(last_name__icontains=query)
            | Q(email__icontains=query)
        )
        .order_by("pk")
        .values_list("pk", flat=True)[:limit]
    )
    found = [contact(pk) for pk in contact_ids] + [user(pk) for pk in user_ids]
    return [subject for subject in found if subject is not None]
