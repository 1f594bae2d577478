"""Admin views beyond plain CRUD: guarded edit and inspect, stage change,
checklists, board."""

from django.conf import settings
from django.contrib import messages
from django.contrib.admin.options import IncorrectLookupParameters
from django.core.exceptions import ValidationError
from django.core.paginator import InvalidPage
from django.db import transaction
from django.db.models import Count
from django.http import JsonResponse
from django.shortcuts import get_object_or_404, redirect
from django.template.response import TemplateResponse
from django.urls import reverse
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy, ngettext
from django.views.decorators.http import require_POST
from modelcluster.models import get_all_child_relations
from wagtail.log_actions import log
from wagtail_modeladmin.views import (
    CreateView,
    EditView,
    HistoryView,
    IndexView,
    InspectView,
)

from cms.models import StageGuidance
from cms.stages import Stage
from partnerships import board as board_views
from partnerships import (
    cases,
    checklists,
    concurrency,
    lifecycle,
    permissions,
    reminders,
)
from partnerships.audit import spreadsheet_cell
from partnerships.concurrency import version_of
from partnerships.forms import ChecklistForm, StageChangeForm
from partnerships.models import Contact, Partnership
from partnerships.services import save_partnership
from partnerships.tools.common import refuse_concluded, tool_summaries, tool_url


class CRMIndexView(IndexView):
    """A register's list. A filter it cannot apply (a word where an id
    belongs, an unknown field) shows the whole list with a message, as
    Django's own admin does, where modeladmin would fail. Exported text that
    a spreadsheet would run as a formula is written as text."""

    def dispatch(self, request, *args, **kwargs):
        try:
            return super().dispatch(request, *args, **kwargs)
        except IncorrectLookupParameters:
            messages.error(
                request,
                _("The list cannot be filtered like that, so it shows everything."),
            )
            return redirect(self.index_url)

    def get_queryset(self, request=None):
        # modeladmin builds the list's queryset (and its filters' choices,
        # with queries) in dispatch and again for the page: once is enough.
        if not hasattr(self, "_listed"):
            self._listed = super().get_queryset(request)
        return self._listed

    def get_context_data(self, **kwargs):
        """modeladmin's context for a list, with one COUNT instead of three:
        the paginator's count is the filtered count, and the full count is
        the same when nothing is filtered or searched for. (The registers are
        not pages, so modeladmin's context for page models is left out.)"""
        queryset = self.get_queryset()
        paginator = self.paginator_class(queryset, self.items_per_page)
        try:
            page_obj = paginator.page(self.page_num)
        except InvalidPage:
            page_obj = paginator.page(1)
        result_count = paginator.count
        filtered = bool(self.query or self.get_filters_params())
        context = {
            "view": self,
            "all_count": self.get_base_queryset().count() if filtered else result_count,
            "result_count": result_count,
            "paginator": paginator,
            "page_obj": page_obj,
            "elided_page_range": paginator.get_elided_page_range(self.page_num),
            "object_list": page_obj.object_list,
            "user_can_create": self.permission_helper.user_can_create(
                self.request.user
            ),
            "show_search": self.search_handler.show_search_form,
            **kwargs,
        }
        # Past IndexView's own get_context_data, which would count again.
        return super(IndexView, self).get_context_data(**context)

    def empty_value(self, field) -> str:
        return str(self.model_admin.get_empty_value_display(field))

    def preprocess_field_value(self, field, value, export_format):
        value = super().preprocess_field_value(field, value, export_format)
        if not isinstance(value, str):
            return value
        if export_format == self.FORMAT_XLSX:
            # Excel files cannot hold control characters; every cell is text.
            from openpyxl.cell.cell import ILLEGAL_CHARACTERS_RE

            return ILLEGAL_CHARACTERS_RE.sub("", value)
        if value == self.empty_value(field):
            return value  # the list's "-" for nothing, not a formula
        return spreadsheet_cell(value)


