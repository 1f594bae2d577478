"""The CRM's modeladmin registers: configuration, permission and button helpers."""

from functools import reduce
from operator import or_

from django.contrib.admin import RelatedFieldListFilter, display
from django.contrib.auth import get_user_model
from django.db.models import Q
from django.urls import reverse
from django.utils.translation import gettext_lazy as _
from wagtail.admin.panels import FieldPanel, InlinePanel, MultiFieldPanel, ObjectList
from wagtail.snippets.views.snippets import SnippetViewSet, SnippetViewSetGroup
from wagtail_modeladmin.helpers import AdminURLHelper, ButtonHelper, PermissionHelper
from wagtail_modeladmin.helpers.search import DjangoORMSearchHandler
from wagtail_modeladmin.options import ModelAdmin, ModelAdminGroup

from partnerships import permissions, views
from partnerships.forms import PartnershipForm, TaskForm, TeamMemberForm
from partnerships.models import (
    Challenge,
    ClauseTemplate,
    Contact,
    Organisation,
    Partnership,
    Questionnaire,
    StrategicGoal,
)
from partnerships.paging import LIST_PAGE_SIZE
from partnerships.tools.common import display_name


class CRMPermissionHelper(PermissionHelper):
    """Listing and inspecting need view or change permission; nothing is copied."""

    def user_can_list(self, user):
        return permissions.can_list(user, self.model)

    def user_can_inspect_obj(self, user, obj):
        return self.user_can_list(user)

    def user_can_copy_obj(self, user, obj):
        return False


class PartnershipPermissionHelper(CRMPermissionHelper):
    """Members edit their open partnerships; only administrators delete."""

    def user_can_edit_obj(self, user, obj):
        return permissions.can_edit(obj, user)

    def user_can_delete_obj(self, user, obj):
        return permissions.can_delete_partnership(user)


class PartnershipButtonHelper(ButtonHelper):
    def stage_button(self, obj):
        return {
            "url": reverse("partnerships_stage_change", args=[obj.pk]),
            "label": _("Change stage"),
            "classname": "button button-small button-secondary",
            "title": _("Move “%(title)s” to another stage") % {"title": obj},
        }

    def get_buttons_for_obj(self, obj, exclude=None, classnames_add=None, **kwargs):
        buttons = super().get_buttons_for_obj(
            obj, exclude=exclude, classnames_add=classnames_add, **kwargs
        )
        if permissions.can_move(obj, self.request.user) and "stage" not in (
            exclude or []
        ):
            buttons.append(self.stage_button(obj))
        return buttons


class PickerInlinePanel(InlinePanel):
    """An inline list of the partnership form whose rows are ``form_class``
    forms, handed the partnership form's pickers."""

    def __init__(self, relation_name, *args, form_class, **kwargs):
        super().__init__(relation_name, *args, **kwargs)
        self.form_class = form_class

    def clone_kwargs(self):
        return {**super().clone_kwargs(), "form_class": self.form_class}

    def get_form_options(self):
        options = super().get_form_options()
        options["formsets"][self.relation_name].update(
            form=self.form_class, inherit_kwargs=["pickers"]
        )
        return options


class ProjectManagerFilter(RelatedFieldListFilter):
    """The list's project manager filter: the people who manage a
    partnership, by name."""

    def field_choices(self, field, request, model_admin):
        people = (
            get_user_model()
            .objects.filter(pk__in=Partnership.objects.values("project_manager"))
            .order_by("first_name", "last_name", "username")
        )
        return [(person.pk, display_name(person)) for person in people]

    def has_output(self):
        # Shown for a single manager too; and a value it was given is always
        # applied, so that one it cannot apply says so.
        return bool(self.lookup_choices) or self.lookup_val is not None


class CRMURLHelper(AdminURLHelper):
    """Record ids are numbers; anything else in their place is not found."""

    def _get_object_specific_action_url_pattern(self, action):
        return rf"^{self.base_url_path}/{action}/(?P<instance_pk>[0-9]+)/$"


