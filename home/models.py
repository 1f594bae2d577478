from django.db import models
from django.utils.translation import gettext_lazy as _
from wagtail.models import Page


class HomePage(Page):
    """The front page: what the site offers and where to start."""

    intro = models.TextField(
        _("introduction"),
        blank=True,
        help_text=_(
            "Two or three sentences under the page title telling a visitor what "
            "the site offers and who it is for."
        ),
    )

    content_panels = [*Page.content_panels, "intro"]

    parent_page_types = ["wagtailcore.Page"]
    max_count_per_parent = 1

    class Meta:
        verbose_name = _("home page")
