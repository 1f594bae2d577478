"""The auditor's workspace: change log, record history and past states (read-only)."""

from datetime import UTC, date, datetime, time, timedelta
from urllib.parse import urlencode

from django import forms
from django.contrib.auth import get_user_model
from django.core.paginator import Paginator
from django.http import Http404
from django.template.response import TemplateResponse
from django.urls import reverse
from django.utils import timezone
from django.utils.translation import gettext_lazy as _
from django.views.decorators.http import require_safe
from wagtail.models import PageLogEntry

from partnerships import audit, permissions
from partnerships.audit_export import change_log_csv
from partnerships.audit_values import Values, previous_rows, with_previous
from partnerships.models import Partnership
from partnerships.paging import LIST_PAGE_SIZE, uncounted_page

# The trail holds nothing near the ends of the calendar. Dates are clamped to
# these days, so that 0001-01-01 or 9999-12-31 (typed to mean "from the start",
# "until now") cannot overflow when moved between time zones.
FIRST_DAY = date(2, 1, 1)
LAST_DAY = date(9998, 12, 31)


def within_calendar(moment):
    """A date or an aware datetime clamped to the days the trail can hold."""
    if isinstance(moment, datetime):
        first = timezone.make_aware(datetime.combine(FIRST_DAY, time.min))
        last = timezone.make_aware(datetime.combine(LAST_DAY, time.max))
        return min(max(moment, first), last)
    return min(max(moment, FIRST_DAY), LAST_DAY)


def _require_auditor(request):
    permissions.require(permissions.can_audit(request.user))


class ChangeLogFilter(forms.Form):
    # A text field, not a select: there may be thousands of partnerships.
    partnership = forms.CharField(
        required=False,
        max_length=200,
        label=_("Partnership"),
        help_text=_("Part of the title, or the partnership's number."),
    )
    model = forms.ChoiceField(
        required=False,
        label=_("Record type"),
        choices=[
            ("", _("All")),
            *[(m._meta.model_name, m._meta.verbose_name) for m in audit.TRACKED],
        ],
    )
    user = forms.ModelChoiceField(
        get_user_model().objects.order_by("username"), required=False, label=_("User")
    )
    action = forms.ChoiceField(
        required=False,
        label=_("Action"),
        choices=[
            ("", _("All")),
            ("+", _("Created")),
            ("~", _("Changed")),
            ("-", _("Deleted")),
        ],
    )
    since = forms.DateField(
        required=False,
        label=_("From"),
        widget=forms.DateInput(attrs={"type": "date"}),
    )
    until = forms.DateField(
        required=False,
        label=_("Up to and including"),
        widget=forms.DateInput(attrs={"type": "date"}),
    )

    def partnership_ids(self):
        wanted = self.cleaned_data["partnership"].strip()
        if not wanted:
            return None
        if wanted.isascii() and wanted.isdigit():
            # A number beyond any database's integers names no partnership.
            number = int(wanted)
            return [number] if number < 2**63 else []
        matches = Partnership.objects.filter(title__icontains=wanted)
        return list(matches.values_list("id", flat=True)[:500])

    def rows(self):
        data = self.cleaned_data

        def start_of(day):
            if day is None:
                return None
            return timezone.make_aware(datetime.combine(within_calendar(day), time.min))

        return audit.change_log(
            partnerships=self.partnership_ids(),
            model=data["model"] or None,
            user=data["user"].pk if data["user"] else None,
            action=data["action"] or None,
            since=start_of(data["since"]),
            until=start_of(
                within_calendar(data["until"]) + timedelta(days=1)
                if data["until"]
                else None
            ),
        )


@require_safe
def change_log(request):
    """Every change to CRM data, newest first, filterable and exportable."""
    _require_auditor(request)
    form = ChangeLogFilter(request.GET or None)
    if form.is_bound and not form.is_valid():
        rows = Partnership.history.none()
    else:
        if not form.is_bound:
            form = ChangeLogFilter({})
            form.is_valid()
        rows = form.rows()
    if request.GET.get("export") == "csv":
        return change_log_csv(rows)
    # No COUNT(*) over every history table: one row more tells of a next page.
    page = uncounted_page(rows, request.GET.get("p"), LIST_PAGE_SIZE)
    query = request.GET.copy()
    query.pop("p", None)
    return TemplateResponse(
        request,
        "partnerships/audit/change_log.html",
        {
            "form": form,
            "page": page,
            "entries": [
                {**entry, "as_of_url": _as_of_url(entry)}
                for entry in audit.describe(list(page.object_list))
            ],
            "query": query.urlencode(),
        },
    )