class SubquerySearchHandler(DjangoORMSearchHandler):
    """Every word must be in one of the search fields, as in modeladmin's own
    search, but a field across a to-many relation (a partnership's partner
    organisations and their contacts) is searched in a subquery, so the list
    needs no DISTINCT over a join of every partnership with every contact."""

    def search_queryset(self, queryset, search_term, **kwargs):
        if not search_term or not self.search_fields:
            return queryset
        opts = queryset.model._meta
        direct, related = [], {}
        for lookup in self.search_fields:
            first, _, rest = str(lookup).partition("__")
            field = opts.get_field(first)
            if rest and (field.one_to_many or field.many_to_many):
                related.setdefault(field, []).append(rest)
            else:
                direct.append(lookup)
        for word in search_term.split():
            matches = [Q(**{f"{lookup}__icontains": word}) for lookup in direct]
            for field, paths in related.items():
                rows = field.related_model._default_manager.filter(
                    reduce(or_, (Q(**{f"{path}__icontains": word}) for path in paths))
                )
                matches.append(Q(pk__in=rows.values(field.field.attname)))
            queryset = queryset.filter(reduce(or_, matches))
        return queryset


class CRMModelAdmin(ModelAdmin):
    """What the CRM registers share: numeric ids in their URLs, and a list
    that explains a filter it cannot apply and exports text as text."""

    url_helper_class = CRMURLHelper
    index_view_class = views.CRMIndexView
    search_handler_class = SubquerySearchHandler
    list_per_page = LIST_PAGE_SIZE
    inspect_view_extra_css = ["partnerships/crm.css"]


class PartnershipAdmin(CRMModelAdmin):
    model = Partnership
    menu_label = _("Partnerships")
    menu_icon = "group"
    permission_helper_class = PartnershipPermissionHelper
    button_helper_class = PartnershipButtonHelper
    create_view_class = views.PartnershipCreateView
    edit_view_class = views.PartnershipEditView
    edit_template_name = "partnerships/edit_checked.html"
    inspect_view_class = views.PartnershipInspectView
    history_view_class = views.GuardedHistoryView
    inspect_view_enabled = True
    inspect_template_name = "partnerships/inspect.html"
    list_display = ["title", "stage", "manager_name", "start_date", "end_date"]
    list_filter = ["stage", ("project_manager", ProjectManagerFilter)]
    # Each word searched for must be in one of these (ORM search: Partnership
    # is not in the search index).
    search_fields = [
        "title",
        "purpose",
        "partner_roles__organisation__name",
        "partner_roles__organisation__contacts__name",
        "partner_roles__organisation__contacts__email",
        "project_manager__first_name",
        "project_manager__last_name",
        "project_manager__username",
    ]
    list_export = [
        "title",
        "stage_label",
        "manager_name",
        "purpose",
        "start_date",
        "end_date",
        "budget",
        "cycle",
    ]
    export_filename = "partnerskaber"
    edit_handler = ObjectList(
        [
            FieldPanel("title"),
            FieldPanel("project_manager"),
            PickerInlinePanel(
                "team_members", label=_("Team members"), form_class=TeamMemberForm
            ),
            MultiFieldPanel(
                ["purpose", "vision", "library_gives", "library_gets"],
                heading=_("Purpose and win-win"),
            ),
            InlinePanel("goal_links", label=_("Strategic goals")),
            InlinePanel("partner_roles", label=_("Partner organisations")),
            MultiFieldPanel(
                ["start_date", "end_date", "budget", "resources"],
                heading=_("Time and resources"),
            ),
            PickerInlinePanel("tasks", label=_("Tasks"), form_class=TaskForm),
            MultiFieldPanel(["outcome", "closing_reflection"], heading=_("Closing")),
        ],
        base_form_class=PartnershipForm,
    )

    def get_queryset(self, request):
        return (
            super()
            .get_queryset(request)
            .select_related("project_manager")
            .prefetch_related("team_members")
        )

    @display(description=_("stage"), ordering="stage")
    def stage_label(self, obj):
        return obj.get_stage_display()

    @display(description=_("project manager"), ordering="project_manager__first_name")
    def manager_name(self, obj):
        return display_name(obj.project_manager)


