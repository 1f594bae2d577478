"""Erasing one person's data in every copy (GDPR Art. 17), audit trail
included, without breaking its tamper evidence: see docs/privacy.md."""

import json
from collections import Counter

from django.contrib.auth import get_user_model
from django.core.exceptions import ValidationError
from django.core.serializers.json import DjangoJSONEncoder
from django.db import connection, models, transaction
from django.db.models.functions import Cast
from django.utils.translation import gettext as _
from django_otp import devices_for_user
from wagtail.search import index
from wagtail.search.models import IndexEntry

from partnerships.history import SYSTEM_USERNAME, save_with_reason
from partnerships.models import Erasure, ErasureSeal
from partnerships.models.privacy import seal_of
from partnerships.privacy import finder
from partnerships.privacy.subjects import CONTACT, Subject, new_pseudonym
from partnerships.verification import broken_links

SIGN_IN_RECORDS = "axes"


def erase(subject: Subject, by, legal_basis: str, note: str = "") -> Erasure:
    """Replace every identifying value of ``subject`` by a pseudonym wherever
    it is held, and record the erasure. Refuses (ValidationError, nothing
    changed) if an audit-trail chain it would touch is already broken."""
    _refuse_account(subject, by)
    with transaction.atomic():
        mentions = finder.mentions(subject)
        _refuse_broken_chains(mentions)
        pseudonym = new_pseudonym(subject.kind)
        replace = _replacer(subject, pseudonym)
        counts = Counter(finding.place for finding in mentions)
        erasure = Erasure.objects.create(
            erased_by=by,
            legal_basis=legal_basis,
            note=replace(note),
            subject_kind=subject.kind,
            pseudonym=pseudonym,
            changes=dict(counts),
        )
        reason = _("Personal data erased (%(pseudonym)s)") % {"pseudonym": pseudonym}
        _erase_record(subject, pseudonym, by, reason)
        reindex = set()
        for finding in mentions:
            if finding.place == finder.HISTORY:
                _rewrite_history(erasure, finding, replace)
            elif finding.place == finder.INDEX:
                entry = IndexEntry.objects.filter(pk=finding.pk).first()
                if entry is not None:
                    reindex.add((entry.content_type, entry.object_id))
                    entry.delete()
            elif finding.model._meta.app_label == SIGN_IN_RECORDS:
                finding.model._base_manager.filter(pk=finding.pk).delete()
            elif finding.whole:
                # A log entry about the account, labelled with its username.
                finding.model._base_manager.filter(pk=finding.pk).update(
                    **dict.fromkeys(finding.fields, pseudonym)
                )
            else:
                _rewrite_record(finding, replace, by, reason)
        for content_type, object_id in reindex:
            _reindex(content_type, object_id)
    return erasure


def _refuse_account(subject, by):
    """Accounts the site cannot do without are not erased."""
    if subject.kind == CONTACT:
        return
    account = subject.record
    if account.pk == by.pk:
        raise ValidationError(
            _("You cannot erase your own account; ask another privacy officer.")
        )
    if account.get_username() == SYSTEM_USERNAME:
        raise ValidationError(
            _("The system account names no person and is not erased.")
        )
    others = get_user_model().objects.filter(is_superuser=True, is_active=True)
    if account.is_superuser and not others.exclude(pk=account.pk).exists():
        raise ValidationError(
            _("This is the last active administrator; make another one first.")
        )


def _erase_record(subject, pseudonym, by, reason):
    record = subject.record
    if record is None:
        return
    if subject.kind == CONTACT:
        record.name = pseudonym
        record.email = record.phone = ""
        save_with_reason(record, by, reason)
        return
    record.username = pseudonym
    record.first_name = record.last_name = record.email = ""
    record.is_active = False
    record.set_unusable_password()
    record.save()
    for device in devices_for_user(record, confirmed=None):
        device.delete()


def _replacer(subject, pseudonym):
    pattern = subject.pattern(escaped=True)

    def replace(value):
        if pattern is None:
            return value
        if isinstance(value, str):
            return pattern.sub(pseudonym, value)
        if isinstance(value, list):
            return [replace(item) for item in value]
        if isinstance(value, dict):
            return {replace(key): replace(item) for key, item in value.items()}
        return value

    return replace


def _new_values(finding, replace) -> dict:
    """The finding's matched columns with the person replaced, read afresh."""
    fields = [finding.model._meta.get_field(name) for name in finding.fields]
    row = (
        finding.model._base_manager.filter(pk=finding.pk)
        .annotate(
            **{f"_text_{f.name}": Cast(f.name, models.TextField()) for f in fields}
        )
        .values(*[f"_text_{f.name}" for f in fields])
        .first()
    )
    if row is None:
        return {}
    values = {}
    for field in fields:
        text = row[f"_text_{field.name}"]
        if text is None:
            continue
        old = json.loads(text) if finder.is_json(field) else text
        new = replace(old)
        if new != old:
            values[field] = new
    return values


def _rewrite_record(finding, replace, by, reason):
    values = _new_values(finding, replace)
    if not values:
        return
    model = finding.model
    if hasattr(model, "history"):
        # A tracked record is saved, so its history gets a row naming who
        # erased and why.
        record = model._base_manager.get(pk=finding.pk)
        for field, value in values.items():
            setattr(record, field.attname, value)
        save_with_reason(record, by, reason)
    else:
        model._base_manager.filter(pk=finding.pk).update(
            **{field.attname: value for field, value in values.items()}
        )


def _rewrite_history(erasure, finding, replace):
    values = _new_values(finding, replace)
    if not values:
        return
    model = finding.model
    if connection.vendor == "postgresql":
        # History tables refuse UPDATE; the database's erasure function may
        # rewrite text columns inside this erasure's transaction.
        with connection.cursor() as cursor:
            for field, value in values.items():
                text = (
                    json.dumps(value, cls=DjangoJSONEncoder)
                    if finder.is_json(field)
                    else value
                )
                cursor.execute(
                    "SELECT crm_erase_history_text(%s, %s, %s, %s, %s)",
                    [erasure.pk, model._meta.db_table, finding.pk, field.column, text],
                )
    else:
        model._base_manager.filter(pk=finding.pk).update(
            **{field.attname: value for field, value in values.items()}
        )
    row = model._base_manager.get(pk=finding.pk)
    label = model._meta.label_lower
    ErasureSeal.objects.create(
        erasure=erasure,
        history_model=label,
        history_id=row.history_id,
        fields=sorted(field.name for field in values),
        seal=seal_of(label, row),
    )


def _refuse_broken_chains(mentions):
    chains = {}
    for finding in mentions:
        if finding.place == finder.HISTORY:
            history_id = finding.model._base_manager.values_list("id", flat=True).get(
                pk=finding.pk
            )
            chains.setdefault(finding.model.instance_type, set()).add(history_id)
    for model, record_ids in chains.items():
        problems = list(broken_links(model, record_ids))
        if problems:
            raise ValidationError(
                _(
                    "The audit trail of a record this erasure would change is "
                    "already broken, so nothing was erased. Run verify_history and "
                    "resolve this first: %(problem)s"
                ),
                params={"problem": problems[0]},
            )


def _reindex(content_type, object_id):
    model = content_type.model_class()
    if model is None:
        return
    record = model._default_manager.filter(pk=object_id).first()
    if record is None:
        return
    record = getattr(record, "specific", record)
    index.insert_or_update_object(record)
