"""The auditor's workspace: change log, record history and past states (read-only)."""

import csv
from datetime import datetime, time, timedelta

from django import forms
from django.contrib.auth import get_user_model
from django.core.exceptions import PermissionDenied
from django.core.paginator import Paginator
from django.http import Http404, StreamingHttpResponse
from django.template.response import TemplateResponse
from django.utils import timezone
from django.utils.translation import gettext_lazy as _
from django.views.decorators.http import require_safe
from wagtail.models import PageLogEntry

from partnerships import audit
from partnerships.models import Partnership

AUDIT_PERMISSION = "partnerships.view_historicalpartnership"


def can_audit(user) -> bool:
    return user.has_perm(AUDIT_PERMISSION)


def _require_auditor(request):
    if not can_audit(request.user):
        raise PermissionDenied


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
        if wanted.isdigit():
            return [int(wanted)]
        matches = Partnership.objects.filter(title__icontains=wanted)
        return list(matches.values_list("id", flat=True)[:500])

    def rows(self):
        data = self.cleaned_data

        def start_of(day):
            return timezone.make_aware(datetime.combine(day, time.min)) if day else None

        return audit.change_log(
            partnerships=self.partnership_ids(),
            model=data["model"] or None,
            user=data["user"].pk if data["user"] else None,
            action=data["action"] or None,
            since=start_of(data["since"]),
            until=start_of(
                data["until"] + timedelta(days=1) if data["until"] else None
            ),
        )


class Echo:
    def write(self, value):
        return value


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
        writer = csv.writer(Echo())

        def lines():
            yield writer.writerow(
                [
                    "when",
                    "user_id",
                    "action",
                    "record_type",
                    "record_id",
                    "partnership_id",
                    "reason",
                ]
            )
            for row in rows.iterator(chunk_size=2000):
                yield writer.writerow(
                    [
                        row["history_date"].isoformat(),
                        row["history_user_id"],
                        audit.ACTIONS[row["history_type"]],
                        row["model_name"],
                        row["record_id"],
                        row["partnership_ref"] or "",
                        audit.spreadsheet_cell(row["history_change_reason"] or ""),
                    ]
                )

        response = StreamingHttpResponse(lines(), content_type="text/csv")
        response["Content-Disposition"] = 'attachment; filename="aendringslog.csv"'
        return response
    page = Paginator(rows, 50).get_page(request.GET.get("p"))
    query = request.GET.copy()
    query.pop("p", None)
    return TemplateResponse(
        request,
        "partnerships/audit/change_log.html",
        {
            "form": form,
            "page": page,
            "entries": audit.describe(list(page.object_list)),
            "query": query.urlencode(),
        },
    )


@require_safe
def record_history(request, model_name, pk):
    """One record's history with what changed in each step."""
    _require_auditor(request)
    model = audit.MODELS.get(model_name)
    if model is None:
        raise Http404
    history = model.history.filter(id=pk).select_related("history_user")
    if not history.exists():
        raise Http404
    page = Paginator(history, 20).get_page(request.GET.get("p"))
    entries = [
        {"record": record, "changes": audit.field_changes(record, record.prev_record)}
        for record in page.object_list
    ]
    return TemplateResponse(
        request,
        "partnerships/audit/record_history.html",
        {
            "model": model,
            "label": audit.record_label(history.first()),
            "page": page,
            "entries": entries,
        },
    )


class MomentForm(forms.Form):
    at = forms.DateTimeField(
        label=_("Date and time"),
        widget=forms.DateTimeInput(attrs={"type": "datetime-local"}),
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
        state = audit.partnership_as_of(pk, form.cleaned_data["at"])
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