# New rows an edit form may add to each of its inline lists (tasks, team,
# partners, goals) in one save; people add a few at a time.
MAX_NEW_INLINE_ROWS = 20


class BoundedInlinesMixin:
    """Refuses a form whose inline lists claim more rows than the record has
    plus ``MAX_NEW_INLINE_ROWS``, before any form is built: a crafted request
    with 100,000 rows per list kept a worker busy for minutes."""

    def dispatch(self, request, *args, **kwargs):
        if request.method == "POST" and self.too_many_rows(request.POST):
            messages.error(
                request,
                _(
                    "The form held more rows than can be saved at once (at most "
                    "%(count)s new rows per list). Nothing was saved."
                )
                % {"count": MAX_NEW_INLINE_ROWS},
            )
            return redirect(request.get_full_path())
        return super().dispatch(request, *args, **kwargs)

    def too_many_rows(self, data) -> bool:
        instance = getattr(self, "instance", None)
        relations = set()
        if instance is not None and instance.pk:
            relations = {
                relation.get_accessor_name()
                for relation in get_all_child_relations(type(instance))
            }
        for key, value in data.items():
            if not key.endswith("-TOTAL_FORMS"):
                continue
            relation = key.removesuffix("-TOTAL_FORMS")
            existing = 0
            if relation in relations:
                existing = getattr(instance, relation).count()
            try:
                count = int(value)
            except ValueError:
                continue  # the formset says its management data is broken
            if count > existing + MAX_NEW_INLINE_ROWS:
                return True
        return False


class PartnershipCreateView(BoundedInlinesMixin, CreateView):
    def get_instance(self):
        instance = super().get_instance()
        if instance.project_manager_id is None:
            instance.project_manager = self.request.user
        return instance


class VersionedEditView(BoundedInlinesMixin, EditView):
    """Refuses to save a form opened on an older version of the record; the
    form carries that version in a hidden ``expected`` field."""

    def get_context_data(self, **kwargs):
        context = super().get_context_data(**kwargs)
        # A re-shown form keeps the version it was opened on.
        context["version"] = self.request.POST.get("expected") or version_of(
            self.instance
        )
        return context

    def expected(self) -> str:
        return self.request.POST.get("expected", "")

    def save(self, form):
        with transaction.atomic():
            concurrency.lock(
                type(self.instance).objects, self.instance.pk, expected=self.expected()
            )
            return form.save()

    def form_valid(self, form):
        try:
            self.instance = self.save(form)
        except ValidationError as error:
            form.add_error(None, error)
            return self.form_invalid(form)
        log(
            instance=self.instance,
            action="wagtail.edit",
            content_changed=form.has_changed(),
        )
        messages.success(self.request, self.get_success_message(self.instance))
        return redirect(self.get_success_url())


CONCLUDED = gettext_lazy(
    "This partnership is concluded; renew it to change its details, team, "
    "partners or tasks."
)


class PartnershipEditView(VersionedEditView):
    """A concluded partnership's form is refused with the reason, on the
    partnership's page."""

    def dispatch(self, request, *args, **kwargs):
        try:
            return super().dispatch(request, *args, **kwargs)
        except permissions.Concluded:
            return refuse_concluded(
                request, self.instance, CONCLUDED, self.instance.get_absolute_url()
            )

    def check_action_permitted(self, user):
        permissions.require_edit(self.instance, user)
        return True

    def save(self, form):
        instance = form.save(commit=False)
        save_partnership(instance, expected=self.expected(), user=self.request.user)
        form.save_m2m()
        return instance


class GuardedHistoryView(HistoryView):
    """modeladmin's history view checks no permission of its own."""

    def check_action_permitted(self, user):
        return self.permission_helper.user_can_inspect_obj(user, self.instance)


