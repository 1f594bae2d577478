"""The public pages, read-only, through Wagtail's API (v2) under /api/v2/.

Wagtail's API lists live, public pages only: drafts, unpublished pages and
pages behind a view restriction stay out. Anyone may read it, so it asks for
no login and takes no session (the CRM API's defaults do not apply here).

Each page type names the content it shows readers in ``api_fields``. Rich text
comes as the site shows it, with links resolved to absolute addresses, and in
the page's language; a listing fetches what its pages refer to (images, tools,
documents, partners, tags) in a few queries for the whole listing.
"""

from django.core.exceptions import FieldDoesNotExist
from django.db.models import Prefetch, prefetch_related_objects
from django.utils import translation
from rest_framework.filters import BaseFilterBackend
from rest_framework.permissions import AllowAny
from rest_framework.renderers import JSONRenderer
from wagtail.api import APIField
from wagtail.api.conf import get_model_field
from wagtail.api.rich_text import APIRichText
from wagtail.api.v2.router import WagtailAPIRouter
from wagtail.api.v2.serializers import PageSerializer, RichTextFieldSerializer
from wagtail.api.v2.utils import BadRequestError
from wagtail.api.v2.views import PagesAPIViewSet
from wagtail.fields import RichTextField, StreamField
from wagtail.images import get_image_model

from cms.blocks import FIGURE_RENDITION, FigureBlock
from cms.fields import ChoiceSetField
from cms.models import StageMixin
from cms.rich_text import SITE_HTML, api_html
from cms.stages import Stage


class SiteRichTextField(RichTextFieldSerializer):
    def to_representation(self, value):
        html = api_html(value, self.context)
        return super().to_representation(value) if html is None else html


class PublicPageSerializer(PageSerializer):
    serializer_field_mapping = {
        **PageSerializer.serializer_field_mapping,
        RichTextField: SiteRichTextField,
    }

    def to_representation(self, instance):
        # Links in rich text lead to pages in the page's language, and labels
        # come in it, as on the page itself.
        with translation.override(instance.locale.language_code):
            return super().to_representation(instance)


class StageFilter(BaseFilterBackend):
    """``?stage=agreement``: the pages that help with one lifecycle stage."""

    def filter_queryset(self, request, queryset, view):
        code = request.GET.get("stage")
        if code is None:
            return queryset
        if not issubclass(queryset.model, StageMixin):
            types = ", ".join(
                model._meta.label for model in StageMixin.__subclasses__()
            )
            raise BadRequestError(f"stage needs type= one of: {types}")
        if code not in Stage.values:
            raise BadRequestError(
                f"no stage called '{code}'; stages: {', '.join(Stage.values)}"
            )
        return queryset.filter(stages__contains=f",{code},")


class PublicPagesAPIViewSet(PagesAPIViewSet):
    authentication_classes = []
    permission_classes = [AllowAny]
    # JSON only, as the CRM API (REST_FRAMEWORK in the settings): Wagtail adds
    # the browsable HTML API, which the page cache would keep under the path.
    renderer_classes = [JSONRenderer]
    # The OpenAPI schema describes the CRM API; Wagtail documents this one.
    schema = None
    base_serializer_class = PublicPageSerializer
    filter_backends = [StageFilter, *PagesAPIViewSet.filter_backends]
    known_query_parameters = PagesAPIViewSet.known_query_parameters | {"stage"}

    @classmethod
    def get_available_fields(cls, model, db_fields_only=False):
        fields = super().get_available_fields(model, db_fields_only)
        if not db_fields_only:
            return fields
        # Wagtail would filter a set of choices by the whole stored set, which
        # finds nothing; ?stage= filters by one stage instead.
        return [
            name
            for name in fields
            if not isinstance(_model_field(model, name), ChoiceSetField)
        ]

    def get_base_queryset(self):
        # Wagtail asks for it three times a request, each time reading the
        # view restrictions and the home page's translations again.
        if not hasattr(self, "_base_queryset"):
            self._base_queryset = super().get_base_queryset()
        return self._base_queryset

    def get_queryset(self):
        return super().get_queryset().select_related("locale")

    def get_serializer_context(self):
        context = super().get_serializer_context()
        requested = self.request.GET.get("rich_text_format")
        context[SITE_HTML] = requested in (None, APIRichText.FORMAT_HTML)
        return context

    def get_serializer(self, instance, many=False):
        serializer_class = self.get_serializer_class()
        pages = list(instance) if many else [instance]
        fetch_content(pages, serializer_class.Meta.fields)
        return serializer_class(
            pages if many else instance,
            many=many,
            context=self.get_serializer_context(),
        )


def fetch_content(pages: list, names: list[str]) -> None:
    """Fetch what the named fields of the pages refer to, for all the pages at
    once: blocks' images (with the size the page shows) and tools, related
    objects and tags.

    Left to themselves, each page's StreamFields and relations would run their
    own queries.
    """
    if not pages:
        return
    model = type(pages[0])
    figures = []
    for name in names:
        field = _model_field(model, name)
        if not isinstance(field, StreamField):
            continue
        streams = field.stream_block.bulk_to_python(
            [list(getattr(page, name).raw_data) for page in pages]
        )
        for page, stream in zip(pages, streams, strict=True):
            setattr(page, name, stream)
            figures += [
                child.value
                for child in stream
                if isinstance(child.block, FigureBlock) and child.value
            ]
    renditions = get_image_model().get_rendition_model().objects
    prefetch_related_objects(
        figures,
        Prefetch(
            "renditions", queryset=renditions.filter(filter_spec=FIGURE_RENDITION)
        ),
    )
    shown = {field.name for field in APIField.get_fields_for_model(model)}
    lookups = _relation_lookups(model, [name for name in names if name in shown])
    prefetch_related_objects(pages, *lookups)


def _relation_lookups(model, names, prefix=""):
    """Lookups for ``prefetch_related`` of the named relations, and of the
    relations their objects show in the API (a tool's downloads' documents)."""
    for name in names:
        field = _model_field(model, name)
        if field is None or not field.is_relation:
            continue
        yield prefix + name
        if field.one_to_many:
            child_names = [
                f.name for f in APIField.get_fields_for_model(field.related_model)
            ]
            yield from _relation_lookups(
                field.related_model, child_names, f"{prefix}{name}__"
            )


def _model_field(model, name):
    try:
        return get_model_field(model, name)
    except FieldDoesNotExist:
        return None


router = WagtailAPIRouter("wagtailapi")
router.register_endpoint("pages", PublicPagesAPIViewSet)
