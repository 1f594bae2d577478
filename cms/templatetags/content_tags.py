import nh3
from django import template
from django.utils.safestring import mark_safe
from wagtail.templatetags.wagtailcore_tags import richtext

from cms.models.base import cached_embed_html

register = template.Library()


@register.filter
def rich(value):
    """Render rich text with links expanded, stripped of anything executable.

    The admin editor already whitelists markup, but rich text can also arrive
    from imports or code; sanitising on output keeps a stray <script> inert.
    """
    if not value:
        return ""
    return mark_safe(nh3.clean(str(richtext(value))))  # sanitised just above


@register.simple_tag
def cached_embed(url):
    """The stored player HTML for a video address, or "" (never fetches)."""
    return cached_embed_html(url)


@register.filter
def page_kind(page):
    """The page type's name, e.g. "tool", without loading the specific page."""
    return page.specific_class._meta.verbose_name