def stage_context(partnership, user):
    """What the inspect page and the stage form show about the stage."""
    guidance = (
        StageGuidance.objects.filter(stage=partnership.stage)
        .prefetch_related("links__page", "checklist_items")
        .first()
    )
    next_stage = lifecycle.next_stage(partnership.stage_enum)
    return {
        "guidance": guidance,
        "changed_guidance": partnership.changed_guidance(guidance),
        "next_stage": Stage(next_stage) if next_stage else None,
        "unmet": [
            {
                "message": condition.message,
                "url": tool_url(condition.tool, partnership) if condition.tool else "",
            }
            for condition in partnership.unmet_for_next_stage()
        ],
        "can_change_stage": permissions.can_move(partnership, user),
        "concluded_message": (
            CONCLUDED if permissions.refused_as_concluded(partnership, user) else ""
        ),
        "stage_url": reverse("partnerships_stage_change", args=[partnership.pk]),
    }


class PartnershipInspectView(InspectView):
    def get_context_data(self, **kwargs):
        partnership = self.instance
        context = super().get_context_data(**kwargs)
        context.update(stage_context(partnership, self.request.user))
        context.update(
            {
                "partners": partnership.partner_roles.select_related("organisation"),
                "tasks": partnership.tasks.select_related("assignee"),
                "transitions": partnership.transitions.select_related("by"),
                "goals": [
                    link.goal for link in partnership.goal_links.select_related("goal")
                ],
                "team": [
                    m.user for m in partnership.team_members.select_related("user")
                ],
                "tool_summaries": tool_summaries(partnership),
                "checklists": checklists.checklists(partnership, self.request.user),
                "checklist_url": reverse(
                    "partnerships_checklist", args=[partnership.pk]
                ),
                **cases.partnership_context(partnership, self.request.user),
            }
        )
        return context


class LinkedRecordsInspectView(InspectView):
    """A register record's page: its fields, then the partnerships linked to
    it through ``partnership_path`` (and, for ``with_contacts``, its
    contacts), as far as the viewer may see them, each linked to its page."""

    partnership_path = ""
    with_contacts = False

    def get_context_data(self, **kwargs):
        context = super().get_context_data(**kwargs)
        user = self.request.user
        if self.with_contacts and permissions.can_list(user, Contact):
            context["contacts"] = self.instance.contacts.order_by("name")
        if permissions.can_see_partnerships(user):
            context["partnerships"] = Partnership.objects.filter(
                **{self.partnership_path: self.instance}
            ).order_by("title")
        return context


class OrganisationInspectView(LinkedRecordsInspectView):
    partnership_path = "partner_roles__organisation"
    with_contacts = True


class StrategicGoalInspectView(LinkedRecordsInspectView):
    partnership_path = "goal_links__goal"


CHECKLIST_CONCLUDED = gettext_lazy(
    "This partnership is concluded; renew it to tick off its checklists."
)


@require_POST
def tick_checklist(request, pk):
    """Save one stage's checklist as ticked on the partnership's page."""
    permissions.require(permissions.can_see_partnerships(request.user))
    partnership = get_object_or_404(Partnership, pk=pk)
    form = ChecklistForm(request.POST)
    stage = request.POST.get("stage", "")
    back = partnership.get_absolute_url()
    if stage in Stage.values:
        back += f"#checklist-{stage}"
    if not form.is_valid():
        for errors in form.errors.values():
            for message in errors:
                messages.error(request, message)
        return redirect(back)
    try:
        added, removed = checklists.tick(
            partnership,
            stage=form.cleaned_data["stage"],
            ticked=form.cleaned_data["ticked"],
            user=request.user,
            expected=form.cleaned_data["expected"],
        )
    except permissions.Concluded:
        return refuse_concluded(request, partnership, CHECKLIST_CONCLUDED, back)
    except ValidationError as error:
        for message in error.messages:
            messages.error(request, message)
        return redirect(back)
    done = []
    if added:
        done.append(
            ngettext("%(count)s item ticked off", "%(count)s items ticked off", added)
            % {"count": added}
        )
    if removed:
        done.append(
            ngettext("%(count)s item unticked", "%(count)s items unticked", removed)
            % {"count": removed}
        )
    if done:
        messages.success(
            request, _("The checklist was saved: %(done)s.") % {"done": ", ".join(done)}
        )
    else:
        messages.info(request, _("The checklist was already like that."))
    return redirect(back)


