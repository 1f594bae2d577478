"""The privacy area: find a person, export what is held about them, erase it
(GDPR Art. 15, 17, 20) and review contacts past the retention period."""

from collections import Counter, defaultdict

from django import forms
from django.apps import apps
from django.conf import settings
from django.contrib import messages
from django.core.exceptions import FieldDoesNotExist, ValidationError
from django.core.paginator import Paginator
from django.db.models import Exists, OuterRef
from django.http import Http404, HttpResponse
from django.shortcuts import get_object_or_404, redirect
from django.template.response import TemplateResponse
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy
from django.views.decorators.cache import never_cache
from django.views.decorators.http import require_http_methods, require_safe

from partnerships import permissions
from partnerships.models import Erasure, LegalBasis
from partnerships.privacy import finder, report, retention, subjects
from partnerships.privacy.erasure import erase

SHORTEST_QUERY = 2


def _require_privacy(request):
    permissions.require(permissions.can_see_privacy(request.user))


def _subject(kind, pk):
    subject = subjects.get(kind, pk)
    if subject is None:
        raise Http404
    return subject


def _erasure_of(subject):
    return Erasure.objects.filter(pseudonym=subject.label).first()


def _per_place(counts):
    """(place label, count) in the order the privacy area shows places."""
    return [
        (label, counts[key]) for key, label in finder.PLACES.items() if key in counts
    ]


class SearchForm(forms.Form):
    q = forms.CharField(
        label=gettext_lazy("Name, e-mail address or phone number"),
        min_length=SHORTEST_QUERY,
        max_length=200,
        error_messages=dict.fromkeys(
            ["required", "min_length"],
            gettext_lazy("Type at least two characters to search."),
        ),
    )


@never_cache
@require_safe
def index(request):
    """Search for a person; below, the erasures made so far."""
    _require_privacy(request)
    form = SearchForm(request.GET if "q" in request.GET else None)
    results = subjects.search(form.cleaned_data["q"]) if form.is_valid() else None
    erasures = Erasure.objects.select_related("erased_by")
    page = Paginator(erasures, 25).get_page(request.GET.get("p"))
    query = request.GET.copy()
    query.pop("p", None)
    return TemplateResponse(
        request,
        "partnerships/privacy/index.html",
        {"form": form, "results": results, "page": page, "query": query.urlencode()},
    )


def _field_label(model, name):
    try:
        return str(model._meta.get_field(name).verbose_name)
    except FieldDoesNotExist:
        return name


def _mention_groups(mentions):
    grouped = defaultdict(list)
    for finding in mentions:
        grouped[finding.place].append(
            {
                "record_type": finding.model_name,
                "pk": finding.pk,
                "fields": [_field_label(finding.model, f) for f in finding.fields],
                "excerpt": finding.excerpt,
            }
        )
    return [
        (label, grouped[key]) for key, label in finder.PLACES.items() if grouped[key]
    ]


def _link_groups(links):
    counts = Counter((finding.model, finding.fields[0]) for finding in links)
    return [
        {
            "record_type": model._meta.verbose_name,
            "field": _field_label(model, field),
            "count": count,
        }
        for (model, field), count in counts.items()
    ]


@never_cache
@require_safe
def subject_page(request, kind, pk):
    """Everything the database holds about one person, and what to do with it."""
    _require_privacy(request)
    subject = _subject(kind, pk)
    links = finder.links(subject)
    return TemplateResponse(
        request,
        "partnerships/privacy/subject.html",
        {
            "subject": subject,
            "erasure": _erasure_of(subject) if subject.erased else None,
            "mention_groups": _mention_groups(finder.mentions(subject)),
            "link_groups": _link_groups(links),
            "can_erase": permissions.can_erase(request.user),
        },
    )


@never_cache
@require_safe
def export(request, kind, pk):
    """The person's data as JSON, to hand over (Art. 20)."""
    _require_privacy(request)
    subject = _subject(kind, pk)
    response = HttpResponse(
        report.as_json(report.report(subject)),
        content_type="application/json; charset=utf-8",
    )
    # The file name says who only by number: it ends up in download folders.
    filename = f"personal-data-{subject.kind}-{subject.pk}.json"
    response["Content-Disposition"] = f'attachment; filename="{filename}"'
    return response


def _readable(value):
    if isinstance(value, bool):
        return _("Yes") if value else _("No")
    if isinstance(value, list):
        return ", ".join(str(item) for item in value)
    return value


RECORD_LABELS = {
    "name": gettext_lazy("Name"),
    "role": gettext_lazy("Role"),
    "organisation": gettext_lazy("Organisation"),
    "email": gettext_lazy("E-mail"),
    "phone": gettext_lazy("Phone"),
    "username": gettext_lazy("Username"),
    "first_name": gettext_lazy("First name"),
    "last_name": gettext_lazy("Last name"),
    "active": gettext_lazy("Active"),
    "joined": gettext_lazy("Joined"),
    "last_sign_in": gettext_lazy("Last sign-in"),
    "roles": gettext_lazy("Roles"),
}