def _as_of_url(entry) -> str:
    """The partnership an entry belongs to, as it stood right after the entry."""
    if entry["partnership_ref"] is None:
        return ""
    url = reverse("partnerships_audit_as_of", args=[entry["partnership_ref"]])
    return f"{url}?{urlencode({'at': moment_param(entry['settled_at'])})}"


def moment_param(moment) -> str:
    """``moment`` as ``MomentForm`` reads it: local time to the millisecond,
    rounded up so that what happened at ``moment`` is included; in UTC in the
    hour that occurs twice when summer time ends."""
    moment += timedelta(microseconds=-moment.microsecond % 1000)
    local = timezone.localtime(moment)
    if local.utcoffset() != local.replace(fold=1 - local.fold).utcoffset():
        return moment.astimezone(UTC).isoformat(timespec="milliseconds")
    return local.replace(tzinfo=None).isoformat(timespec="milliseconds")


@require_safe
def record_history(request, model_name, pk):
    """One record's history: every value it was created with, what changed in
    each step, the values it had when deleted."""
    _require_auditor(request)
    model = audit.MODELS.get(model_name)
    if model is None:
        raise Http404
    history = model.history.filter(id=pk).select_related("history_user")
    if not history.exists():
        raise Http404
    page = Paginator(with_previous(history), 20).get_page(request.GET.get("p"))
    records = list(page.object_list)
    previous = previous_rows(model, records)
    values = Values([*records, *filter(None, previous.values())])
    moves = audit.stage_moves(
        {(model_name, r.history_id): r for r in records},
        {(model_name, hid): row for hid, row in previous.items()},
    )
    entries = []
    for record in records:
        entry = {
            "record": record,
            "flag": audit.FLAGGED_MOVES.get(moves.get((model_name, record.history_id))),
        }
        if record.history_type == "~":
            entry["changes"] = values.changes(record, previous[record.history_id])
        else:
            entry["values"] = values.values(record)
        entries.append(entry)
    newest = records[0] if page.number == 1 else history.first()
    return TemplateResponse(
        request,
        "partnerships/audit/record_history.html",
        {
            # The name, not the class: a template would call the class.
            "model": model._meta.verbose_name,
            "label": audit.record_label(newest),
            "page": page,
            "entries": entries,
        },
    )


class MomentForm(forms.Form):
    at = forms.DateTimeField(
        label=_("Date and time"),
        # Seconds and milliseconds, so that a change-log entry's link can
        # name the moment right after it.
        widget=forms.DateTimeInput(attrs={"type": "datetime-local", "step": "0.001"}),
        input_formats=["%Y-%m-%dT%H:%M", "%Y-%m-%d %H:%M", "%Y-%m-%d"],
    )


@require_safe
def partnership_as_of(request, pk):
    """A partnership, its partners, tasks and stage as they stood at a moment."""
    _require_auditor(request)
    current = Partnership.history.filter(id=pk).first()
    if current is None:
        raise Http404
    form = MomentForm(request.GET or None)
    state = None
    if form.is_valid():
        state = audit.partnership_as_of(pk, within_calendar(form.cleaned_data["at"]))
    return TemplateResponse(
        request,
        "partnerships/audit/as_of.html",
        {"form": form, "state": state, "current": current, "pk": pk},
    )


@require_safe
def page_history(request):
    """What happened to the knowledge site's pages, for auditors without edit
    rights on pages (Wagtail's own page history needs them)."""
    _require_auditor(request)
    entries = PageLogEntry.objects.select_related("user", "page").order_by(
        "-timestamp", "-id"
    )
    page_id = request.GET.get("side")
    if page_id and page_id.isdigit():
        entries = entries.filter(page_id=page_id)
    page = Paginator(entries, 50).get_page(request.GET.get("p"))
    query = request.GET.copy()
    query.pop("p", None)
    return TemplateResponse(
        request,
        "partnerships/audit/page_history.html",
        {"page": page, "query": query.urlencode()},
    )