def stage_change(request, pk):
    """Move a partnership through the lifecycle (form page, or JSON for the board)."""
    partnership = get_object_or_404(Partnership, pk=pk)
    permissions.require(permissions.can_move(partnership, request.user))
    wants_json = request.headers.get("Accept") == "application/json"
    form = StageChangeForm(request.POST or None, partnership=partnership)
    if wants_json and form.is_valid() and form.concludes_with_open_items():
        # The board cannot ask which open items to close; the form page can.
        message = _(
            "“%(title)s” still has open tasks, communication activities or "
            "risks. Use its “Change stage” link to choose which to close as you "
            "conclude it."
        )
        return JsonResponse(
            {"ok": False, "errors": [message % {"title": partnership}]}, status=400
        )
    if request.method == "POST" and form.is_valid():
        try:
            form.change_stage(partnership, user=request.user)
        except ValidationError as error:
            if wants_json:
                conflict = getattr(error, "code", None) == "conflict"
                status = 409 if conflict else 400
                return JsonResponse(
                    {"ok": False, "errors": error.messages}, status=status
                )
            form.add_error(None, error)
        else:
            if wants_json:
                return JsonResponse({"ok": True, "stage": partnership.stage})
            messages.success(
                request,
                _("“%(title)s” is now in the stage “%(stage)s”.")
                % {"title": partnership, "stage": partnership.get_stage_display()},
            )
            return redirect(partnership.get_absolute_url())
    elif request.method == "POST" and wants_json:
        errors = [
            message for messages_ in form.errors.values() for message in messages_
        ]
        return JsonResponse({"ok": False, "errors": errors}, status=400)
    return TemplateResponse(
        request,
        "partnerships/stage_change.html",
        {
            "partnership": partnership,
            "form": form,
            **stage_context(partnership, request.user),
        },
    )


def board(request):
    """Partnerships as columns per stage; cards move through change_stage.
    Filtered by a GET form, each column capped (partnerships/board.py)."""
    permissions.require(permissions.can_see_partnerships(request.user))
    form = board_views.BoardFilterForm(request.GET or None)
    return TemplateResponse(
        request,
        "partnerships/board.html",
        {
            "form": form,
            "columns": board_views.columns(request, form),
            "moves": {
                stage.value: {
                    Stage(target).value: move.value
                    for move, target in lifecycle.moves_from(stage).items()
                }
                for stage in Stage
            },
        },
    )


# How many of each list the dashboard shows; it says when there are more.
DASHBOARD_LIMIT = 10


def dashboard_context(user):
    """My open partnerships, counts per stage, and what falls to me: the same
    items as the reminder e-mails (partnerships/reminders.py)."""
    counts = dict(
        Partnership.objects.values_list("stage").annotate(n=Count("id")).order_by()
    )
    items = reminders.items_for(user, limit=DASHBOARD_LIMIT)
    return {
        "my_partnerships": Partnership.objects.open()
        .for_member(user)
        .with_task_counts()
        .select_related("project_manager")
        .order_by("title")[:DASHBOARD_LIMIT],
        "overdue_tasks": items.tasks_overdue,
        "tasks_due_soon": items.tasks_due,
        "activities_coming_up": items.activities,
        "expiring_rounds": items.rounds(),
        "more": items.more,
        "reminder_days": settings.REMINDER_DAYS_AHEAD,
        "stage_counts": [(stage, counts.get(stage.value, 0)) for stage in Stage],
    }