class OrganisationAdmin(CRMModelAdmin):
    edit_view_class = views.VersionedEditView
    edit_template_name = "partnerships/edit_checked.html"
    model = Organisation
    menu_label = _("Organisations")
    menu_icon = "site"
    permission_helper_class = CRMPermissionHelper
    history_view_class = views.GuardedHistoryView
    inspect_view_enabled = True
    inspect_view_class = views.OrganisationInspectView
    inspect_template_name = "partnerships/inspect_linked.html"
    list_display = ["name", "sector", "website"]
    list_filter = ["sector"]
    search_fields = ["name", "notes"]
    list_export = ["name", "sector", "website", "address", "notes"]
    export_filename = "organisationer"


class ContactAdmin(CRMModelAdmin):
    edit_view_class = views.VersionedEditView
    edit_template_name = "partnerships/edit_checked.html"
    model = Contact
    menu_label = _("Contacts")
    menu_icon = "user"
    permission_helper_class = CRMPermissionHelper
    history_view_class = views.GuardedHistoryView
    inspect_view_enabled = True
    list_display = ["name", "role", "organisation", "email", "phone"]
    list_filter = ["organisation"]
    search_fields = ["name", "role", "email"]
    list_export = ["name", "role", "organisation", "email", "phone"]
    export_filename = "kontakter"

    def get_queryset(self, request):
        return super().get_queryset(request).select_related("organisation")


class StrategicGoalAdmin(CRMModelAdmin):
    edit_view_class = views.VersionedEditView
    edit_template_name = "partnerships/edit_checked.html"
    model = StrategicGoal
    menu_label = _("Strategic goals")
    menu_icon = "pick"
    permission_helper_class = CRMPermissionHelper
    history_view_class = views.GuardedHistoryView
    inspect_view_enabled = True
    inspect_view_class = views.StrategicGoalInspectView
    inspect_template_name = "partnerships/inspect_linked.html"
    list_display = ["title", "active"]
    list_filter = ["active"]
    search_fields = ["title", "description"]
    list_export = ["title", "description", "active"]


class CRMGroup(ModelAdminGroup):
    menu_label = _("Partnerships")
    menu_icon = "group"
    menu_order = 150
    items = [PartnershipAdmin, OrganisationAdmin, ContactAdmin, StrategicGoalAdmin]


class ClauseTemplateViewSet(SnippetViewSet):
    model = ClauseTemplate
    icon = "doc-full"
    menu_label = _("Agreement clauses")
    list_display = ["heading", "section", "included_by_default"]
    list_filter = ["section", "included_by_default"]
    search_fields = ["heading", "body"]
    copy_view_enabled = False


class QuestionnaireViewSet(SnippetViewSet):
    model = Questionnaire
    icon = "form"
    menu_label = _("Evaluation questionnaires")
    list_display = ["title"]
    copy_view_enabled = False
    panels = [
        FieldPanel("title"),
        FieldPanel("introduction"),
        InlinePanel("questions", label=_("Questions"), min_num=1),
    ]


class ChallengeViewSet(SnippetViewSet):
    model = Challenge
    icon = "warning"
    menu_label = _("Typical challenges")
    list_display = ["title", "sort_order"]
    search_fields = ["title", "description"]
    copy_view_enabled = False


class ToolTemplatesGroup(SnippetViewSetGroup):
    """What editors give the stage tools to start from."""

    menu_label = _("Partnership tool templates")
    menu_icon = "clipboard-list"
    menu_order = 260
    items = [ClauseTemplateViewSet, QuestionnaireViewSet, ChallengeViewSet]
