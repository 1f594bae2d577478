"""Everything the database holds about one person.

Two kinds of finding:

- **mentions**: a text column (or JSON, such as page revisions and log
  entries) in any table that holds one of the person's identifying values:
  live CRM records and their history rows, Wagtail log entries, revisions and
  page content, the search index, sign-in records and the accounts table;
- **links**: rows that point at the person's record (a contact's evaluation
  invitations; everything a staff user is named on, such as the history
  entries they wrote).

Erasure rewrites the mentions; links stay and then point at a pseudonym.
"""

from dataclasses import dataclass

from django.apps import apps
from django.contrib.auth import get_user_model
from django.contrib.contenttypes.models import ContentType
from django.db import models
from django.db.models import Q
from django.db.models.functions import Cast
from django.utils.translation import gettext_lazy as _

from cms.search_backend import stem_text
from partnerships.history import HashChained
from partnerships.privacy.subjects import CONTACT, Subject, json_escaped

# Where a finding is, in the order the privacy area shows them.
RECORD = "record"
HISTORY = "history"
LOG = "log"
REVISION = "revision"
INDEX = "index"
ACCOUNT = "account"
PLACES = {
    RECORD: _("Records"),
    HISTORY: _("History entries"),
    LOG: _("Log entries"),
    REVISION: _("Revisions"),
    INDEX: _("Search index"),
    ACCOUNT: _("Accounts and sign-in records"),
}
# Tables that hold no personal data, or only as digests and ids.
SKIPPED = {
    "contenttypes.contenttype",
    "auth.permission",
    "auth.group",
    "sessions.session",
    "partnerships.chaincheckpoint",
    "partnerships.erasure",
    "partnerships.erasureseal",
    "wagtailsearch.sqliteftsindexentry",
    "wagtailcore.referenceindex",
}
ACCOUNT_APPS = {"auth", "axes", "otp_totp", "otp_static", "wagtailusers"}
EXCERPT = 60


@dataclass
class Finding:
    place: str
    model: type
    pk: object
    fields: tuple
    excerpt: str = ""
    # The field's whole value is the account's username (not a mention in text).
    whole: bool = False

    @property
    def model_name(self):
        return self.model._meta.verbose_name

    @property
    def label(self) -> str:
        return f"{self.model._meta.label_lower}#{self.pk}"


def place_of(model) -> str:
    from wagtail.models import BaseLogEntry, Revision
    from wagtail.search.models import IndexEntry

    if issubclass(model, HashChained):
        return HISTORY
    if issubclass(model, BaseLogEntry):
        return LOG
    if issubclass(model, Revision):
        return REVISION
    if issubclass(model, IndexEntry):
        return INDEX
    if model._meta.app_label in ACCOUNT_APPS:
        return ACCOUNT
    return RECORD


def text_fields(model) -> list:
    """The columns of ``model`` that can hold a name or an address as text."""
    found = []
    # Local fields only: a page's inherited title is searched once, on Page.
    for field in model._meta.local_concrete_fields:
        if field.primary_key or field.is_relation or field.choices:
            continue
        if field.get_internal_type() in {"CharField", "TextField", "JSONField"}:
            found.append(field)
    return found


def is_json(field) -> bool:
    return field.get_internal_type() == "JSONField"


def searched_models():
    for model in apps.get_models():
        if model._meta.label_lower in SKIPPED or model._meta.proxy:
            continue
        fields = text_fields(model)
        if fields:
            yield model, fields


def mentions(subject: Subject) -> list[Finding]:
    """Every row whose text columns hold one of the subject's identifying
    values (as a whole word). The SQLite search index holds words by their
    stems, so there the stemmed values are looked for as well."""
    if subject.pattern(escaped=True) is None:
        return []
    stemmed = [stem_text(value) for value in subject.identifiers]
    found = []
    for model, fields in searched_models():
        place = place_of(model)
        values = subject.identifiers
        if place == INDEX:
            values = [*values, *(value for value in stemmed if value not in values)]
        pattern = subject.pattern(escaped=True, values=values)
        annotations = {
            f"_text_{f.name}": Cast(f.name, models.TextField()) for f in fields
        }
        query = Q()
        for field in fields:
            column = f"_text_{field.name}"
            for value in values:
                query |= Q(**{f"{column}__icontains": value})
                if is_json(field):
                    query |= Q(**{f"{column}__icontains": json_escaped(value)})
        rows = (
            model._base_manager.annotate(**annotations)
            .filter(query)
            .values("pk", *annotations)
            .order_by("pk")
        )
        for row in rows.iterator(chunk_size=500):
            matched = []
            excerpt = ""
            for field in fields:
                text = row[f"_text_{field.name}"] or ""
                hit = pattern.search(text)
                if hit:
                    matched.append(field.name)
                    excerpt = excerpt or _excerpt(text, hit)
            if matched:
                found.append(Finding(place, model, row["pk"], tuple(matched), excerpt))
    found += _account_mentions(subject)
    return sorted(found, key=lambda f: (list(PLACES).index(f.place), f.label))


def _account_mentions(subject: Subject) -> list[Finding]:
    """Sign-in records under the user's username, and Wagtail's log entries
    about the account itself (labelled with the username)."""
    if not subject.account_names:
        return []
    from axes.models import AccessAttempt, AccessFailureLog, AccessLog
    from wagtail.models import ModelLogEntry

    found = []
    for model in (AccessAttempt, AccessFailureLog, AccessLog):
        rows = model.objects.filter(username__in=subject.account_names)
        for pk, username in rows.values_list("pk", "username").order_by("pk"):
            found.append(Finding(ACCOUNT, model, pk, ("username",), username, True))
    about = ModelLogEntry.objects.filter(
        content_type=ContentType.objects.get_for_model(get_user_model()),
        object_id=str(subject.pk),
    )
    for pk, label in about.values_list("pk", "label").order_by("pk"):
        found.append(Finding(LOG, ModelLogEntry, pk, ("label",), label, True))
    return found


def _excerpt(text: str, hit) -> str:
    start = max(hit.start() - EXCERPT, 0)
    end = min(hit.end() + EXCERPT, len(text))
    return ("…" if start else "") + text[start:end] + ("…" if end < len(text) else "")


def link_fields(subject: Subject) -> list:
    """The foreign keys that can point at the subject's record."""
    target = (
        apps.get_model("partnerships", "Contact")
        if subject.kind == CONTACT
        else get_user_model()
    )
    for model in apps.get_models():
        if model._meta.label_lower in SKIPPED or model._meta.proxy:
            continue
        for field in model._meta.concrete_fields:
            if field.is_relation and field.related_model is target:
                yield model, field


def links(subject: Subject) -> list[Finding]:
    """Rows that point at the subject's record, one finding per row."""
    found = []
    for model, field in link_fields(subject):
        place = place_of(model)
        for pk in (
            model._base_manager.filter(**{field.attname: subject.pk})
            .order_by("pk")
            .values_list("pk", flat=True)
            .iterator(chunk_size=2000)
        ):
            found.append(Finding(place, model, pk, (field.name,)))
    return found
