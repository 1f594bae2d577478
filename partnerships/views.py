"""Admin views beyond plain CRUD: guarded edit and inspect, stage change, board."""

import hashlib
import json

from django import forms
from django.contrib import messages
from django.core.exceptions import PermissionDenied, ValidationError
from django.db import transaction
from django.db.models import Count
from django.forms.models import model_to_dict
from django.http import JsonResponse
from django.shortcuts import get_object_or_404, redirect
from django.template.response import TemplateResponse
from django.urls import reverse
from django.utils import timezone
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy
from wagtail.admin.forms import WagtailAdminModelForm
from wagtail.log_actions import log
from wagtail_modeladmin.views import CreateView, EditView, HistoryView, InspectView

from cms.models import StageGuidance
from cms.stages import Stage
from partnerships import lifecycle
from partnerships.lifecycle import Move
from partnerships.models import Partnership, Task
from partnerships.services import change_stage, save_partnership


class PartnershipForm(WagtailAdminModelForm):
    """The edit form; it carries the version it was loaded at."""

    expected_version = forms.IntegerField(widget=forms.HiddenInput, required=False)

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["expected_version"].initial = self.instance.version


class PartnershipCreateView(CreateView):
    def get_instance(self):
        instance = super().get_instance()
        if instance.project_manager_id is None:
            instance.project_manager = self.request.user
        return instance


class PartnershipEditView(EditView):
    def form_valid(self, form):
        instance = form.save(commit=False)
        try:
            save_partnership(
                instance,
                expected_version=form.cleaned_data["expected_version"] or 0,
                user=self.request.user,
            )
        except ValidationError as error:
            form.add_error(None, error)
            return self.form_invalid(form)
        form.save_m2m()
        self.instance = instance
        log(instance=instance, action="wagtail.edit", content_changed=True)
        messages.success(self.request, self.get_success_message(instance))
        return redirect(self.get_success_url())


def fingerprint(instance) -> str:
    """A digest of a record's editable values, to notice concurrent edits."""
    values = model_to_dict(instance)
    return hashlib.sha256(
        json.dumps(values, sort_keys=True, default=str).encode()
    ).hexdigest()


class ConflictCheckedEditView(EditView):
    """Refuses to save a form whose record changed after the form was opened."""

    def get_context_data(self, **kwargs):
        context = super().get_context_data(**kwargs)
        # A re-shown form keeps the fingerprint it was opened with.
        context["fingerprint"] = self.request.POST.get("fingerprint") or fingerprint(
            self.instance
        )
        return context

    def form_valid(self, form):
        with transaction.atomic():
            model = type(self.instance)
            current = model.objects.select_for_update().get(pk=self.instance.pk)
            if fingerprint(current) != self.request.POST.get("fingerprint"):
                form.add_error(
                    None,
                    ValidationError(
                        _(
                            "Someone else changed this record while you were "
                            "editing it. Your changes were not saved; reload the "
                            "page to see the newest version."
                        ),
                        code="conflict",
                    ),
                )
                return self.form_invalid(form)
            return super().form_valid(form)


class GuardedHistoryView(HistoryView):
    """modeladmin's history view checks no permission of its own."""

    def check_action_permitted(self, user):
        return self.permission_helper.user_can_inspect_obj(user, self.instance)


def can_see_partnerships(user) -> bool:
    return user.has_perm("partnerships.view_partnership") or user.has_perm(
        "partnerships.change_partnership"
    )


def stage_context(partnership, user):
    """What the inspect page and the stage form show about the stage."""
    from partnerships.tools.common import tool_url

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
        "can_change_stage": partnership.can_change_stage(user),
        "stage_url": reverse("partnerships_stage_change", args=[partnership.pk]),
    }


class PartnershipInspectView(InspectView):
    def get_context_data(self, **kwargs):
        from partnerships.tools.common import tool_summaries

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
            }
        )
        return context


class StageChangeForm(forms.Form):
    move = forms.ChoiceField(
        label=gettext_lazy("What should happen?"), widget=forms.RadioSelect
    )
    reason = forms.CharField(
        label=gettext_lazy("Comment"),
        required=False,
        widget=forms.Textarea(attrs={"rows": 3}),
        help_text=gettext_lazy(
            "Required when going back, ending early or renewing; it goes into the "
            "partnership's history."
        ),
    )
    expected_stage = forms.ChoiceField(choices=Stage.choices, widget=forms.HiddenInput)

    def __init__(self, *args, partnership, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["move"].choices = [
            (
                move.value,
                f"{lifecycle.MOVE_LABELS[move]} → {Stage(target).label}",
            )
            for move, target in lifecycle.moves_from(partnership.stage_enum).items()
        ]
        self.fields["expected_stage"].initial = partnership.stage


def stage_change(request, pk):
    """Move a partnership through the lifecycle (form page, or JSON for the board)."""
    partnership = get_object_or_404(Partnership, pk=pk)
    if not partnership.can_change_stage(request.user):
        raise PermissionDenied
    wants_json = request.headers.get("Accept") == "application/json"
    form = StageChangeForm(request.POST or None, partnership=partnership)
    if request.method == "POST" and form.is_valid():
        try:
            change_stage(
                partnership,
                move=Move(form.cleaned_data["move"]),
                user=request.user,
                expected_stage=form.cleaned_data["expected_stage"],
                reason=form.cleaned_data["reason"],
            )
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
    """Partnerships as columns per stage; cards move through change_stage."""
    if not can_see_partnerships(request.user):
        raise PermissionDenied
    partnerships = (
        Partnership.objects.select_related("project_manager")
        .prefetch_related("team_members")
        .with_task_counts()
        .order_by("title")
    )
    columns = {stage: [] for stage in Stage}
    for partnership in partnerships:
        partnership.user_can_move = partnership.can_change_stage(request.user)
        columns[partnership.stage_enum].append(partnership)
    return TemplateResponse(
        request,
        "partnerships/board.html",
        {
            "columns": [(stage, columns[stage]) for stage in Stage],
            "moves": {
                stage.value: {
                    Stage(target).value: move.value
                    for move, target in lifecycle.moves_from(stage).items()
                }
                for stage in Stage
            },
        },
    )


def dashboard_context(user):
    """My open partnerships, my overdue tasks and counts per stage."""
    counts = dict(
        Partnership.objects.values_list("stage").annotate(n=Count("id")).order_by()
    )
    return {
        "my_partnerships": Partnership.objects.open()
        .for_member(user)
        .with_task_counts()
        .select_related("project_manager")
        .order_by("title")[:10],
        "overdue_tasks": Task.objects.filter(assignee=user, done=False)
        .filter(due_date__lt=timezone.localdate())
        .select_related("partnership")
        .order_by("due_date")[:10],
        "stage_counts": [(stage, counts.get(stage.value, 0)) for stage in Stage],
    }