def _readable_rows(rows):
    """The report's rows with record types and fields named as people read them."""
    for row in rows:
        try:
            model = apps.get_model(row["table"])
        except (LookupError, ValueError):
            model = None
        fields = row["fields"] if "fields" in row else [row["field"]]
        yield {
            **row,
            "record_type": model._meta.verbose_name if model else row["table"],
            "field_names": [_field_label(model, f) if model else f for f in fields],
        }


@never_cache
@require_safe
def readable_report(request, kind, pk):
    """What is held about the person, as a page to print or save as PDF (Art. 15)."""
    _require_privacy(request)
    subject = _subject(kind, pk)
    data = report.report(subject)
    return TemplateResponse(
        request,
        "partnerships/privacy/report.html",
        {
            "subject": subject,
            "data": data,
            "mentions": list(_readable_rows(data["mentions"])),
            "linked_records": list(_readable_rows(data["linked_records"])),
            "record": [
                (RECORD_LABELS.get(key, key), _readable(value))
                for key, value in data["record"].items()
            ],
        },
    )


class ErasureForm(forms.Form):
    legal_basis = forms.ChoiceField(
        label=gettext_lazy("Legal basis"),
        choices=LegalBasis.choices,
        widget=forms.RadioSelect,
    )
    note = forms.CharField(
        label=gettext_lazy("Note"),
        required=False,
        max_length=2000,
        widget=forms.Textarea(attrs={"rows": 4}),
        help_text=gettext_lazy(
            "Required when the legal basis is “Other”. Refer to the case, e.g. "
            "by its case number; do not write the person's name."
        ),
    )
    confirm = forms.BooleanField(
        label=gettext_lazy(
            "I have checked what will be changed, and the person's data is to be "
            "erased. This cannot be undone."
        ),
    )

    def clean(self):
        data = super().clean()
        if data.get("legal_basis") == LegalBasis.OTHER and not data.get("note"):
            self.add_error(
                "note", _("Explain the legal basis in the note when it is “Other”.")
            )
        return data


@never_cache
@require_http_methods(["GET", "HEAD", "POST"])
def erase_subject(request, kind, pk):
    """What an erasure would change, and the form that makes it (Art. 17)."""
    _require_privacy(request)
    permissions.require(permissions.can_erase(request.user))
    subject = _subject(kind, pk)
    erasure = _erasure_of(subject) if subject.erased else None
    form = ErasureForm(request.POST if request.method == "POST" else None)
    if erasure is None and form.is_valid():
        try:
            done = erase(
                subject,
                by=request.user,
                legal_basis=form.cleaned_data["legal_basis"],
                note=form.cleaned_data["note"],
            )
        except ValidationError as error:
            form.add_error(None, error)
        else:
            messages.success(
                request,
                _("The person's data was erased. They are now called %(pseudonym)s.")
                % {"pseudonym": done.pseudonym},
            )
            return redirect("partnerships_privacy_erasure", done.pk)
    mentions = finder.mentions(subject) if erasure is None else []
    return TemplateResponse(
        request,
        "partnerships/privacy/erase.html",
        {
            "subject": subject,
            "erasure": erasure,
            "form": form,
            "changes": _per_place(Counter(finding.place for finding in mentions)),
            "links": len(finder.links(subject)) if erasure is None else 0,
        },
    )


@never_cache
@require_safe
def erasure_detail(request, pk):
    """One erasure as recorded: never the erased values, only what was done."""
    _require_privacy(request)
    erasure = get_object_or_404(Erasure.objects.select_related("erased_by"), pk=pk)
    changes = erasure.changes if isinstance(erasure.changes, dict) else {}
    return TemplateResponse(
        request,
        "partnerships/privacy/erasure.html",
        {
            "erasure": erasure,
            "kind": subjects.KINDS.get(erasure.subject_kind, erasure.subject_kind),
            "changes": _per_place(changes),
            "sealed": erasure.seals.count(),
        },
    )


@never_cache
@require_safe
def retention_review(request):
    """Contacts whose partnerships all ended longer ago than the retention period."""
    _require_privacy(request)
    due = retention.due_for_review().annotate(
        erased=Exists(Erasure.objects.filter(pseudonym=OuterRef("name")))
    )
    page = Paginator(due, 50).get_page(request.GET.get("p"))
    return TemplateResponse(
        request,
        "partnerships/privacy/retention.html",
        {
            "page": page,
            "years": settings.PRIVACY_RETENTION_YEARS,
            "cutoff": retention.cutoff(),
        },
    )
