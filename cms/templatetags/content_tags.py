from django import template
from django.utils.safestring import mark_safe
from wagtail.rich_text import RichText

from cms.models.base import cached_embed_html
from cms.rich_text import site_html

register = template.Library()


@register.filter
def rich(value):
    """Render rich text with links expanded, stripped of anything executable."""
    if not value:
        return ""
    source = value.source if isinstance(value, RichText) else str(value)
    return mark_safe(site_html(source))  # sanitised by site_html


@register.simple_tag
def cached_embed(url):
    """The stored player HTML for a video address, or "" (never fetches)."""
    return cached_embed_html(url)


@register.filter
def page_kind(page):
    """The page type's name, e.g. "tool", without loading the specific page."""
    return page.specific_class._meta.verbose_name
