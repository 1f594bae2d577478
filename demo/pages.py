"""Idempotent page helpers: create demo pages once and leave editors' changes alone."""

import json

from taggit.managers import TaggableManager
from wagtail.fields import StreamField
from wagtail.models import Locale, Page


def _comparable(page, name: str, value):
    """A field's value in one form whether it comes from the page or from the
    demo content: StreamField JSON, tag names or child objects (for example a
    case's partners) as lists of plain values."""
    field = page._meta.get_field(name)
    if isinstance(field, StreamField):
        block = field.stream_block
        if isinstance(value, str):
            value = block.to_python(json.loads(value))
        # Without the block ids, which every save generates anew.
        return [(c["type"], c["value"]) for c in block.get_api_representation(value)]
    if isinstance(field, TaggableManager):
        return sorted(value if isinstance(value, list) else value.names())
    if field.one_to_many:
        objects = value if isinstance(value, list) else value.all()
        return [
            {
                f.attname: getattr(child, f.attname)
                for f in child._meta.concrete_fields
                if not f.primary_key and f.attname not in ("page_id", "sort_order")
            }
            for child in objects
        ]
    return value


def _differs(page, fields: dict) -> bool:
    return any(
        _comparable(page, name, getattr(page, name)) != _comparable(page, name, value)
        for name, value in fields.items()
    )


def _publish(page, fields: dict) -> Page:
    for name, value in fields.items():
        if isinstance(page._meta.get_field(name), TaggableManager):
            getattr(page, name).set(value)
        else:
            setattr(page, name, value)
    page.save_revision(log_action=True).publish()
    return page


def ensure_page(parent: Page, page: Page) -> tuple[Page, bool]:
    """Publish ``page`` under ``parent`` unless a child with its slug exists.

    Returns the page in the tree and whether it was created.
    """
    existing = type(page).objects.child_of(parent).filter(slug=page.slug).first()
    if existing is not None:
        return existing, False
    parent.add_child(instance=page)
    page.save_revision(log_action=True).publish()
    return page, True


def ensure_translation(page: Page, language_code: str, **fields) -> Page:
    """Return ``page`` translated into the locale, creating or updating it."""
    locale = Locale.objects.get(language_code=language_code)
    translation = page.get_translation_or_none(locale)
    if translation is None:
        translation = page.copy_for_translation(locale).specific
        return _publish(translation, fields)
    translation = translation.specific
    if _differs(translation, fields) or not translation.live:
        _publish(translation, fields)
    return translation


def ensure_fields(page: Page, **fields) -> Page:
    """Publish ``fields`` on an existing page if they differ."""
    page = page.specific
    if _differs(page, fields) or not page.live:
        _publish(page, fields)
    return page
