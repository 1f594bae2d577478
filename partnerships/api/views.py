"""The CRM API's views: the admin's permission rules (partnerships/permissions.py)
and its audited writes (partnerships/services.py, partnerships/concurrency.py)."""

from django.core.exceptions import ValidationError as DjangoValidationError
from django.db import transaction
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy
from django_filters.rest_framework import DjangoFilterBackend
from drf_spectacular.utils import OpenApiParameter, extend_schema, inline_serializer
from rest_framework import mixins, serializers, status, viewsets
from rest_framework.decorators import action
from rest_framework.exceptions import APIException, PermissionDenied
from rest_framework.exceptions import ValidationError as APIValidationError
from rest_framework.permissions import SAFE_METHODS, BasePermission
from rest_framework.response import Response
from wagtail.log_actions import log

from partnerships import audit, concurrency, permissions, services
from partnerships.api.serializers import (
    ContactSerializer,
    HistoryEntrySerializer,
    OrganisationSerializer,
    PartnershipSerializer,
    StageChangeSerializer,
    TaskSerializer,
)
from partnerships.audit_views import ChangeLogFilter
from partnerships.forms import StageChangeForm
from partnerships.history import acting_as
from partnerships.models import Contact, Organisation, Partnership, Task
from partnerships.paging import uncounted_page

CONCLUDED = gettext_lazy(
    "This partnership is concluded; renew it to change its details, team, "
    "partners or tasks."
)
HISTORY_PAGE_SIZE = 25


class Refused(APIException):
    """A write the services refused: 409 when someone else changed or deleted
    the record meanwhile, 400 otherwise; the services' messages as
    ``errors``."""

    status_code = status.HTTP_400_BAD_REQUEST

    def __init__(self, error: DjangoValidationError):
        codes = {getattr(e, "code", None) for e in getattr(error, "error_list", [])}
        if codes & {"conflict", "gone"}:
            self.status_code = status.HTTP_409_CONFLICT
        super().__init__({"errors": error.messages})


class PartnershipAccess(BasePermission):
    """Everyone with CRM access reads partnerships; members change their open
    ones and move theirs; only auditors read the history."""

    def has_permission(self, request, view):
        user = request.user
        if view.action == "history":
            return permissions.can_audit(user)
        if view.action == "create":
            return permissions.can_add(user, Partnership)
        return permissions.can_see_partnerships(user)

    def has_object_permission(self, request, view, obj):
        user = request.user
        if view.action == "stage":
            return permissions.can_move(obj, user)
        if request.method in SAFE_METHODS:
            return True
        if permissions.refused_as_concluded(obj, user):
            self.message = CONCLUDED
        return permissions.can_edit(obj, user)


class RegisterAccess(BasePermission):
    """Organisations and contacts: read with view or change permission,
    created with add and changed with change permission."""

    def has_permission(self, request, view):
        user, model = request.user, view.queryset.model
        if request.method in SAFE_METHODS:
            return permissions.can_list(user, model)
        if view.action == "create":
            return permissions.can_add(user, model)
        return permissions.can_change(user, model)


class TaskAccess(BasePermission):
    """Tasks are read with the partnerships and changed by who may change
    their partnership (checked again with its row locked)."""

    def has_permission(self, request, view):
        return permissions.can_see_partnerships(request.user)

    def has_object_permission(self, request, view, obj):
        if request.method in SAFE_METHODS:
            return True
        user = request.user
        if permissions.refused_as_concluded(obj.partnership, user):
            self.message = CONCLUDED
        return permissions.can_edit(obj.partnership, user)


class CRMViewSet(
    mixins.ListModelMixin,
    mixins.RetrieveModelMixin,
    mixins.CreateModelMixin,
    mixins.UpdateModelMixin,
    viewsets.GenericViewSet,
):
    """List, read, create and change; nothing is deleted through the API.
    Every write is attributed to the API's user in the history, and a change
    carrying a stale ``version`` is refused."""

    filter_backends = [DjangoFilterBackend]

    def perform_create(self, serializer):
        data = dict(serializer.validated_data)
        data.pop("expected_version", None)
        with acting_as(self.request.user), transaction.atomic():
            serializer.instance = self.create_record(data)
            log(serializer.instance, "wagtail.create", user=self.request.user)

    def create_record(self, data):
        return self.queryset.model.objects.create(**data)

    def perform_update(self, serializer):
        data = dict(serializer.validated_data)
        expected = data.pop("expected_version", None)
        instance = serializer.instance
        for name, value in data.items():
            setattr(instance, name, value)
        try:
            with acting_as(self.request.user), transaction.atomic():
                self.save_record(instance, expected=expected)
                log(instance, "wagtail.edit", user=self.request.user)
        except DjangoValidationError as error:
            raise Refused(error) from error

    def save_record(self, instance, *, expected):
        concurrency.lock(type(instance).objects, instance.pk, expected=expected)
        instance.save()


