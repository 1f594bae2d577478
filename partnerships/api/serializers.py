"""How the CRM's records look in the API, and what a write may set."""

import copy

from django.contrib.auth import get_user_model
from django.core.exceptions import ValidationError as DjangoValidationError
from django.db.models import Q
from django.utils.translation import gettext_lazy as _
from drf_spectacular.utils import extend_schema_field
from rest_framework import serializers
from rest_framework.fields import get_error_detail

from partnerships import permissions
from partnerships.concurrency import version_of
from partnerships.forms import CHOOSE_MANAGER, CHOOSE_MEETING, TASK_OUTSIDE_THE_TEAM
from partnerships.models import Contact, Organisation, Partnership, Task

VERSION_HELP = _(
    "The version the record had when it was read. Send it back with a change: "
    "if someone has changed the record since, the change is refused (409)."
)


@extend_schema_field(str)
class VersionField(serializers.Field):
    """The concurrency version (``partnerships.concurrency``) a client read and
    sends back with its change, as the admin's forms do in a hidden field."""

    def __init__(self, **kwargs):
        super().__init__(source="*", required=False, help_text=VERSION_HELP, **kwargs)

    def to_representation(self, instance):
        return version_of(instance)

    def to_internal_value(self, data):
        if not isinstance(data, str | int):
            raise serializers.ValidationError(_("Send the version as text."))
        return {"expected_version": str(data)}


class CRMSerializer(serializers.ModelSerializer):
    """Runs the model's own ``clean()`` on the changed copy, and leaves the
    version out of lists (it costs a query per record)."""

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        view = self.context.get("view")
        if getattr(view, "action", None) == "list":
            self.fields.pop("version", None)

    def validate(self, attrs):
        attrs = super().validate(attrs)
        changed = copy.copy(self.instance) if self.instance else self.Meta.model()
        for name, value in attrs.items():
            if name != "expected_version":
                setattr(changed, name, value)
        try:
            changed.clean()
        except DjangoValidationError as error:
            raise serializers.ValidationError(get_error_detail(error)) from error
        return attrs


class PartnershipSerializer(CRMSerializer):
    version = VersionField()
    stage_label = serializers.CharField(source="get_stage_display", read_only=True)
    team = serializers.SerializerMethodField()

    class Meta:
        model = Partnership
        fields = [
            "id",
            "title",
            "stage",
            "stage_label",
            "cycle",
            "project_manager",
            "team",
            "purpose",
            "vision",
            "library_gives",
            "library_gets",
            "start_date",
            "end_date",
            "budget",
            "resources",
            "outcome",
            "closing_reflection",
            "created_at",
            "updated_at",
            "version",
        ]
        read_only_fields = ["stage", "cycle", "created_at", "updated_at"]
        extra_kwargs = {"project_manager": {"required": False}}

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["project_manager"].error_messages["does_not_exist"] = CHOOSE_MANAGER
        # As the admin's picker: people who may manage partnerships, and the
        # current project manager even if they no longer may.
        managers = Q(pk__in=permissions.partnership_managers().values("pk"))
        if isinstance(self.instance, Partnership):
            managers |= Q(pk=self.instance.project_manager_id)
        self.fields["project_manager"].queryset = get_user_model().objects.filter(
            managers
        )

    def validate(self, attrs):
        if self.instance is None and "project_manager" not in attrs:
            # As the admin's create form: the one creating it manages it.
            user = self.context["request"].user
            if not self.fields["project_manager"].queryset.filter(pk=user.pk).exists():
                raise serializers.ValidationError({"project_manager": [CHOOSE_MANAGER]})
            attrs["project_manager"] = user
        return super().validate(attrs)

    def get_team(self, partnership) -> list[int]:
        return [member.user_id for member in partnership.team_members.all()]


class OrganisationSerializer(CRMSerializer):
    version = VersionField()

    class Meta:
        model = Organisation
        fields = ["id", "name", "sector", "website", "address", "notes", "version"]


class ContactSerializer(CRMSerializer):
    version = VersionField()

    class Meta:
        model = Contact
        fields = ["id", "name", "role", "organisation", "email", "phone", "version"]


class TaskSerializer(CRMSerializer):
    version = VersionField()

    class Meta:
        model = Task
        fields = [
            "id",
            "partnership",
            "title",
            "stage",
            "assignee",
            "due_date",
            "done",
            "meeting",
            "version",
        ]

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        if isinstance(self.instance, Task):
            # A task stays in its partnership.
            self.fields["partnership"].read_only = True

    def validate(self, attrs):
        attrs = super().validate(attrs)
        partnership = attrs.get("partnership") or self.instance.partnership
        errors = {}
        assignee = attrs.get("assignee")
        current = self.instance.assignee_id if self.instance else None
        if (
            assignee is not None
            and assignee.pk != current
            and not partnership.members().filter(pk=assignee.pk).exists()
        ):
            errors["assignee"] = [TASK_OUTSIDE_THE_TEAM]
        meeting = attrs.get("meeting")
        current = self.instance.meeting_id if self.instance else None
        if (
            meeting is not None
            and meeting.pk != current
            and meeting.partnership_id != partnership.pk
        ):
            errors["meeting"] = [CHOOSE_MEETING]
        if errors:
            raise serializers.ValidationError(errors)
        return attrs


class StageChangeSerializer(serializers.Serializer):
    """What a stage change sends; ``partnerships.forms.StageChangeForm``
    checks it, as on the admin's stage page."""

    move = serializers.CharField()
    expected_stage = serializers.CharField()
    reason = serializers.CharField(required=False, allow_blank=True)
    # When concluding: the open items to close (their ids), as on the form.
    close_tasks = serializers.ListField(child=serializers.IntegerField(), default=[])
    close_activities = serializers.ListField(
        child=serializers.IntegerField(), default=[]
    )
    close_risks = serializers.ListField(child=serializers.IntegerField(), default=[])


class HistoryEntrySerializer(serializers.Serializer):
    """One row of the audit trail (``partnerships.audit.describe``)."""

    history_id = serializers.IntegerField()
    history_date = serializers.DateTimeField()
    action = serializers.CharField()
    model_name = serializers.CharField()
    record_id = serializers.IntegerField()
    label = serializers.CharField()
    partnership = serializers.IntegerField(source="partnership_ref", allow_null=True)
    partnership_title = serializers.CharField()
    user = serializers.SerializerMethodField()
    reason = serializers.CharField(source="history_change_reason", allow_null=True)
    move = serializers.CharField(allow_null=True)

    def get_user(self, entry) -> str | None:
        user = entry["user"]
        return user.get_username() if user else None
