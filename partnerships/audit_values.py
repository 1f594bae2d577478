"""Readable values of CRM history rows, looked up in bulk: a record's name,
every field it had and what changed, related records by name."""

from collections import defaultdict
from datetime import date, datetime

from django.contrib.auth import get_user_model
from django.core.exceptions import ObjectDoesNotExist
from django.db import models
from django.db.models import Max, OuterRef, Subquery
from django.utils import formats, timezone
from django.utils.translation import gettext as _
from wagtail.models import Page, Revision

# Link records are named after the record they point to.
LINKED_NAME = {
    "partnerrole": "organisation",
    "teammember": "user",
    "partnershipgoal": "goal",
    "evaluationinvitation": "contact",
    "evaluationanswer": "question",
}
# Bookkeeping, not content: counters and stamps the history row has anyway,
# and the digest of a private link (meaningless to a reader).
HIDDEN_FIELDS = {"id", "version", "created_at", "updated_at", "token_digest"}
# A stage transition's {page id: live revision id} of the guidance it showed.
GUIDANCE_FIELD = "guidance_revisions"
EMPTY = "–"


def person_name(user) -> str:
    return user.get_full_name() or user.get_username()


def _own_label(historical) -> str:
    for field in ["title", "name", "heading", "label", "text"]:
        if getattr(historical, field, ""):
            return getattr(historical, field)
    if hasattr(historical, "version"):
        return _("Agreement, cycle %(cycle)s, version %(version)s") % {
            "cycle": historical.cycle,
            "version": historical.version,
        }
    if hasattr(historical, "from_stage"):
        return (
            f"{historical.get_from_stage_display()} → "
            f"{historical.get_to_stage_display()}"
        )
    return ""


def record_label(historical) -> str:
    """A readable name for a history row's record, from its own columns or the
    record it links to (see ``label_relations`` to fetch those in bulk)."""
    return _name(historical, historical.instance_type)


def _name(record, model) -> str:
    """The name of ``record`` (a live or historical row of ``model``), without
    queries when ``label_relations`` were selected with it."""
    if isinstance(record, get_user_model()):
        return person_name(record)
    if own := _own_label(record):
        return own
    link = LINKED_NAME.get(model._meta.model_name)
    if link and getattr(record, f"{link}_id", None) is not None:
        try:
            linked = getattr(record, link)
        except ObjectDoesNotExist:
            linked = None
        if linked is None:
            return _("%(name)s (deleted)") % {"name": f"#{record.id}"}
        return _name(linked, type(linked))
    # A link record without its usual link (an evaluation invitation for a
    # staff member instead of a contact) is named as the record names itself.
    instance = record
    if hasattr(record, "instance_type"):  # a history row
        instance = record.instance
        instance._state.fields_cache.update(record._state.fields_cache)
    try:
        return str(instance)
    except ObjectDoesNotExist:
        return f"#{record.id}"


def label_relations(model) -> list[str]:
    """The relations ``record_label`` reads for ``model``'s history rows, to
    ``select_related`` them: every foreign key of a link record."""
    if model._meta.model_name not in LINKED_NAME:
        return []
    return [
        field.name
        for field in model.history.model.tracked_fields
        if field.many_to_one and field.name != "partnership"
    ]


def with_previous(history):
    """A history queryset annotated with each row's predecessor's history id
    (the record's previous row; None for its first)."""
    model = history.model
    previous = (
        model.objects.filter(id=OuterRef("id"), history_id__lt=OuterRef("history_id"))
        .order_by("-history_id")
        .values("history_id")[:1]
    )
    return history.annotate(previous_history_id=Subquery(previous))


def previous_rows(model, rows) -> dict:
    """{history id: the previous history row} for ``rows`` of ``model``
    annotated by ``with_previous``, in one query."""
    ids = {row.previous_history_id for row in rows} - {None}
    found = model.history.in_bulk(ids) if ids else {}
    return {row.history_id: found.get(row.previous_history_id) for row in rows}


def shown_fields(historical) -> list:
    tracked = {field.name for field in historical.tracked_fields}
    return [
        field
        for field in historical.instance_type._meta.concrete_fields
        if field.name in tracked and field.name not in HIDDEN_FIELDS
    ]


