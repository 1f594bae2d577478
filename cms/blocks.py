"""StreamField blocks for the knowledge site; named block lists at the bottom."""

from uuid import uuid4

from django.utils.translation import gettext_lazy as _
from wagtail import blocks
from wagtail.api.utils import get_full_url
from wagtail.images.blocks import ImageBlock
from wagtail.images.models import SourceImageIOError

from cms.rich_text import api_html

# The size figures are shown in (cms/blocks/figure_block.html), also in the API.
FIGURE_RENDITION = "width-800"


class ParagraphBlock(blocks.RichTextBlock):
    class Meta:
        icon = "pilcrow"
        label = _("Text")
        template = "cms/blocks/paragraph_block.html"
        features = ["h3", "bold", "italic", "ol", "ul", "link", "document-link"]

    def get_api_representation(self, value, context=None):
        html = api_html(value.source, context)
        return super().get_api_representation(value, context) if html is None else html


class SubQuestionBlock(blocks.CharBlock):
    """A sub-question of a guide chapter; it becomes a heading in the contents."""

    class Meta:
        icon = "help"
        label = _("Sub-question")
        template = "cms/blocks/sub_question_block.html"
        help_text = _("A question the text below answers, e.g. 'Who can we ask?'")


class QuestionsBlock(blocks.StructBlock):
    heading = blocks.CharBlock(
        label=_("Heading"), default=_("Questions to ask yourselves")
    )
    questions = blocks.ListBlock(blocks.CharBlock(label=_("Question")))

    class Meta:
        icon = "help"
        label = _("Questions to ask yourselves")
        template = "cms/blocks/questions_block.html"


class ChecklistBlock(blocks.StructBlock):
    heading = blocks.CharBlock(label=_("Heading"), default=_("Checklist"))
    items = blocks.ListBlock(blocks.CharBlock(label=_("Item")))

    def get_context(self, value, parent_context=None):
        # Tick boxes need ids unique on the page, which may hold several lists.
        context = super().get_context(value, parent_context=parent_context)
        context["prefix"] = f"checklist-{uuid4().hex[:8]}"
        return context

    class Meta:
        icon = "tasks"
        label = _("Checklist")
        template = "cms/blocks/checklist_block.html"


class TipBlock(blocks.StructBlock):
    kind = blocks.ChoiceBlock(
        choices=[("tip", _("Tip")), ("key_point", _("Key point"))],
        default="tip",
        label=_("Kind"),
    )
    text = blocks.TextBlock(label=_("Text"))

    class Meta:
        icon = "pick"
        label = _("Key point or tip")
        template = "cms/blocks/tip_block.html"


class QuoteBlock(blocks.StructBlock):
    text = blocks.TextBlock(label=_("Quote"))
    attribution = blocks.CharBlock(
        label=_("Who said it"),
        required=False,
        help_text=_("A role and organisation, e.g. 'Library director, Aabenraa'."),
    )

    class Meta:
        icon = "openquote"
        label = _("Quote")
        template = "cms/blocks/quote_block.html"


class ToolLinksBlock(blocks.StructBlock):
    heading = blocks.CharBlock(label=_("Heading"), default=_("Tools for this"))
    tools = blocks.ListBlock(
        blocks.PageChooserBlock(page_type="cms.ToolPage", label=_("Tool"))
    )

    class Meta:
        icon = "cogs"
        label = _("Links to tools")
        template = "cms/blocks/tool_links_block.html"

    def get_api_representation(self, value, context=None):
        request = (context or {}).get("request")
        # Like the page, the published tools only.
        return {
            "heading": value["heading"],
            "tools": [
                {
                    "id": tool.pk,
                    "title": tool.title,
                    "html_url": tool.get_full_url(request),
                }
                for tool in value["tools"]
                if tool and tool.live
            ],
        }


class VideoBlock(blocks.StructBlock):
    url = blocks.URLBlock(
        label=_("Video address"),
        help_text=_(
            "A YouTube or Vimeo address. Without internet access the page "
            "shows a link instead of the player."
        ),
    )
    title = blocks.CharBlock(label=_("Title"))

    class Meta:
        icon = "media"
        label = _("Video")
        template = "cms/blocks/video_block.html"


class FigureBlock(ImageBlock):
    class Meta:
        label = _("Image")
        template = "cms/blocks/figure_block.html"

    def get_api_representation(self, value, context=None):
        """The image as the page shows it: its rendition and its alt text."""
        if value is None:
            return None
        try:
            rendition = value.get_rendition(FIGURE_RENDITION)
        except SourceImageIOError:
            return {"error": "SourceImageIOError"}  # as Wagtail's image fields
        return {
            "url": rendition.url,
            "full_url": get_full_url((context or {}).get("request"), rendition.url),
            "width": rendition.width,
            "height": rendition.height,
            "alt": "" if value.decorative else value.contextual_alt_text,
        }


CONTENT_BLOCKS = [
    ("paragraph", ParagraphBlock()),
    ("questions", QuestionsBlock()),
    ("checklist", ChecklistBlock()),
    ("tip", TipBlock()),
    ("quote", QuoteBlock()),
    ("tool_links", ToolLinksBlock()),
    ("video", VideoBlock()),
    ("image", FigureBlock()),
]
GUIDE_BLOCKS = [("sub_question", SubQuestionBlock()), *CONTENT_BLOCKS]
TOOL_BLOCKS = CONTENT_BLOCKS
STANDARD_BLOCKS = CONTENT_BLOCKS
