from django.core.exceptions import ValidationError
from django.db import models
from django.utils.translation import gettext_lazy as _
from wagtail.admin.panels import FieldPanel
from wagtail.api import APIField
from wagtail.fields import RichTextField, StreamField
from wagtail.models import Page
from wagtail.search import index

from cms.api_fields import DocumentField
from cms.blocks import STANDARD_BLOCKS
from cms.models.base import DanishSlugMixin, cached_embed_html, fetch_embed

VIDEO_TYPES = {"mp4": "video/mp4", "webm": "video/webm"}


class FilmPage(DanishSlugMixin, Page):
    """The film page: a video by address or uploaded file, with an introduction."""

    intro = models.TextField(_("introduction"), blank=True)
    video_url = models.URLField(
        _("video address"),
        blank=True,
        help_text=_(
            "A YouTube or Vimeo address. The player is fetched when you save; "
            "without internet access readers get a link instead."
        ),
    )
    video_file = models.ForeignKey(
        "wagtaildocs.Document",
        verbose_name=_("video file"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
        help_text=_("An uploaded MP4 or WebM file, played on the page."),
    )
    captions = models.ForeignKey(
        "wagtaildocs.Document",
        verbose_name=_("captions"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
        help_text=_(
            "Captions for the uploaded video as a WebVTT file (.vtt) in the "
            "page's language. Viewers can switch them on in the player."
        ),
    )
    body = RichTextField(
        _("about the film"),
        blank=True,
        features=["h2", "h3", "bold", "italic", "ol", "ul", "link"],
    )

    content_panels = [
        *Page.content_panels,
        "intro",
        "video_url",
        FieldPanel("video_file"),
        FieldPanel("captions"),
        "body",
    ]
    search_fields = [
        *Page.search_fields,
        index.SearchField("intro"),
        index.SearchField("body"),
    ]
    api_fields = [
        "intro",
        "video_url",
        APIField("video_file", serializer=DocumentField()),
        APIField("captions", serializer=DocumentField()),
        "body",
    ]

    parent_page_types = ["home.HomePage"]
    subpage_types = []

    class Meta:
        verbose_name = _("film page")

    def clean(self):
        super().clean()
        errors = {}
        if self.captions and not self.video_file:
            errors["captions"] = _("Captions need an uploaded video file to go with.")
        if self.captions and self.captions.file_extension.lower() != "vtt":
            errors["captions"] = _("Captions must be a WebVTT file (.vtt).")
        if (
            self.video_file
            and self.video_file.file_extension.lower() not in VIDEO_TYPES
        ):
            errors["video_file"] = _("The video must be an MP4 or WebM file.")
        if errors:
            raise ValidationError(errors)
        if self.video_url:
            fetch_embed(self.video_url)

    @property
    def video_type(self) -> str:
        return VIDEO_TYPES.get(self.video_file.file_extension.lower(), "")

    @property
    def embed_html(self) -> str:
        return cached_embed_html(self.video_url)


class StandardPage(DanishSlugMixin, Page):
    """A plain content page, e.g. "About"."""

    intro = models.TextField(_("introduction"), blank=True)
    body = StreamField(STANDARD_BLOCKS, verbose_name=_("body"), blank=True)

    content_panels = [*Page.content_panels, "intro", "body"]
    search_fields = [
        *Page.search_fields,
        index.SearchField("intro"),
        index.SearchField("body"),
    ]
    api_fields = ["intro", "body"]

    parent_page_types = ["home.HomePage", "cms.StandardPage"]
    subpage_types = ["cms.StandardPage"]

    class Meta:
        verbose_name = _("standard page")