class Values:
    """Fields of history rows as people read them, with the records they link
    to named in bulk: one query per related model (two if some are deleted)
    and two for guidance pages, however many rows.

    ``Values(rows)`` looks everything up; ``values(row)`` and
    ``changes(new, old)`` then run no queries.
    """

    def __init__(self, rows):
        wanted = defaultdict(set)
        pages, revisions = set(), set()
        for row in rows:
            for field in shown_fields(row):
                value = getattr(row, field.attname)
                if field.name == GUIDANCE_FIELD and isinstance(value, dict):
                    pages.update(int(page) for page in value if str(page).isdigit())
                    revisions.update(r for r in value.values() if isinstance(r, int))
                elif field.is_relation and value is not None:
                    wanted[field.related_model].add(value)
        self.names = {}
        for related, ids in wanted.items():
            self.names.update(
                {(related, pk): name for pk, name in _names(related, ids).items()}
            )
        self.pages = dict(Page.objects.filter(id__in=pages).values_list("id", "title"))
        self.revisions = dict(
            Revision.objects.filter(id__in=revisions).values_list("id", "created_at")
        )

    def values(self, row) -> list[dict]:
        """Every field of the record as the row holds it."""
        return [
            self._item(field, getattr(row, field.attname))
            for field in shown_fields(row)
        ]

    def changes(self, new, old) -> list[dict]:
        """The fields that differ between two rows of a record (``old`` first)."""
        if old is None:
            return []
        changes = []
        for field in shown_fields(new):
            before, after = getattr(old, field.attname), getattr(new, field.attname)
            if before != after:
                old_item, new_item = self._item(field, before), self._item(field, after)
                changes.append(
                    {
                        "field": field.verbose_name,
                        "old": old_item["value"],
                        "new": new_item["value"],
                        "old_guidance": old_item["guidance"],
                        "new_guidance": new_item["guidance"],
                    }
                )
        return changes

    def _item(self, field, value) -> dict:
        if field.name == GUIDANCE_FIELD:
            guidance = self._guidance(value)
            text = "; ".join(_guidance_text(entry) for entry in guidance)
        else:
            guidance, text = [], self._readable(field, value)
        return {
            "field": field.verbose_name,
            "value": text or EMPTY,
            "guidance": guidance,
        }

    def _readable(self, field, value) -> str:
        if value is None or value == "":
            return EMPTY
        if field.choices:
            return str(dict(field.flatchoices).get(value, value))
        if field.is_relation:
            name = self.names.get((field.related_model, value))
            return name or _("%(name)s (deleted)") % {"name": f"#{value}"}
        if isinstance(field, models.BooleanField):
            return _("Yes") if value else _("No")
        if isinstance(value, datetime):
            return formats.date_format(timezone.localtime(value), "j. M Y H:i:s")
        if isinstance(value, date):
            return formats.date_format(value, "j. M Y")
        return str(value)

    def _guidance(self, revisions) -> list[dict]:
        if not isinstance(revisions, dict):
            return []
        entries = []
        for page, revision in revisions.items():
            page_id = int(page) if str(page).isdigit() else None
            entries.append(
                {
                    "page_id": page_id if page_id in self.pages else None,
                    "title": self.pages.get(page_id)
                    or _("%(name)s (deleted)") % {"name": f"#{page}"},
                    "revision": revision,
                    "published": self.revisions.get(revision)
                    if isinstance(revision, int)
                    else None,
                }
            )
        return entries


def _guidance_text(entry) -> str:
    if entry["revision"] is None:
        return _("%(page)s (not published)") % {"page": entry["title"]}
    return _("%(page)s (revision %(revision)s)") % {
        "page": entry["title"],
        "revision": entry["revision"],
    }


def _names(model, ids) -> dict:
    """{id: name} of records of ``model``, also of deleted ones (their last
    name in the history)."""
    found = model._default_manager.select_related(*label_relations(model)).in_bulk(ids)
    names = {pk: _name(obj, model) for pk, obj in found.items()}
    missing = set(ids) - found.keys()
    if missing and hasattr(model, "history"):
        newest = (
            model.history.filter(id__in=missing)
            .values("id")
            .annotate(newest=Max("history_id"))
            .values("newest")
        )
        last = model.history.filter(history_id__in=newest).select_related(
            *label_relations(model)
        )
        for row in last:
            names[row.id] = _("%(name)s (deleted)") % {"name": record_label(row)}
    return names


def field_changes(new, old) -> list[dict]:
    """What changed between two history rows of a record, with readable labels
    and related records by name (also when they have since been deleted).

    simple-history's ``diff_against`` skips fields that are not editable in
    forms, such as the stage, so the comparison is done here.
    """
    rows = [new] if old is None else [new, old]
    return Values(rows).changes(new, old)