def history_response(request, rows):
    """One page of audit-trail rows, without counting them all."""
    page = uncounted_page(rows, request.query_params.get("page"), HISTORY_PAGE_SIZE)

    def link(number):
        return request.build_absolute_uri(
            "?" + _query(request, page=number) if number else None
        )

    entries = HistoryEntrySerializer(audit.describe(page.object_list), many=True).data
    return Response(
        {
            "next": link(page.next_page_number()) if page.has_next() else None,
            "previous": (
                link(page.previous_page_number()) if page.has_previous() else None
            ),
            "results": entries,
        }
    )


def _query(request, **changes) -> str:
    query = request.query_params.copy()
    for key, value in changes.items():
        query[key] = value
    return query.urlencode()


HISTORY_RESPONSE = inline_serializer(
    "HistoryPage",
    {
        "next": serializers.URLField(allow_null=True),
        "previous": serializers.URLField(allow_null=True),
        "results": HistoryEntrySerializer(many=True),
    },
)
REFUSAL = inline_serializer(
    "Refusal", {"errors": serializers.ListField(child=serializers.CharField())}
)


class PartnershipViewSet(CRMViewSet):
    queryset = (
        Partnership.objects.select_related("project_manager")
        .prefetch_related("team_members")
        .order_by("title", "pk")
    )
    serializer_class = PartnershipSerializer
    permission_classes = [PartnershipAccess]
    filterset_fields = ["stage", "project_manager"]

    def save_record(self, instance, *, expected):
        services.save_partnership(
            instance,
            expected=expected,
            user=self.request.user,
            reason=_("Edited through the API"),
        )

    @extend_schema(
        request=StageChangeSerializer,
        responses={200: PartnershipSerializer, 400: REFUSAL, 409: REFUSAL},
    )
    @action(detail=True, methods=["post"])
    def stage(self, request, pk=None):
        """Move the partnership to another stage, through the same gates as
        the admin's stage page (``services.change_stage``)."""
        partnership = self.get_object()
        form = StageChangeForm(request.data, partnership=partnership)
        if not form.is_valid():
            errors = [message for field in form.errors.values() for message in field]
            raise Refused(DjangoValidationError(errors))
        try:
            form.change_stage(partnership, user=request.user)
        except DjangoValidationError as error:
            raise Refused(error) from error
        return Response(self.get_serializer(partnership).data)

    @extend_schema(
        parameters=[OpenApiParameter("page", int)],
        responses=HISTORY_RESPONSE,
    )
    @action(detail=True, methods=["get"])
    def history(self, request, pk=None):
        """Every change to the partnership and its records, newest first
        (auditors only)."""
        partnership = self.get_object()
        return history_response(
            request, audit.change_log(partnerships=[partnership.pk])
        )


class OrganisationViewSet(CRMViewSet):
    queryset = Organisation.objects.order_by("name", "pk")
    serializer_class = OrganisationSerializer
    permission_classes = [RegisterAccess]
    filterset_fields = ["sector"]


class ContactViewSet(CRMViewSet):
    queryset = Contact.objects.order_by("name", "pk")
    serializer_class = ContactSerializer
    permission_classes = [RegisterAccess]
    filterset_fields = ["organisation"]


class TaskViewSet(CRMViewSet):
    queryset = Task.objects.select_related("partnership").order_by(
        "partnership", "done", "due_date", "pk"
    )
    serializer_class = TaskSerializer
    permission_classes = [TaskAccess]
    filterset_fields = ["partnership", "done", "assignee"]

    def create_record(self, data):
        # The partnership's row locked, and the right to change it checked
        # again under the lock, as the admin's form saves its tasks.
        concurrency.lock_partnership(data["partnership"].pk, self.request.user)
        return super().create_record(data)

    def perform_create(self, serializer):
        try:
            super().perform_create(serializer)
        except permissions.Concluded as refusal:
            raise PermissionDenied(CONCLUDED) from refusal

    def save_record(self, instance, *, expected):
        concurrency.lock_partnership(instance.partnership_id, self.request.user)
        super().save_record(instance, expected=expected)


class ChangeLogViewSet(viewsets.GenericViewSet):
    """Every change to CRM data, newest first (auditors only); filtered as
    the admin's change log: partnership, model, user, action, since, until."""

    serializer_class = HistoryEntrySerializer

    def get_permissions(self):
        return [AuditorsOnly()]

    @extend_schema(
        parameters=[
            OpenApiParameter(name, str)
            for name in ("partnership", "model", "user", "action", "since", "until")
        ]
        + [OpenApiParameter("page", int)],
        responses=HISTORY_RESPONSE,
    )
    def list(self, request):
        form = ChangeLogFilter(request.query_params)
        if not form.is_valid():
            raise APIValidationError(form.errors)
        return history_response(request, form.rows())


class AuditorsOnly(BasePermission):
    def has_permission(self, request, view):
        return permissions.can_audit(request.user)
